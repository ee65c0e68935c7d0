package no.pathfin.adapter.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import no.pathfin.application.port.DataFileException;
import no.pathfin.application.port.RuleSet;
import no.pathfin.application.port.RuleSets;
import no.pathfin.domain.ruleset.RuleSetInfo;
import no.pathfin.domain.ruleset.RuleSetStatus;

/** Every rule-set folder under a rules root (a folder with a {@code manifest.yaml}), each compiled once. */
public final class DroolsRuleSets implements RuleSets {

    private final List<RuleSet> ruleSets;
    private final java.util.Map<String, org.kie.api.KieBase> compiled;

    private DroolsRuleSets(List<RuleSet> ruleSets, java.util.Map<String, org.kie.api.KieBase> compiled) {
        this.ruleSets = List.copyOf(ruleSets);
        this.compiled = compiled;
    }

    /** Loads and compiles every rule set, or throws naming the first file (and line) that is wrong. */
    public static DroolsRuleSets load(Path rulesRoot) {
        return load(rulesRoot, java.util.Map.of());
    }

    /**
     * Loads the rules folder anew at each call, for reloading a running server. KieBases of the previous good
     * generation are reused when their DRL files are unchanged (same content hash), and dropped otherwise, so
     * repeated reloads neither recompile what did not change nor keep what is no longer used.
     */
    public static java.util.function.Supplier<RuleSets> reloader(Path rulesRoot) {
        java.util.concurrent.atomic.AtomicReference<java.util.Map<String, org.kie.api.KieBase>> previous =
                new java.util.concurrent.atomic.AtomicReference<>(java.util.Map.of());
        return () -> {
            DroolsRuleSets loaded = load(rulesRoot, previous.get());
            previous.set(java.util.Map.copyOf(loaded.compiled));
            return loaded;
        };
    }

    private static DroolsRuleSets load(Path rulesRoot, java.util.Map<String, org.kie.api.KieBase> reusable) {
        if (!Files.isDirectory(rulesRoot)) {
            throw new DataFileException(rulesRoot.toString(), 0, 0, "the rules folder does not exist");
        }
        List<RuleSet> loaded = new ArrayList<>();
        java.util.Map<String, org.kie.api.KieBase> compiled = new java.util.HashMap<>();
        java.util.Map<String, org.kie.api.KieBase> available = new java.util.HashMap<>(reusable);
        try (Stream<Path> folders = Files.list(rulesRoot)) {
            for (Path folder : folders.sorted().toList()) {
                if (Files.isRegularFile(folder.resolve("manifest.yaml"))) {
                    loaded.add(new RuleSetFolder(rulesRoot, folder, compiled, available).load());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (loaded.isEmpty()) {
            throw new DataFileException(rulesRoot.toString(), 0, 0, "no rule set (a folder with manifest.yaml) found");
        }
        loaded.sort(Comparator.comparing((RuleSet r) -> r.info().validity().from()).thenComparing(r -> r.info().id()));
        checkNoOverlap(loaded);
        return new DroolsRuleSets(loaded, compiled);
    }

    /** Two rule sets of the same status must not both apply to one date, or the choice by date is ambiguous. */
    private static void checkNoOverlap(List<RuleSet> ruleSets) {
        for (int i = 0; i < ruleSets.size(); i++) {
            for (int j = i + 1; j < ruleSets.size(); j++) {
                RuleSetInfo a = ruleSets.get(i).info();
                RuleSetInfo b = ruleSets.get(j).info();
                boolean overlap = !a.validity().to().isBefore(b.validity().from())
                        && !b.validity().to().isBefore(a.validity().from());
                if (overlap && a.status() == b.status() && a.status() != RuleSetStatus.SCENARIO) {
                    throw new DataFileException("rules/" + b.id() + "/manifest.yaml", 0, 0, "validity " + b.validity()
                            + " overlaps " + a.id() + " (" + a.validity() + "), both " + a.status().name().toLowerCase());
                }
            }
        }
    }

    @Override
    public List<RuleSet> all() {
        return ruleSets;
    }
}
