package no.pathfin.application.batch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import no.pathfin.application.pricing.PricePathway;
import no.pathfin.domain.Money;
import no.pathfin.domain.batch.Repricing;
import no.pathfin.domain.pathway.Contact;
import no.pathfin.domain.pathway.Pathway;
import no.pathfin.domain.pricing.FinancingModel;
import no.pathfin.domain.pricing.PathwayPricing;

/**
 * Reads one chunk on one thread: counts every contact by hospital and profile, and prices each bundle episode
 * (a pathway with a trigger) through the bundle rules of every bundle scenario, keeping its line amounts.
 */
final class ActivityWorker implements ActivitySource.RowHandler {

    final Counts counts = new Counts();
    final Counts episodeCounts = new Counts();
    /** Per bundle scenario: line amounts of episode contacts, by hospital and profile. */
    final Map<Long, Money[]> episodeSums = new HashMap<>();
    /** Line amounts per bundle scenario, by episode shape: see {@link #shape}. */
    private final Map<String, Money[][]> episodeLines = new HashMap<>();
    final List<Repricing.BadRow> badRows = new ArrayList<>();
    final AtomicLong bytes = new AtomicLong();
    final AtomicLong rowsSoFar = new AtomicLong();
    long rows;
    long bad;
    long lines;
    long episodes;

    private final RepriceActivity.Options options;
    private final PricePathway pricePathway;
    private final List<RepriceActivity.Scenario> scenarios;

    ActivityWorker(RepriceActivity.Options options, PricePathway pricePathway, List<RepriceActivity.Scenario> scenarios) {
        this.options = options;
        this.pricePathway = pricePathway;
        this.scenarios = scenarios;
    }

    long read(ActivitySource.Chunk chunk, ActivityVocabulary vocabulary) {
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
    public void episode(List<Contact> contacts, int[] hospitals, int[] profiles) {
        episodes++;
        for (int i = 0; i < contacts.size(); i++) {
            contact(hospitals[i], profiles[i]);
            episodeCounts.add(hospitals[i], profiles[i]);
        }
        Money[][] lines = episodeLines.computeIfAbsent(shape(contacts, profiles), k -> priceEpisode(contacts));
        for (int s = 0; s < scenarios.size(); s++) {
            if (lines[s] == null) {
                continue;
            }
            for (int i = 0; i < contacts.size(); i++) {
                long key = ((long) hospitals[i] << 32) | profiles[i];
                Money[] sums = episodeSums.computeIfAbsent(key, k -> zeros(scenarios.size()));
                sums[s] = sums[s].plus(lines[s][i]);
            }
        }
    }

    /**
     * What the bundle rules can tell apart in an episode priced under a named rule set: each contact's profile, its
     * day counted from the first contact, and its procedure code, in order. Episodes of the same shape earn the same
     * line by line, so each shape goes through the rules once per worker.
     */
    private static String shape(List<Contact> contacts, int[] profiles) {
        StringBuilder shape = new StringBuilder();
        long first = contacts.get(0).date().toEpochDay();
        for (int i = 0; i < contacts.size(); i++) {
            Contact c = contacts.get(i);
            shape.append(profiles[i]).append(':').append(c.date().toEpochDay() - first).append(':')
                    .append(c.procedureCode()).append(';');
        }
        return shape.toString();
    }

    /** The episode's line amounts under each bundle scenario (null for per-contact scenarios). */
    private Money[][] priceEpisode(List<Contact> contacts) {
        Pathway pathway = new Pathway("episode", "activity", "episode", "", contacts);
        Money[][] lines = new Money[scenarios.size()][];
        for (int s = 0; s < scenarios.size(); s++) {
            RepriceActivity.Scenario scenario = scenarios.get(s);
            if (scenario.model() == FinancingModel.BUNDLE) {
                PathwayPricing pricing = pricePathway.price(pathway, FinancingModel.BUNDLE, scenario.ruleSetId());
                lines[s] = pricing.lines().stream().map(l -> l.amount()).toArray(Money[]::new);
            }
        }
        return lines;
    }

    @Override
    public void bad(long line, String reason) {
        if (options.strict()) {
            throw new RepriceActivity.BadRowException(line, reason);
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

    static Money[] zeros(int n) {
        Money[] zeros = new Money[n];
        java.util.Arrays.fill(zeros, Money.ZERO);
        return zeros;
    }
}
