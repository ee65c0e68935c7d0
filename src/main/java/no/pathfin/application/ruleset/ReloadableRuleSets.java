package no.pathfin.application.ruleset;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import no.pathfin.application.port.RuleSet;
import no.pathfin.application.port.RuleSets;

/**
 * Rule sets that can be reloaded from disk while the server runs. A reload builds the whole new generation first
 * and swaps it in atomically; a request takes one generation at its start ({@link #snapshot()}) and finishes on it.
 * A generation that fails to load (a DRL that does not compile, a bad figure) is refused, and the last good one
 * keeps serving. Only data comes from disk: nothing is accepted from the network but the signal to reload.
 */
public final class ReloadableRuleSets implements RuleSets {

    /** One generation: its rule sets and when it was loaded. */
    public record Generation(RuleSets ruleSets, Instant loaded, long number) {
    }

    private final Supplier<RuleSets> loader;
    private final AtomicReference<Generation> current;

    public ReloadableRuleSets(Supplier<RuleSets> loader) {
        this.loader = loader;
        this.current = new AtomicReference<>(new Generation(loader.get(), Instant.now(), 1));
    }

    /** Loads every rule set again and swaps them in, or throws and leaves the running ones in place. */
    public synchronized Generation reload() {
        RuleSets next = loader.get();
        Generation generation = new Generation(next, Instant.now(), current.get().number() + 1);
        current.set(generation);
        return generation;
    }

    public Generation generation() {
        return current.get();
    }

    @Override
    public RuleSets snapshot() {
        return current.get().ruleSets();
    }

    @Override
    public List<RuleSet> all() {
        return current.get().ruleSets().all();
    }
}
