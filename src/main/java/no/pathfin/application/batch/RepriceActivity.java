package no.pathfin.application.batch;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import no.pathfin.application.port.InvalidRequestException;
import no.pathfin.application.port.RuleSet;
import no.pathfin.application.port.RuleSets;
import no.pathfin.application.pricing.ContactLines;
import no.pathfin.application.pricing.PricePathway;
import no.pathfin.application.ruleset.RuleSetChoice;
import no.pathfin.domain.Money;
import no.pathfin.domain.batch.Repricing;
import no.pathfin.domain.pathway.Contact;
import no.pathfin.domain.pathway.ContactProfile;
import no.pathfin.domain.pricing.FinancingModel;
import no.pathfin.domain.pricing.PricedContact;
import no.pathfin.domain.pricing.RuleOutcome;
import no.pathfin.domain.ruleset.ParameterChanges;
import no.pathfin.domain.ruleset.RuleSetUse;

/**
 * Reprices a national activity file under several scenarios (a rule set under per-contact ISF or with bundles).
 *
 * <p>Reading is one counter increment per row: how many contacts each hospital had of each {@link ContactProfile}.
 * Pricing then runs the rules once per distinct profile and rule set, in batched sessions, and every per-contact
 * amount is the profile's priced line times its count. This is exact, not an approximation: the per-contact rules
 * see nothing of a contact but its profile (see {@code ContactFact}), so contacts with the same profile earn the same
 * to the øre. Pathways that hold a bundle trigger are priced whole through the bundle rules, as episodes.
 */
public final class RepriceActivity {

    /** Profiles priced per Drools session. */
    private static final int SESSION_BATCH = 5_000;

    /** A rule set under a financing model. */
    public record Scenario(String ruleSetId, FinancingModel model) {

        /** {@code isf-2024} is per contact; {@code isf-2024:bundle} with the rule set's bundles. */
        public static Scenario parse(String text, String field) {
            int colon = text.indexOf(':');
            if (colon < 0) {
                return new Scenario(text, FinancingModel.PER_CONTACT);
            }
            try {
                return new Scenario(text.substring(0, colon),
                        no.pathfin.domain.Codes.parse(FinancingModel.class, text.substring(colon + 1)));
            } catch (IllegalArgumentException e) {
                throw new InvalidRequestException(field, "'" + text + "': " + e.getMessage());
            }
        }

        public String label() {
            return ruleSetId + (model == FinancingModel.BUNDLE ? ":bundle" : "");
        }
    }

    /**
     * @param threads      worker threads reading the file
     * @param strict       stop at the first bad row instead of counting and skipping it (reads on one thread)
     * @param badRowsShown how many bad rows to report by line number
     * @param attribute    split the difference between the first two scenarios (both per contact) into the
     *                     contribution of each change, on the aggregates
     */
    public record Options(int threads, boolean strict, int badRowsShown, boolean attribute) {
        public Options(int threads, boolean strict, int badRowsShown) {
            this(threads, strict, badRowsShown, false);
        }
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

    private final RuleSets ruleSets;
    private final PricePathway pricePathway;

    public RepriceActivity(RuleSets ruleSets, PricePathway pricePathway) {
        this.ruleSets = ruleSets;
        this.pricePathway = pricePathway;
    }

    /** Refuses scenarios that name an unknown rule set, before any work is done. */
    public void check(List<Scenario> scenarios) {
        RuleSetChoice choice = new RuleSetChoice(ruleSets.snapshot());
        if (scenarios.isEmpty()) {
            throw new InvalidRequestException("scenarios", "name at least one rule set");
        }
        for (int i = 0; i < scenarios.size(); i++) {
            choice.named(scenarios.get(i).ruleSetId(), "scenarios[" + i + "]");
        }
    }

