package no.pathfin.adapter.rules;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/** Merging a candidate's parameter tree onto its base's, leaf by leaf, remembering which rule set set each leaf. */
final class TreeMerge {

    private TreeMerge() {
    }

    /** Merges {@code top} into {@code into}: objects key by key, anything else replaced; records who set each leaf. */
    static void merge(ObjectNode into, ObjectNode top, String prefix, String id, Map<String, String> origins) {
        top.fields().forEachRemaining(field -> {
            String path = prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey();
            com.fasterxml.jackson.databind.JsonNode existing = into.get(field.getKey());
            if (field.getValue() instanceof ObjectNode object && existing instanceof ObjectNode target
                    && !field.getKey().equals("sources")) {
                merge(target, object, path, id, origins);
            } else if (field.getValue() instanceof ObjectNode object && field.getKey().equals("sources")
                    && existing instanceof ObjectNode target) {
                target.setAll(object);
            } else {
                into.set(field.getKey(), field.getValue());
                if (!field.getKey().equals("sources")) {
                    markLeaves(field.getValue(), path, id, origins);
                }
            }
        });
    }

    private static void markLeaves(com.fasterxml.jackson.databind.JsonNode node, String path, String id,
                                   Map<String, String> origins) {
        if (node instanceof ObjectNode object) {
            object.fields().forEachRemaining(f -> {
                if (!f.getKey().equals("sources")) {
                    markLeaves(f.getValue(), path + "." + f.getKey(), id, origins);
                }
            });
        } else {
            origins.put(path, id);
        }
    }

}
