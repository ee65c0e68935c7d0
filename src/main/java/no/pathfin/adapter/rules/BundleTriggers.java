package no.pathfin.adapter.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The bundles of one rule set may not share a trigger code: a contact with that group or procedure code would anchor
 * an episode of each, and the contacts around it would be covered (and paid) twice. A rule set that does so is
 * refused at the second bundle's code, naming both bundles and where the first one states the code.
 */
final class BundleTriggers {

    private BundleTriggers() {
    }

    /** Where one bundle states one trigger code. */
    private record Stated(BundleMapping.Placed bundle, String path) {
    }

    static void distinct(List<BundleMapping.Placed> bundles) {
        Map<String, Stated> groups = new HashMap<>();
        Map<String, Stated> procedures = new HashMap<>();
        for (BundleMapping.Placed bundle : bundles) {
            ParameterFiles.TriggerEntry trigger = bundle.entry().trigger();
            check(bundle, "group code", ".trigger.groupCodes", trigger.groupCodes(), groups);
            check(bundle, "procedure code", ".trigger.procedureCodes", trigger.procedureCodes(), procedures);
        }
    }

    private static void check(BundleMapping.Placed bundle, String kind, String field, List<String> codes,
                              Map<String, Stated> seen) {
        if (codes == null) {
            return;
        }
        for (int i = 0; i < codes.size(); i++) {
            String path = bundle.path() + field + "[" + i + "]";
            Stated first = seen.putIfAbsent(codes.get(i), new Stated(bundle, path));
            if (first != null && !first.bundle().entry().id().equals(bundle.entry().id())) {
                throw bundle.file().refused(path, "the " + kind + " " + codes.get(i) + " triggers both bundle "
                        + first.bundle().entry().id() + " (" + first.bundle().file().where(first.path()) + ") and bundle "
                        + bundle.entry().id() + ": a contact with it would anchor both, and the contacts around it"
                        + " would be covered twice; give each trigger code to one bundle");
            }
        }
    }
}
