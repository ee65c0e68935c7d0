package no.pathfin.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Many clients at once get exactly what the same requests get one by one. */
class ConcurrencyApiTest {

    private record Call(String method, String path, String body) {
        ApiServer.Reply send() {
            return method.equals("GET") ? ApiServer.get(path) : ApiServer.post(path, body);
        }
    }

    private static final List<Call> MIX = List.of(
            new Call("GET", "/api/v1/rule-sets", null),
            new Call("GET", "/api/v1/rule-sets/isf-2020", null),
            new Call("GET", "/api/v1/pathways/hip-replacement-C", null),
            new Call("POST", "/api/v1/pricings", "{\"pathwayId\": \"hip-replacement-C\", \"model\": \"per-contact\", \"ruleSet\": \"isf-2019\"}"),
            new Call("POST", "/api/v1/pricings", "{\"pathwayId\": \"hip-replacement-F-early-revision\", \"model\": \"bundle\"}"),
            new Call("POST", "/api/v1/pricings", "{\"pathwayId\": \"hip-replacement-A\", \"model\": \"per-contact\", \"ruleSet\": \"isf-2024\","
                    + " \"overrides\": {\"tariffs\": {\"somatic\": {\"isfShare\": 0.30}}}}"),
            new Call("POST", "/api/v1/pricings", "{\"pathwayId\": \"year-boundary-hip-2019-2020\", \"model\": \"bundle\"}"),
            new Call("POST", "/api/v1/pricings", "{\"pathwayId\": \"mental-health-ambulant-team\", \"model\": \"per-contact\","
                    + " \"overrides\": {\"tariffs\": {\"phv\": {\"eligibleModes\": [\"in-person\", \"video\", \"phone\"]}}}}"),
            new Call("POST", "/api/v1/comparisons", "{\"family\": \"hip-replacement\", \"variants\": [\"A\", \"B\", \"C\"],"
                    + " \"ruleSets\": [\"isf-2020\", \"isf-2024\"], \"models\": [\"per-contact\", \"bundle\"]}"),
            new Call("POST", "/api/v1/comparisons", "{\"family\": \"hip-replacement\", \"ruleSets\": [\"isf-2024\"],"
                    + " \"models\": [\"bundle\"], \"overrides\": {\"bundles\": {\"hip-replacement-bundle\": {\"price\": 41000}}}}"),
            new Call("POST", "/api/v1/pricings", "{\"pathwayId\": \"hip-replacement-A\", \"model\": \"bundle\", \"ruleSet\": \"isf-1999\"}"));

    @Test
    void eight_clients_times_500_mixed_requests_get_exactly_the_one_by_one_answers() throws Exception {
        List<ApiServer.Reply> expected = MIX.stream().map(Call::send).toList();
        assertEquals(422, expected.get(expected.size() - 1).status(), "the mix holds a refused request too");

        ExecutorService clients = Executors.newFixedThreadPool(8);
        List<Future<List<String>>> results = new ArrayList<>();
        for (int client = 0; client < 8; client++) {
            int offset = client;
            results.add(clients.submit(() -> {
                List<String> mismatches = new ArrayList<>();
                for (int i = 0; i < 500; i++) {
                    int k = (i + offset) % MIX.size();
                    ApiServer.Reply reply = MIX.get(k).send();
                    if (!reply.equals(expected.get(k))) {
                        mismatches.add(MIX.get(k) + " → " + reply.status());
                    }
                }
                return mismatches;
            }));
        }
        clients.shutdown();
        assertEquals(true, clients.awaitTermination(5, TimeUnit.MINUTES));
        List<String> mismatches = new ArrayList<>();
        for (Future<List<String>> result : results) {
            mismatches.addAll(result.get());
        }
        assertEquals(List.of(), mismatches);
    }
}
