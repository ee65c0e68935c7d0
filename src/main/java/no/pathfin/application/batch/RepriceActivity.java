package no.pathfin.application.batch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.pathfin.application.port.InvalidRequestException;
import no.pathfin.application.port.RuleSet;
import no.pathfin.application.port.RuleSets;
import no.pathfin.application.pricing.ContactLines;
import no.pathfin.application.pricing.DecisionCache;
import no.pathfin.application.pricing.PricePathway;
import no.pathfin.application.pricing.WhatIf;
import no.pathfin.application.ruleset.RuleSetChoice;
import no.pathfin.domain.Codes;
import no.pathfin.domain.Money;
import no.pathfin.domain.batch.ActivityCounts;
import no.pathfin.domain.batch.ActivityMoney;
import no.pathfin.domain.batch.Repricing;
import no.pathfin.domain.financing.Compensation;
import no.pathfin.domain.pathway.ContactProfile;
import no.pathfin.domain.pathway.Pathway;
import no.pathfin.domain.pricing.FinancingModel;
import no.pathfin.domain.pricing.RuleOutcome;
import no.pathfin.domain.ruleset.ParameterChanges;
import no.pathfin.domain.ruleset.Parameters;
import no.pathfin.domain.ruleset.RuleSetUse;
import no.pathfin.domain.workbench.Attribution;

/**
 * Reprices a national activity file under several scenarios (a rule set per contact, or with its bundles), in five
 * stages: <b>read and count</b> (one counter increment per row: contacts by hospital and {@link ContactProfile};
 * pathways with a bundle trigger by their rows), <b>price profiles</b> (each distinct profile once per scenario,
 * through the rules), <b>price episodes</b> (each distinct such pathway once per bundle scenario, through the bundle
 * rules), <b>assemble</b> (count × line amount, per hospital and profile, exactly) and <b>write</b> the results.
 *
 * <p>Exact, not an approximation: the per-contact rules see nothing of a contact but its profile, and the bundle
 * rules nothing of an episode but its shape, so contacts (episodes) that look alike to them earn the same to the øre.
 */
public final class RepriceActivity {

    /** A rule set under a financing model, with what-if overrides of its parameters (none unless given). */
    public record Scenario(String ruleSetId, FinancingModel model, ParameterChanges overrides) {

        public Scenario {
            overrides = overrides == null ? ParameterChanges.NONE : overrides;
        }

        public Scenario(String ruleSetId, FinancingModel model) {
            this(ruleSetId, model, ParameterChanges.NONE);
        }

        /**
         * {@code isf-2024} is per contact; {@code isf-2024:bundle} with the rule set's bundles. Period payments are
         * not repriced over a year of activity: {@code isf-2024:period} is refused.
         */
        public static Scenario parse(String text, String field) {
            int colon = text.indexOf(':');
            if (colon < 0) {
                return new Scenario(text, FinancingModel.PER_CONTACT);
            }
            FinancingModel model;
            try {
                model = Codes.parse(FinancingModel.class, text.substring(colon + 1));
            } catch (IllegalArgumentException e) {
                throw new InvalidRequestException(field, "'" + text + "': " + e.getMessage());
            }
            if (model == FinancingModel.PERIOD) {
                throw new InvalidRequestException(field, "'" + text + "': period payments are not repriced over a"
                        + " year of activity; price a pathway under the period model (comparisons, pricings) or"
                        + " reprice per contact or with :bundle");
            }
            return new Scenario(text.substring(0, colon), model);
        }

        public String label() {
            return ruleSetId + (model == FinancingModel.BUNDLE ? ":bundle" : "")
                    + (overrides.isEmpty() ? "" : " with overrides");
        }
    }

