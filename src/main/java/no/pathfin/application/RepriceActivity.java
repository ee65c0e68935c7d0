package no.pathfin.application;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import no.pathfin.application.port.ActivitySource;
import no.pathfin.application.port.RuleSet;
import no.pathfin.application.port.RuleSets;
import no.pathfin.domain.Contact;
import no.pathfin.domain.ContactProfile;
import no.pathfin.domain.Money;
import no.pathfin.domain.PricedContact;
import no.pathfin.domain.Repricing;
import no.pathfin.domain.RuleOutcome;
import no.pathfin.domain.RuleSetUse;

/**
 * Reprices a national activity file under several rule sets (baseline, candidate, …), per contact.
 *
 * <p>Reading is one counter increment per row: how many contacts each hospital had of each {@link ContactProfile}.
 * Pricing then runs the rules once per distinct profile and rule set, in batched sessions, and every amount is the
 * profile's priced line times its count. This is exact, not an approximation: the per-contact rules see nothing of
 * a contact but its profile (see {@code ContactFact}), so contacts with the same profile earn the same to the øre.
 */
public final class RepriceActivity {

    /** Profiles priced per Drools session. */
    private static final int SESSION_BATCH = 5_000;

    /**
     * @param threads      worker threads reading the file
     * @param strict       stop at the first bad row instead of counting and skipping it (reads on one thread)
     * @param badRowsShown how many bad rows to report by line number
     */
    public record Options(int threads, boolean strict, int badRowsShown) {
    }

    /** Told now and then how far reading has come. */
    public interface Progress {
        void update(long bytesRead, long bytesTotal, long rows);
    }

