package no.pathfin.adapter.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import no.pathfin.application.port.InvalidRequestException;
import no.pathfin.application.workbench.CheckFixtures;
import no.pathfin.application.workbench.CheckPlanFixtures;
import no.pathfin.domain.workbench.PathwayFixture;
import no.pathfin.domain.workbench.PlanFixture;
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
            description = "Show every fixture figure the rules no longer give, as a diff (exit 1 if any); with"
                    + " --junit-xml also a JUnit XML report of every figure, for a CI server.")
    static final class Check implements Callable<Integer> {
        private final Supplier<CheckFixtures> checkFixtures;
        private final Supplier<CheckPlanFixtures> checkPlans;

        @Spec
        CommandSpec spec;

        @Option(names = "--as", paramLabel = "RULESET=CANDIDATE",
                description = "price the expectations stated for RULESET with CANDIDATE instead (repeatable)")
        List<String> as = List.of();

        @Option(names = "--junit-xml", paramLabel = "FILE", description = "also write a JUnit XML report: a test"
                + " suite per fixture file, a test case per stated figure, a failure per broken one with expected,"
                + " actual and difference (the exit code is the same)")
        Path junitXml;

        Check(Supplier<CheckFixtures> checkFixtures, Supplier<CheckPlanFixtures> checkPlans) {
            this.checkFixtures = checkFixtures;
            this.checkPlans = checkPlans;
        }

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            List<CheckedFigure.Fixture> suites = new ArrayList<>();
            CheckFixtures fixtures = checkFixtures.get();
            Map<String, String> standIns = standIns(as);
            for (PathwayFixture fixture : fixtures.fixtures()) {
                long started = System.nanoTime();
                List<CheckedFigure> figures = fixtures.check(fixture, standIns).stream().map(CheckedFigure::of)
                        .toList();
                suites.add(new CheckedFigure.Fixture(fixture.file(), (System.nanoTime() - started) / 1e9, figures));
            }
            int pathwaySuites = suites.size();
            int broken = diff(out, suites);
            out.printf("%s of %s stated figures hold; %s broken%s%n", Format.count(total(suites) - broken),
                    Format.count(total(suites)), Format.count(broken),
                    as.isEmpty() ? "" : " (with " + String.join(", ", as) + ")");
            if (as.isEmpty()) {
                CheckPlanFixtures plans = checkPlans.get();
                for (PlanFixture plan : plans.plans()) {
                    long started = System.nanoTime();
                    List<CheckedFigure> figures = plans.check(plan).stream().map(CheckedFigure::of).toList();
                    suites.add(new CheckedFigure.Fixture(plan.file(), (System.nanoTime() - started) / 1e9, figures));
                }
                List<CheckedFigure.Fixture> planSuites = suites.subList(pathwaySuites, suites.size());
                int brokenPlans = diff(out, planSuites);
                out.printf("%s of %s stated figures of the whole money (pathways/plans) hold; %s broken%n",
                        Format.count(total(planSuites) - brokenPlans), Format.count(total(planSuites)),
                        Format.count(brokenPlans));
                broken += brokenPlans;
            }
            if (junitXml != null) {
                JUnitReport.write(junitXml, suites);
                out.println("JUnit report: " + junitXml);
            }
            return broken == 0 ? 0 : 1;
        }

        /** Prints each broken figure as a diff under its file; returns how many there are. */
        private static int diff(PrintWriter out, List<CheckedFigure.Fixture> suites) {
            int broken = 0;
            for (CheckedFigure.Fixture suite : suites) {
                List<CheckedFigure> failing = suite.figures().stream().filter(f -> !f.holds()).toList();
                if (!failing.isEmpty()) {
                    out.println("--- " + suite.file());
                }
                for (CheckedFigure f : failing) {
                    out.printf("  %s%n  - %s%n  + %s  (%s)%n", f.name(), f.expected(), f.actual(), f.difference());
                }
                broken += failing.size();
            }
            return broken;
        }

        private static int total(List<CheckedFigure.Fixture> suites) {
            return suites.stream().mapToInt(s -> s.figures().size()).sum();
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
            out.printf("%s figure(s) changed; differences stated with expectedDifferences are not rewritten%n",
                    Format.count(changed.size()));
            return 0;
        }
    }
}