    /**
     * @param threads      worker threads reading the file
     * @param strict       stop at the first bad row instead of counting and skipping it (reads on one thread)
     * @param badRowsShown how many bad rows to report by line number
     * @param attribute    split the difference between the first two scenarios (both per contact) into the
     *                     contribution of each change, on the aggregates
     * @param compensation how the block grant meets the change against the first scenario
     */
    public record Options(int threads, boolean strict, int badRowsShown, boolean attribute,
                          Compensation compensation) {
        public Options(int threads, boolean strict, int badRowsShown, boolean attribute) {
            this(threads, strict, badRowsShown, attribute, Compensation.SHARE);
        }

        public Options(int threads, boolean strict, int badRowsShown) {
            this(threads, strict, badRowsShown, false);
        }
    }

    /** Told now and then how far reading has come. */
    public interface Progress {
        void update(long bytesRead, long bytesTotal, long rows);
    }

    /** The repricing, and the names of the result files written. */
    public record Result(Repricing repricing, List<String> files) {
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
    private final DecisionCache decisions;

    public RepriceActivity(RuleSets ruleSets, PricePathway pricePathway, DecisionCache decisions) {
        this.ruleSets = ruleSets;
        this.pricePathway = pricePathway;
        this.decisions = decisions;
    }

    /** Refuses scenarios that name an unknown rule set, before any work is done. */
    public void check(List<Scenario> scenarios) {
        ruleSetsOf(scenarios, new RuleSetChoice(ruleSets.snapshot()));
    }

    public Result reprice(ActivitySource source, List<Scenario> scenarios, Options options, Progress progress,
                          RepricingResults results) {
        return reprice(source, null, scenarios, options, progress, results);
    }

    /**
     * @param plan the planned activity the block grant is set from (same format), or null: the activity itself
     */
    public Result reprice(ActivitySource source, ActivitySource plan, List<Scenario> scenarios, Options options,
                          Progress progress, RepricingResults results) {
        if (plan != null && options.compensation() == Compensation.NEUTRAL) {
            throw new InvalidRequestException("compensation", "neutral compensation keeps income at plan by making up"
                    + " the ISF the plan loses; it needs the activity as the plan (give no plan file), or use share");
        }
        long started = System.nanoTime();
        RuleSets snapshot = ruleSets.snapshot();
        List<RuleSet> used = ruleSetsOf(scenarios, new RuleSetChoice(snapshot));
        List<RuleSet> bundled = new ArrayList<>();
        for (int s = 0; s < scenarios.size(); s++) {
            if (scenarios.get(s).model() == FinancingModel.BUNDLE) {
                bundled.add(used.get(s));
            }
        }
        ReadAndCount.Counted read = ReadAndCount.read(source, new ActivityVocabulary(used, bundled), options, progress);
        ReadAndCount.Counted planned = plan == null ? read
                : ReadAndCount.read(plan, new ActivityVocabulary(used, List.of()), options, (bytes, total, rows) -> { });
        List<List<Money>> unit = new ArrayList<>();
        for (RuleSet ruleSet : used) {
            unit.add(priceProfiles(ruleSet, ruleSet.parameters(), read.profiles()));
        }
        Map<EpisodeRows, Money[][]> episodes = priceEpisodes(pricePathway.on(snapshot), scenarios, used, read);
        List<Repricing.Cell> cells = Assemble.cells(scenarios, read, unit, episodes);
        ActivityMoney money = FinanceActivity.of(used, planned, plan == null ? "the activity file"
                : "the plan file (" + planned.rows() + " contacts)", options.compensation(), cells, decisions);
        Map<String, Attribution.Result> attribution = options.attribute()
                ? AggregateAttribution.of(scenarios, used, read.profiles(), cells, this::priceProfiles, money,
                options.compensation())
                : Map.of();
        List<Repricing.Scenario> labels = new ArrayList<>();
        for (int s = 0; s < scenarios.size(); s++) {
            RuleSet r = used.get(s);
            labels.add(new Repricing.Scenario(new RuleSetUse(r.info().id(), r.info().contentHash(),
                    r.parameters().hash()), scenarios.get(s).model()));
        }
        Repricing repricing = new Repricing(labels, read.rows(), read.badRows(), read.firstBadRows(), cells,
                (System.nanoTime() - started) / 1_000_000, attribution, money);
        return new Result(repricing, results.write(repricing));
    }

