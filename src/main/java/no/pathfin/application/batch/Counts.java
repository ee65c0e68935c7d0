package no.pathfin.application.batch;

import java.util.Arrays;

/** How many contacts each hospital had of each profile: the whole aggregation is one increment per row. */
final class Counts {

    private long[][] byHospital = new long[0][];

    void add(int hospital, int profile) {
        add(hospital, profile, 1);
    }

    void add(int hospital, int profile, long n) {
        if (hospital >= byHospital.length) {
            byHospital = Arrays.copyOf(byHospital, Math.max(hospital + 1, byHospital.length * 2));
        }
        long[] row = byHospital[hospital];
        if (row == null) {
            row = new long[Math.max(64, profile + 1)];
            byHospital[hospital] = row;
        } else if (profile >= row.length) {
            row = Arrays.copyOf(row, Math.max(profile + 1, row.length * 2));
            byHospital[hospital] = row;
        }
        row[profile] += n;
    }

    void addAll(Counts other) {
        for (int h = 0; h < other.byHospital.length; h++) {
            long[] row = other.byHospital[h];
            for (int p = 0; row != null && p < row.length; p++) {
                if (row[p] != 0) {
                    add(h, p, row[p]);
                }
            }
        }
    }

    long get(int hospital, int profile) {
        if (hospital >= byHospital.length || byHospital[hospital] == null || profile >= byHospital[hospital].length) {
            return 0;
        }
        return byHospital[hospital][profile];
    }
}