    public Repricing reprice(ActivitySource source, List<Scenario> scenarios, Options options, Progress progress) {
        RuleSetChoice choice = new RuleSetChoice(ruleSets.snapshot());
        long started = System.nanoTime();
        if (scenarios.isEmpty()) {
            throw new InvalidRequestException("scenarios", "name at least one rule set");
        }
        List<RuleSet> ruleSets = new ArrayList<>();
        List<RuleSet> bundleRuleSets = new ArrayList<>();
        for (int i = 0; i < scenarios.size(); i++) {
            RuleSet ruleSet = choice.named(scenarios.get(i).ruleSetId(), "scenarios[" + i + "]");
            ruleSets.add(ruleSet);
            if (scenarios.get(i).model() == FinancingModel.BUNDLE) {
                bundleRuleSets.add(ruleSet);
            }
        }
        ActivityVocabulary vocabulary = new ActivityVocabulary(ruleSets, bundleRuleSets);
        List<ActivitySource.Chunk> chunks = source.chunks(options.strict() ? 1 : Math.max(1, options.threads()));
        List<ActivityWorker> workers = read(chunks, vocabulary, options, scenarios, source.size(), progress);

        Counts counts = new Counts();
        Counts episodeCounts = new Counts();
        Map<Long, Money[]> episodeSums = new HashMap<>();
        long rows = 0;
        long bad = 0;
        long linesBefore = 0;
        List<Repricing.BadRow> badRows = new ArrayList<>();
        for (ActivityWorker worker : workers) {
            counts.addAll(worker.counts);
            episodeCounts.addAll(worker.episodeCounts);
            worker.episodeSums.forEach((key, sums) -> episodeSums.merge(key, sums, RepriceActivity::plus));
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
        List<List<Money>> unit = new ArrayList<>();
        for (RuleSet ruleSet : ruleSets) {
            unit.add(price(ruleSet, profiles));
        }
        List<Repricing.Cell> cells = new ArrayList<>();
        for (int h = 0; h < hospitals.size(); h++) {
            for (int p = 0; p < profiles.size(); p++) {
                long n = counts.get(h, p);
                if (n == 0) {
                    continue;
                }
                long inEpisodes = episodeCounts.get(h, p);
                Money[] episodes = episodeSums.get(((long) h << 32) | p);
                List<Money> revenue = new ArrayList<>(scenarios.size());
                for (int s = 0; s < scenarios.size(); s++) {
                    boolean bundle = scenarios.get(s).model() == FinancingModel.BUNDLE;
                    revenue.add(bundle ? unit.get(s).get(p).times(n - inEpisodes)
                            .plus(episodes == null ? Money.ZERO : episodes[s]) : unit.get(s).get(p).times(n));
                }
                cells.add(new Repricing.Cell(hospitals.get(h), profiles.get(p), n, revenue));
            }
        }
        List<Repricing.Scenario> used = new ArrayList<>();
        for (int s = 0; s < scenarios.size(); s++) {
            RuleSet r = ruleSets.get(s);
            used.add(new Repricing.Scenario(new RuleSetUse(r.info().id(), r.info().contentHash(),
                    ParameterChanges.NONE.hashWith(r.info().contentHash())), scenarios.get(s).model()));
        }
        Map<String, no.pathfin.domain.workbench.Attribution.Result> attribution = options.attribute()
                ? AggregateAttribution.of(scenarios, ruleSets, profiles, cells) : Map.of();
        return new Repricing(used, rows, bad, badRows, cells, (System.nanoTime() - started) / 1_000_000, attribution);
    }

    private List<ActivityWorker> read(List<ActivitySource.Chunk> chunks, ActivityVocabulary vocabulary, Options options,
                                      List<Scenario> scenarios, long size, Progress progress) {
        List<ActivityWorker> workers = new ArrayList<>();
        chunks.forEach(c -> workers.add(new ActivityWorker(options, pricePathway, scenarios)));
        ExecutorService pool = Executors.newFixedThreadPool(chunks.size());
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        ticker.scheduleAtFixedRate(() -> progress.update(workers.stream().mapToLong(w -> w.bytes.get()).sum(), size,
                workers.stream().mapToLong(w -> w.rowsSoFar.get()).sum()), 200, 200, TimeUnit.MILLISECONDS);
        try {
            List<Future<Long>> done = new ArrayList<>();
            for (int i = 0; i < chunks.size(); i++) {
                ActivitySource.Chunk chunk = chunks.get(i);
                ActivityWorker worker = workers.get(i);
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
        return price(ruleSet, ruleSet.parameters(), profiles);
    }

    static List<Money> price(RuleSet ruleSet, no.pathfin.domain.ruleset.Parameters parameters,
                                     List<ContactProfile> profiles) {
        List<Money> amounts = new ArrayList<>(Collections.nCopies(profiles.size(), Money.ZERO));
        for (int from = 0; from < profiles.size(); from += SESSION_BATCH) {
            List<Contact> batch = new ArrayList<>();
            for (int p = from; p < Math.min(profiles.size(), from + SESSION_BATCH); p++) {
                batch.add(representative(p, profiles.get(p), ruleSet));
            }
            Map<String, List<RuleOutcome>> outcomes = PricePathway.byContact(ruleSet.assessContacts(batch, parameters));
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

    private static Money[] plus(Money[] a, Money[] b) {
        Money[] sum = new Money[a.length];
        for (int i = 0; i < a.length; i++) {
            sum[i] = a[i].plus(b[i]);
        }
        return sum;
    }
}