    /**
     * Reads an activity file into counts per hospital (and its patients' age group and sex, where the file says
     * them) and profile, every group code checked against the named rule
     * sets' weight tables (a row with one they do not know is a bad row).
     */
    public ActivityCounts count(ActivitySource source, List<String> ruleSetIds, Options options, Progress progress) {
        RuleSetChoice choice = new RuleSetChoice(ruleSets.snapshot());
        List<RuleSet> used = new ArrayList<>();
        for (String id : ruleSetIds) {
            used.add(choice.named(id, "ruleSet"));
        }
        ReadAndCount.Counted read = ReadAndCount.read(source, new ActivityVocabulary(used, List.of(), true), options,
                progress);
        List<String> hospitals = new ArrayList<>();
        List<String> ageGroups = new ArrayList<>();
        List<String> sexes = new ArrayList<>();
        for (String name : read.hospitals()) {
            String[] parts = name.split(String.valueOf(ActivityVocabulary.SEPARATOR), -1);
            hospitals.add(parts[0]);
            ageGroups.add(parts.length == 3 ? parts[1] : null);
            sexes.add(parts.length == 3 ? parts[2] : null);
        }
        List<ActivityCounts.Count> counts = new ArrayList<>();
        for (int h = 0; h < read.hospitals().size(); h++) {
            for (int p = 0; p < read.profiles().size(); p++) {
                long n = read.counts().get(h, p);
                if (n != 0) {
                    counts.add(new ActivityCounts.Count(h, p, n));
                }
            }
        }
        return new ActivityCounts(hospitals, ageGroups, sexes, read.profiles(), counts, read.rows(), read.badRows(),
                read.firstBadRows());
    }

    /** The line amount of every profile under one rule set and parameters, through the rules. */
    List<Money> priceProfiles(RuleSet ruleSet, Parameters parameters, List<ContactProfile> profiles) {
        List<List<RuleOutcome>> decided = decisions.contacts(ruleSet, parameters, profiles);
        return decided.stream().map(outcomes -> ContactLines.amount(ruleSet.info(), outcomes)).toList();
    }

    /** The line amounts of every distinct episode under each bundle scenario (null for per-contact scenarios). */
    private static Map<EpisodeRows, Money[][]> priceEpisodes(PricePathway pricePathway, List<Scenario> scenarios,
                                                             List<RuleSet> used, ReadAndCount.Counted read) {
        Map<EpisodeRows, Money[][]> priced = new LinkedHashMap<>();
        read.episodes().forEach((episode, tally) -> {
            Pathway pathway = new Pathway("episode", "activity", "episode", "", tally.contacts);
            Money[][] lines = new Money[scenarios.size()][];
            for (int s = 0; s < scenarios.size(); s++) {
                if (scenarios.get(s).model() == FinancingModel.BUNDLE) {
                    RuleSet rules = used.get(s);
                    lines[s] = pricePathway.priceUnder(pathway, List.of(FinancingModel.BUNDLE), rules,
                            rules.parameters()).get(0).lines().stream().map(l -> l.amount()).toArray(Money[]::new);
                }
            }
            priced.put(episode, lines);
        });
        return priced;
    }

    private static List<RuleSet> ruleSetsOf(List<Scenario> scenarios, RuleSetChoice choice) {
        if (scenarios.isEmpty()) {
            throw new InvalidRequestException("scenarios", "name at least one rule set");
        }
        List<RuleSet> used = new ArrayList<>();
        for (int i = 0; i < scenarios.size(); i++) {
            used.add(WhatIf.ruleSet(choice.named(scenarios.get(i).ruleSetId(), "scenarios[" + i + "]"),
                    scenarios.get(i).overrides()));
        }
        return used;
    }
}
