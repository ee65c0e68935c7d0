package no.pathfin;

import java.util.List;
import java.util.function.Supplier;
import no.pathfin.application.port.PathwayCatalog;
import no.pathfin.application.port.RuleSet;
import no.pathfin.application.port.RuleSets;
import no.pathfin.domain.workbench.FixtureApproval;
import no.pathfin.domain.workbench.PathwayFixture;
import no.pathfin.domain.workbench.PlanFixture;

/** Rule sets and fixtures read from disk only when a command first asks for them: listing fixtures reads no rule. */
final class Lazy {

    private Lazy() {
    }

    static <T> Supplier<T> once(Supplier<T> supplier) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = supplier.get();
                }
                return value;
            }
        };
    }

    static RuleSets ruleSets(Supplier<RuleSets> loaded) {
        Supplier<RuleSets> once = once(loaded);
        return new RuleSets() {
            @Override
            public List<RuleSet> all() {
                return once.get().all();
            }

            @Override
            public RuleSets snapshot() {
                return once.get().snapshot();
            }
        };
    }

    static PathwayCatalog catalog(Supplier<PathwayCatalog> loaded) {
        Supplier<PathwayCatalog> once = once(loaded);
        return new PathwayCatalog() {
            @Override
            public List<PathwayFixture> all() {
                return once.get().all();
            }

            @Override
            public List<PlanFixture> plans() {
                return once.get().plans();
            }

            @Override
            public void approve(FixtureApproval approval) {
                once.get().approve(approval);
            }
        };
    }
}
