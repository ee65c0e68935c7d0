package no.pathfin.adapter.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import no.pathfin.application.port.InvalidRequestException;
import no.pathfin.application.workbench.CheckFixtures;
import no.pathfin.application.workbench.CheckPlanFixtures;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Fixtures as the test bench of rules: check what a rule set or candidate breaks, and re-approve after review. */
final class FixturesCommands {

    private FixturesCommands() {
    }

    static Map<String, String> standIns(List<String> as) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String pair : as) {
            String[] parts = pair.split("=", 2);
            if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                throw new InvalidRequestException("as", "'" + pair + "' is not RULESET=CANDIDATE");
            }
            map.put(parts[0], parts[1]);
        }
        return map;
    }

    @Command(name = "check-fixtures", mixinStandardHelpOptions = true,
            description = "Show every fixture figure the rules no longer give, as a diff (exit 1 if any).")
    static final class Check implements Callable<Integer> {
        private final Supplier<CheckFixtures> checkFixtures;
        private final Supplier<CheckPlanFixtures> checkPlans;

        @Spec
        CommandSpec spec;

        @Option(names = "--as", paramLabel = "RULESET=CANDIDATE",
                description = "price the expectations stated for RULESET with CANDIDATE instead (repeatable)")
        List<String> as = List.of();

        Check(Supplier<CheckFixtures> checkFixtures, Supplier<CheckPlanFixtures> checkPlans) {
            this.checkFixtures = checkFixtures;
            this.checkPlans = checkPlans;
        }

        @Override
        public Integer call() {
            List<CheckFixtures.Finding> findings = checkFixtures.get().check(standIns(as));
            PrintWriter out = spec.commandLine().getOut();
            List<CheckFixtures.Finding> broken = findings.stream().filter(f -> !f.holds()).toList();
            String file = "";
            for (CheckFixtures.Finding f : broken) {
                if (!f.fixture().file().equals(file)) {
                    file = f.fixture().file();
                    out.println("--- " + file);
                }
                out.printf("  %s, %s%n  - %s%n  + %s%n", f.label(), f.item(), f.expected(), f.actual());
            }
            out.printf("%d of %d stated figures hold; %d broken%s%n", findings.size() - broken.size(), findings.size(),
                    broken.size(), as.isEmpty() ? "" : " (with " + String.join(", ", as) + ")");
            if (!as.isEmpty()) {
                return broken.isEmpty() ? 0 : 1;
            }
            List<CheckPlanFixtures.Finding> plans = checkPlans.get().check();
            List<CheckPlanFixtures.Finding> brokenPlans = plans.stream().filter(f -> !f.holds()).toList();
            for (CheckPlanFixtures.Finding f : brokenPlans) {
                out.printf("--- %s%n  %s%n  - %s%n  + %s%n", f.fixture().file(), f.item(), f.expected(), f.actual());
            }
            out.printf("%d of %d stated figures of the whole money (pathways/plans) hold; %d broken%n",
                    plans.size() - brokenPlans.size(), plans.size(), brokenPlans.size());
            return broken.isEmpty() && brokenPlans.isEmpty() ? 0 : 1;
        }
    }

    @Command(name = "approve-fixtures", mixinStandardHelpOptions = true,
            description = "After review: rewrite, in place, the figures stated for a rule set with what the rules now "
                    + "give (with their working, marked 'approved from the rules'), and print what changed.")
    static final class Approve implements Callable<Integer> {
        private final Supplier<CheckFixtures> checkFixtures;

        @Spec
        CommandSpec spec;

        @Option(names = "--rule-set", required = true, description = "approve the expectations stated for this rule set")
        String ruleSet;

        @Option(names = "--as", paramLabel = "RULESET=CANDIDATE", description = "price them with CANDIDATE instead")
        List<String> as = List.of();

        Approve(Supplier<CheckFixtures> checkFixtures) {
            this.checkFixtures = checkFixtures;
        }

        @Override
        public Integer call() {
            CheckFixtures fixtures = checkFixtures.get();
            List<String> changed = fixtures.approve(fixtures.approvals(ruleSet, standIns(as)));
            PrintWriter out = spec.commandLine().getOut();
            changed.forEach(out::println);
            out.printf("%d figure(s) changed; differences stated with expectedDifferences are not rewritten%n",
                    changed.size());
            return 0;
        }
    }
}
