package no.pathfin.adapter.activity;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Writes a synthetic national year of outpatient and surgical activity, deterministic for a seed. No real patient
 * data exists here; the mix (see {@link ActivityMix}) is an ILLUSTRATIVE assumption, stated in docs/national-batch.md.
 * Each pathway's patient gets an age group (0-66, 67+) and a sex by an ILLUSTRATIVE profile per kind of episode
 * (hip replacements 75 % 67+, other somatic 35 %, mental health 8 %, substance abuse 5 %).
 */
public final class ActivityGenerator {

    private final SplittableRandom random;
    private final int year;
    private final byte[] line = new byte[512];
    private int length;

    private ActivityGenerator(long seed, int year) {
        this.random = new SplittableRandom(seed);
        this.year = year;
    }

    /** Writes exactly {@code contacts} rows (plus the header) to {@code out}. */
    public static void generate(Path out, long contacts, long seed, int year) {
        if (contacts < 0) {
            throw new IllegalArgumentException("contacts must not be negative");
        }
        try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(out), 1 << 20)) {
            stream.write((ActivityFormat.HEADER_WITH_AGE + "\n").getBytes(StandardCharsets.US_ASCII));
            new ActivityGenerator(seed, year).write(stream, contacts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(OutputStream out, long contacts) throws IOException {
        long written = 0;
        long pathway = 0;
        int days = LocalDate.of(year, 12, 31).getDayOfYear();
        while (written < contacts) {
            pathway++;
            ActivityMix.Episode episode = ActivityMix.episode(random);
            String hospital = ActivityMix.hospital(random);
            int day = random.nextInt(days);
            // age and sex from the pathway's number, not from the random stream: the contacts stay those of the seed
            long h = mix(pathway);
            String age = (h >>> 11) * 0x1.0p-53 < episode.olderShare() ? "67+" : "0-66";
            String sex = (mix(h) >>> 11) * 0x1.0p-53 < episode.womenShare() ? "F" : "M";
            for (int i = 0; i < episode.length() && written < contacts && day < days; i++) {
                ActivityMix.Step step = episode.step(i, random);
                row(pathway, hospital, i, LocalDate.ofYearDay(year, day + 1), step);
                comma().text(age).comma().text(sex);
                line[length++] = '\n';
                out.write(line, 0, length);
                written++;
                day += step.daysToNext();
            }
        }
    }

    private void row(long pathway, String hospital, int index, LocalDate date, ActivityMix.Step s) {
        length = 0;
        text("P").number(pathway).comma().text(hospital).comma().text("P").number(pathway).text("-").number(index + 1L)
                .comma().text(date.toString()).comma().text(s.kind()).comma().text(s.mode()).comma().text(s.setting())
                .comma().text(s.ambulant() ? "true" : "false").comma().text(s.personnel()).comma().text(s.performer())
                .comma().text(s.groupCode()).comma().text(s.procedureCode()).comma()
                .text(s.replacesPlannedVisit() ? "true" : "false").comma().text(s.documented() ? "true" : "false");
    }

    /** SplitMix64's finaliser: a well-spread hash of a number. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private ActivityGenerator text(String s) {
        for (int i = 0; i < s.length(); i++) {
            line[length++] = (byte) s.charAt(i);
        }
        return this;
    }

    private ActivityGenerator number(long n) {
        return text(Long.toString(n));
    }

    private ActivityGenerator comma() {
        line[length++] = ',';
        return this;
    }
}
