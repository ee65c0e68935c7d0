package no.pathfin.application.risk;

import java.util.Arrays;
import java.util.List;

/** Every way a year of n episodes can fall into the types, with its multinomial probability and its totals in øre. */
final class Outcomes {

    final double[] probability;
    final long[] income;
    final long[] margin;

    private Outcomes(double[] probability, long[] income, long[] margin) {
        this.probability = probability;
        this.income = income;
        this.margin = margin;
    }

    long[] income() {
        return income;
    }

    long[] margin() {
        return margin;
    }

    static Outcomes enumerate(List<EpisodeType> types, int n) {
        Outcomes outcomes = new Outcomes(new double[(int) RiskOfAYear.ways(types.size(), n)],
                new long[(int) RiskOfAYear.ways(types.size(), n)], new long[(int) RiskOfAYear.ways(types.size(), n)]);
        new Filler(types, n, outcomes).fill(0, n, 0, 0, 0);
        return outcomes;
    }

    /** Walks every count of episodes per type that adds up to n, and writes its probability and totals. */
    private static final class Filler {
        private final int k;
        private final double[] logFactorial;
        private final double[] logShare;
        private final long[] unitIncome;
        private final long[] unitMargin;
        private final Outcomes into;
        private final double log0;
        private int at;

        Filler(List<EpisodeType> types, int n, Outcomes into) {
            this.k = types.size();
            this.logFactorial = new double[n + 1];
            for (int i = 2; i <= n; i++) {
                logFactorial[i] = logFactorial[i - 1] + Math.log(i);
            }
            this.logShare = types.stream().mapToDouble(t -> Math.log(t.share().doubleValue())).toArray();
            this.unitIncome = types.stream().mapToLong(EpisodeType::incomeOre).toArray();
            this.unitMargin = types.stream().mapToLong(EpisodeType::marginOre).toArray();
            this.into = into;
            this.at = 0;
            this.log0 = logFactorial[n];
        }

        void fill(int type, int left, double log, long income, long margin) {
            if (type == k - 1) {
                into.probability[at] = Math.exp(log0 + log + left * logShare[type] - logFactorial[left]);
                into.income[at] = income + left * unitIncome[type];
                into.margin[at] = margin + left * unitMargin[type];
                at++;
                return;
            }
            for (int c = 0; c <= left; c++) {
                fill(type + 1, left - c, log + c * logShare[type] - logFactorial[c], income + c * unitIncome[type],
                        margin + c * unitMargin[type]);
            }
        }
    }

    Spread spread(long[] values) {
        double mean = 0;
        double square = 0;
        double below = 0;
        for (int i = 0; i < values.length; i++) {
            mean += probability[i] * values[i];
            below += values[i] < 0 ? probability[i] : 0;
        }
        for (int i = 0; i < values.length; i++) {
            square += probability[i] * (values[i] - mean) * (values[i] - mean);
        }
        Integer[] order = new Integer[values.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> Long.compare(values[a], values[b]));
        return Spread.of(mean, square, quantile(order, values, 0.05), quantile(order, values, 0.50),
                quantile(order, values, 0.95), below);
    }

    private long quantile(Integer[] order, long[] values, double q) {
        double cumulative = 0;
        for (Integer i : order) {
            cumulative += probability[i];
            if (cumulative >= q - 1e-12) {
                return values[i];
            }
        }
        return values[order[order.length - 1]];
    }
}
