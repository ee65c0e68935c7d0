package no.pathfin.adapter.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Stream;
import no.pathfin.application.port.DataFileException;
import no.pathfin.application.port.MissingFolderException;
import no.pathfin.application.port.RuleSet;
import no.pathfin.application.port.RuleSets;
import no.pathfin.domain.ruleset.RuleSetInfo;
import no.pathfin.domain.ruleset.RuleSetStatus;

/**
 * Every rule-set folder under a rules root (a folder with a {@code manifest.yaml}). Files are read and checked at
 * once; the DRL is compiled at once ({@link #load}) or when a rule set first prices something ({@link #read}), once
 * per distinct set of DRL files.
 */
public final class DroolsRuleSets implements RuleSets {

    private final List<RuleSet> ruleSets;
    private final RuleBases ruleBases;

    private DroolsRuleSets(List<RuleSet> ruleSets, RuleBases ruleBases) {
        this.ruleSets = List.copyOf(ruleSets);
        this.ruleBases = ruleBases;
    }

    /** Loads and compiles every rule set, or throws naming the first file (and line) that is wrong. */
    public static DroolsRuleSets load(Path rulesRoot) {
        DroolsRuleSets loaded = read(rulesRoot, Map.of());
        loaded.ruleBases.compileAll();
        return loaded;
    }

    /**
     * Loads every rule set, compiling its DRL when it first prices something: for commands that only list rule
     * sets, or price with a few of them. A DRL that does not compile is reported, with file and line, when used.
     */
    public static DroolsRuleSets read(Path rulesRoot) {
        return read(rulesRoot, Map.of());
    }

    /**
     * Loads the rules folder anew at each call, for reloading a running server: every load compiles every rule set
     * (a reload must refuse a broken one), except the first when {@code compileFirst} is false. KieBases of the
     * previous good load are reused when their DRL files are unchanged, and dropped otherwise.
     */
    public static Supplier<RuleSets> reloader(Path rulesRoot, boolean compileFirst) {
        AtomicReference<Map<String, RuleBases.Compiled>> previous = new AtomicReference<>();
        return () -> {
            boolean first = previous.get() == null;
            DroolsRuleSets loaded = read(rulesRoot, first ? Map.of() : previous.get());
            if (compileFirst || !first) {
                loaded.ruleBases.compileAll();
            }
            previous.set(loaded.ruleBases.all());
            return loaded;
        };
    }

    private static DroolsRuleSets read(Path rulesRoot, Map<String, RuleBases.Compiled> reusable) {
        if (!Files.isDirectory(rulesRoot)) {
            throw new MissingFolderException(MissingFolderException.Folder.RULES, rulesRoot);
        }
        List<RuleSet> loaded = new ArrayList<>();
        RuleBases ruleBases = new RuleBases(reusable);
        try (Stream<Path> folders = Files.list(rulesRoot)) {
            for (Path folder : folders.sorted().toList()) {
                if (Files.isRegularFile(folder.resolve("manifest.yaml"))) {
                    loaded.add(new RuleSetFolder(rulesRoot, folder, ruleBases).load());
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
        return new DroolsRuleSets(loaded, ruleBases);
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
