package dev.pmw.project;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Map;
import java.util.function.UnaryOperator;

/// Upgrades project files written with an older schema, one version at a time, before they are
/// read. When the file format changes: raise [ProjectFormat#SCHEMA_VERSION] and add the step from
/// the previous version here (it receives the whole file as a tree and returns it in the next
/// version's shape). Files are only migrated in memory; the file on disk changes when saved.
final class Migrations {
    /// Step from schema N (the key) to N + 1.
    private static final Map<Integer, UnaryOperator<ObjectNode>> STEPS = Map.of();

    private Migrations() {
    }

    /// The file in the current schema.
    static ObjectNode toCurrent(ObjectNode root, int version) {
        ObjectNode n = root;
        for (int v = version; v < ProjectFormat.SCHEMA_VERSION; v++) {
            UnaryOperator<ObjectNode> step = STEPS.get(v);
            if (step == null) {
                throw new IllegalStateException("no migration from schema " + v);
            }
            n = step.apply(n);
            n.put("schemaVersion", v + 1);
        }
        return n;
    }
}
