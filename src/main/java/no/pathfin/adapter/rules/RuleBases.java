package no.pathfin.adapter.rules;

import java.util.LinkedHashMap;
import java.util.Map;
import org.kie.api.KieBase;

/**
 * The compiled rules of one load of the rules folder: one KieBase per distinct set of DRL files (rule sets whose DRL
 * is identical share it), built when first needed or all at once, and reused from the previous load when the DRL
 * did not change (so a reload neither recompiles what did not change nor keeps what is no longer used).
 */
final class RuleBases {

    private final Map<String, Compiled> byHash = new LinkedHashMap<>();
    private final Map<String, Compiled> previous;

    RuleBases(Map<String, Compiled> previous) {
        this.previous = previous;
    }

    /** The rules of a rule set, by the hash of its DRL files; not compiled yet unless an identical set was. */
    synchronized Compiled of(String ruleSetId, Map<String, byte[]> drl) {
        return byHash.computeIfAbsent(RuleSetFiles.hash(drl), hash -> previous.containsKey(hash) ? previous.get(hash)
                : new Compiled(ruleSetId, drl));
    }

    /** Compiles every rule base not compiled yet, or throws naming the file and line of the first error. */
    synchronized void compileAll() {
        byHash.values().forEach(Compiled::kieBase);
    }

    synchronized Map<String, Compiled> all() {
        return Map.copyOf(byHash);
    }

    /** The DRL files of a rule set and, once built, their KieBase. */
    static final class Compiled {
        private final String ruleSetId;
        private final Map<String, byte[]> drl;
        private volatile KieBase kieBase;

        Compiled(String ruleSetId, Map<String, byte[]> drl) {
            this.ruleSetId = ruleSetId;
            this.drl = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(drl));
        }

        /** The KieBase, compiled on first use; a DRL that does not compile throws with file and line every time. */
        KieBase kieBase() {
            KieBase built = kieBase;
            if (built == null) {
                synchronized (this) {
                    built = kieBase;
                    if (built == null) {
                        built = DrlCompiler.compile(ruleSetId, drl);
                        kieBase = built;
                    }
                }
            }
            return built;
        }
    }
}
