package no.pathfin.bench;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.pathfin.application.batch.ActivitySource;
import no.pathfin.domain.ContactKind;
import no.pathfin.domain.ContactMode;
import no.pathfin.domain.Performer;
import no.pathfin.domain.pathway.ContactProfile;
import no.pathfin.domain.ruleset.Parameters;
import no.pathfin.domain.ruleset.Tariff;

/**
 * BENCHMARK ONLY, never used for results: the per-contact ISF rules written by hand in plain Java, priced row by
 * row on the same file with the same reader, as the lower bound the rule-based repricing is measured against.
 * It reads the same parameters as the rules; the benchmark also checks that its totals equal the rules' totals.
 */
final class PlainJavaLowerBound {

    private PlainJavaLowerBound() {
    }

    /** Total øre under each parameter set, for every row of the file. */
    static long[] run(ActivitySource source, List<Parameters> parameters, int threads) throws Exception {
        List<ActivitySource.Chunk> chunks = source.chunks(threads);
        ExecutorService pool = Executors.newFixedThreadPool(chunks.size());
        try {
            Dictionaries dictionaries = new Dictionaries(parameters);
            List<Future<long[]>> futures = chunks.stream().map(chunk -> pool.submit(() -> {
                long[] totals = new long[parameters.size()];
                chunk.read(dictionaries, new ActivitySource.RowHandler() {
                    @Override
                    public void contact(int hospital, int profile) {
                        long[] row = dictionaries.ore[profile];
                        for (int i = 0; i < totals.length; i++) {
                            totals[i] += row[i];
                        }
                    }

                    @Override
                    public void episode(List<no.pathfin.domain.pathway.Contact> contacts, int[] hospitals, int[] profiles) {
                        throw new IllegalStateException("the lower bound prices per contact only");
                    }

                    @Override
                    public void bad(long line, String reason) {
                    }

                    @Override
                    public void progress(long bytes) {
                    }
                });
                return totals;
            })).toList();
            long[] totals = new long[parameters.size()];
            for (Future<long[]> future : futures) {
                long[] part = future.get();
                for (int i = 0; i < totals.length; i++) {
                    totals[i] += part[i];
                }
            }
            return totals;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Numbers each profile on first sight and prices it by hand for every parameter set. */
    private static final class Dictionaries implements ActivitySource.Dictionaries {
        private final List<Parameters> parameters;
        private final java.util.Map<ContactProfile, Integer> ids = new java.util.HashMap<>();
        private volatile long[][] ore = new long[0][];

        Dictionaries(List<Parameters> parameters) {
            this.parameters = parameters;
        }

        @Override
        public int hospital(String name) {
            return 0;
        }

        @Override
        public boolean bundles() {
            return false;
        }

        @Override
        public boolean bundleTrigger(String groupCode, String procedureCode) {
            return false;
        }

        @Override
        public synchronized int profile(ContactProfile profile) {
            Integer id = ids.get(profile);
            if (id != null) {
                return id;
            }
            long[] prices = new long[parameters.size()];
            for (int i = 0; i < prices.length; i++) {
                prices[i] = price(profile, parameters.get(i));
            }
            long[][] grown = java.util.Arrays.copyOf(ore, ore.length + 1);
            grown[ore.length] = prices;
            ore = grown;
            ids.put(profile, ore.length - 1);
            return ore.length - 1;
        }
    }

    /** The per-contact rules of rules/common, by hand: refusals first, then weight × price × share (+ supplement). */
    static long price(ContactProfile c, Parameters p) {
        Tariff t = p.tariff(c.setting());
        boolean refused = !t.eligibleModes().contains(c.mode())
                || !t.eligiblePersonnel().contains(c.personnel())
                || (c.mode() == ContactMode.VIDEO && !t.videoPersonnel().contains(c.personnel()))
                || c.performer() == Performer.MUNICIPALITY_WITHOUT_AGREEMENT
                || (c.mode() == ContactMode.PHONE && (!c.replacesPlannedVisit() || !c.documented()))
                || (c.kind() == ContactKind.COLLABORATION_MEETING && c.setting() == no.pathfin.domain.Setting.SOMATIC);
        if (refused) {
            return 0;
        }
        BigDecimal weight = p.weights().find(c.groupCode()).orElseThrow().weight();
        long ore = ore(weight.multiply(t.unitPrice()).multiply(t.isfShare()));
        if (c.ambulant() && t.ambulantSupplementWeight().signum() > 0) {
            ore += ore(t.ambulantSupplementWeight().multiply(t.unitPrice()).multiply(t.isfShare()));
        }
        return ore;
    }

    private static long ore(BigDecimal kroner) {
        return kroner.movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
    }
}
