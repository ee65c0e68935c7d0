package no.pathfin.application.batch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.pathfin.domain.Money;
import no.pathfin.domain.batch.Repricing;
import no.pathfin.domain.pricing.FinancingModel;

/**
 * The fourth stage of repricing: the cells of the result, one per hospital and profile with their count and their
 * revenue under each scenario. Per contact, a cell is its profile's line amount times its count, exactly; under a
 * bundle, the contacts in episodes earn their episode lines (times how often the episode occurred) and the rest
 * their per-contact amount.
 */
final class Assemble {

    private Assemble() {
    }

    /**
     * @param unit     per scenario, each profile's line amount (by profile number)
     * @param episodes per distinct episode, per scenario, its line amounts (null for per-contact scenarios)
     */
    static List<Repricing.Cell> cells(List<RepriceActivity.Scenario> scenarios, ReadAndCount.Counted read,
                                      List<List<Money>> unit, Map<EpisodeRows, Money[][]> episodes) {
        Counts inEpisodes = new Counts();
        Map<Long, Money[]> episodeSums = new HashMap<>();
        read.episodes().forEach((episode, tally) -> {
            Money[][] lines = episodes.get(episode);
            for (int i = 0; i < episode.rows().size(); i++) {
                EpisodeRows.Row row = episode.rows().get(i);
                inEpisodes.add(row.hospital(), row.profile(), tally.count);
                Money[] sums = episodeSums.computeIfAbsent(key(row.hospital(), row.profile()), k -> zeros(scenarios.size()));
                for (int s = 0; s < scenarios.size(); s++) {
                    if (lines[s] != null) {
                        sums[s] = sums[s].plus(lines[s][i].times(tally.count));
                    }
                }
            }
        });
        List<Repricing.Cell> cells = new ArrayList<>();
        for (int h = 0; h < read.hospitals().size(); h++) {
            for (int p = 0; p < read.profiles().size(); p++) {
                long n = read.counts().get(h, p);
                if (n == 0) {
                    continue;
                }
                Money[] episodeLines = episodeSums.get(key(h, p));
                List<Money> revenue = new ArrayList<>(scenarios.size());
                for (int s = 0; s < scenarios.size(); s++) {
                    Money perContact = unit.get(s).get(p);
                    revenue.add(scenarios.get(s).model() == FinancingModel.BUNDLE
                            ? perContact.times(n - inEpisodes.get(h, p)).plus(episodeLines == null ? Money.ZERO : episodeLines[s])
                            : perContact.times(n));
                }
                cells.add(new Repricing.Cell(read.hospitals().get(h), read.profiles().get(p), n, revenue));
            }
        }
        return cells;
    }

    private static long key(int hospital, int profile) {
        return ((long) hospital << 32) | profile;
    }

    private static Money[] zeros(int n) {
        Money[] zeros = new Money[n];
        Arrays.fill(zeros, Money.ZERO);
        return zeros;
    }
}