    /** Thrown in strict mode at the first bad row. */
    public static final class BadRowException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadRowException(long line, String reason) {
            super("line " + line + ": " + reason);
        }
    }

    private final RuleSetChoice choice;

    public RepriceActivity(RuleSets ruleSets) {
        this.choice = new RuleSetChoice(ruleSets);
    }

    public Repricing reprice(ActivitySource source, List<String> ruleSetIds, Options options, Progress progress) {
        long started = System.nanoTime();
        if (ruleSetIds.isEmpty()) {
            throw new InvalidRequestException("ruleSets", "name at least one rule set");
        }
        List<RuleSet> ruleSets = new ArrayList<>();
        for (int i = 0; i < ruleSetIds.size(); i++) {
            ruleSets.add(choice.named(ruleSetIds.get(i), "ruleSets[" + i + "]"));
        }
        Vocabulary vocabulary = new Vocabulary(ruleSets);
        List<ActivitySource.Chunk> chunks = source.chunks(options.strict() ? 1 : Math.max(1, options.threads()));
        List<Worker> workers = read(chunks, vocabulary, options, source.size(), progress);

        Counts counts = new Counts();
        long rows = 0;
        long bad = 0;
        long linesBefore = 0;
        List<Repricing.BadRow> badRows = new ArrayList<>();
        for (Worker worker : workers) {
            counts.addAll(worker.counts);
            rows += worker.rows;
            bad += worker.bad;
            for (Repricing.BadRow row : worker.badRows) {
                badRows.add(new Repricing.BadRow(linesBefore + row.line(), row.reason()));
            }
            linesBefore += worker.lines;
        }
        badRows = badRows.subList(0, Math.min(options.badRowsShown(), badRows.size()));

        List<ContactProfile> profiles = vocabulary.profiles.values();
        List<String> hospitals = vocabulary.hospitals.values();
        List<List<Money>> amounts = new ArrayList<>();
        for (RuleSet ruleSet : ruleSets) {
            amounts.add(price(ruleSet, profiles));
        }
        List<Repricing.Cell> cells = new ArrayList<>();
        for (int h = 0; h < hospitals.size(); h++) {
            for (int p = 0; p < profiles.size(); p++) {
                long n = counts.get(h, p);
                if (n > 0) {
                    List<Money> revenue = new ArrayList<>(ruleSets.size());
                    for (List<Money> perProfile : amounts) {
                        revenue.add(perProfile.get(p).times(n));
                    }
                    cells.add(new Repricing.Cell(hospitals.get(h), profiles.get(p), n, revenue));
                }
            }
        }
        List<RuleSetUse> uses = ruleSets.stream().map(r -> new RuleSetUse(r.info().id(), r.info().contentHash(),
                no.pathfin.domain.Overrides.NONE.hashWith(r.info().contentHash()))).toList();
        return new Repricing(uses, rows, bad, badRows, cells, (System.nanoTime() - started) / 1_000_000);
    }

    private static List<Worker> read(List<ActivitySource.Chunk> chunks, Vocabulary vocabulary, Options options,
                                     long size, Progress progress) {
        List<Worker> workers = new ArrayList<>();
        chunks.forEach(c -> workers.add(new Worker(options)));
        ExecutorService pool = Executors.newFixedThreadPool(chunks.size());
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        ticker.scheduleAtFixedRate(() -> progress.update(workers.stream().mapToLong(w -> w.bytes.get()).sum(), size,
                workers.stream().mapToLong(w -> w.rowsSoFar.get()).sum()), 200, 200, TimeUnit.MILLISECONDS);
        try {
            List<Future<Long>> done = new ArrayList<>();
            for (int i = 0; i < chunks.size(); i++) {
                ActivitySource.Chunk chunk = chunks.get(i);
                Worker worker = workers.get(i);
                done.add(pool.submit(() -> worker.read(chunk, vocabulary)));
            }
            for (Future<Long> future : done) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
            ticker.shutdownNow();
        }
        progress.update(size, size, workers.stream().mapToLong(w -> w.rows).sum());
        return workers;
    }

    /** The line amount of every profile under one rule set, through the rules, a batch of profiles per session. */
    private static List<Money> price(RuleSet ruleSet, List<ContactProfile> profiles) {
        List<Money> amounts = new ArrayList<>(Collections.nCopies(profiles.size(), Money.ZERO));
        for (int from = 0; from < profiles.size(); from += SESSION_BATCH) {
            List<Contact> batch = new ArrayList<>();
            for (int p = from; p < Math.min(profiles.size(), from + SESSION_BATCH); p++) {
                batch.add(representative(p, profiles.get(p), ruleSet));
            }
            Map<String, List<RuleOutcome>> outcomes = PricePathway.byContact(
                    ruleSet.assessContacts(batch, ruleSet.parameters()));
            for (int i = 0; i < batch.size(); i++) {
                Contact contact = batch.get(i);
                PricedContact line = ContactLines.perContact(contact, ruleSet.info(),
                        outcomes.getOrDefault(contact.id(), List.of()));
                amounts.set(from + i, line.amount());
            }
        }
        return amounts;
    }

    /** A contact with exactly this profile; its id and date are placeholders the per-contact rules cannot see. */
    static Contact representative(int index, ContactProfile p, RuleSet ruleSet) {
        return new Contact("profile-" + index, ruleSet.info().validity().from(), p.kind(), p.mode(), p.setting(),
                p.ambulant(), p.personnel(), p.performer(), p.groupCode(), null, p.replacesPlannedVisit(), p.documented());
    }

    /** The shared dictionaries; a profile whose group code a rule set does not know is refused. */
    private static final class Vocabulary implements ActivitySource.Dictionaries {
        private final Dictionary<String> hospitals = new Dictionary<>();
        private final Dictionary<ContactProfile> profiles = new Dictionary<>();
        private final List<RuleSet> ruleSets;
        private final Map<String, String> refusedGroups = new java.util.concurrent.ConcurrentHashMap<>();

        Vocabulary(List<RuleSet> ruleSets) {
            this.ruleSets = ruleSets;
        }

        @Override
        public int hospital(String name) {
            return hospitals.id(name);
        }

        @Override
        public int profile(ContactProfile profile) {
            String refusal = refusedGroups.computeIfAbsent(profile.groupCode(), this::refusal);
            if (!refusal.isEmpty()) {
                throw new IllegalArgumentException(refusal);
            }
            return profiles.id(profile);
        }

        private String refusal(String groupCode) {
            for (RuleSet ruleSet : ruleSets) {
                if (ruleSet.parameters().weights().find(groupCode).isEmpty()) {
                    return "group code '" + groupCode + "' is not in the weight table of " + ruleSet.info().id();
                }
            }
            return "";
        }
    }

    /** Reads one chunk on one thread into its own counts. */
    private static final class Worker implements ActivitySource.RowHandler {
        private final Options options;
        private final Counts counts = new Counts();
        private final List<Repricing.BadRow> badRows = new ArrayList<>();
        private final AtomicLong bytes = new AtomicLong();
        private final AtomicLong rowsSoFar = new AtomicLong();
        private long rows;
        private long bad;
        private long lines;

        Worker(Options options) {
            this.options = options;
        }

        long read(ActivitySource.Chunk chunk, Vocabulary vocabulary) {
            lines = chunk.read(vocabulary, this);
            return lines;
        }

        @Override
        public void contact(int hospital, int profile) {
            counts.add(hospital, profile);
            if ((++rows & 0xFFFF) == 0) {
                rowsSoFar.set(rows);
            }
        }

        @Override
        public void bad(long line, String reason) {
            if (options.strict()) {
                throw new BadRowException(line, reason);
            }
            bad++;
            if (badRows.size() < options.badRowsShown()) {
                badRows.add(new Repricing.BadRow(line, reason));
            }
        }

        @Override
        public void progress(long bytesRead) {
            bytes.set(bytesRead);
        }
    }
}
