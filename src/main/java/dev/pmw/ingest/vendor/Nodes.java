package dev.pmw.ingest.vendor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

/// Null-safe reading of vendor JSON, where any field may be absent, `null`, or of another type
/// than documented.
public final class Nodes {
    private Nodes() {
    }

    /// The node at `path` (object fields), or a missing node.
    public static JsonNode at(JsonNode node, String... path) {
        JsonNode n = node == null ? MissingNode.getInstance() : node;
        for (String p : path) {
            n = n.path(p);
        }
        return n;
    }

    /// The text at `path`: a string as is, a number or boolean as its literal; null when absent,
    /// `null`, empty, or a container.
    public static String text(JsonNode node, String... path) {
        JsonNode n = at(node, path);
        if (n.isMissingNode() || n.isNull() || n.isContainerNode()) {
            return null;
        }
        String s = n.isTextual() ? n.textValue() : n.asText();
        return s.isEmpty() ? null : s;
    }

    /// [#text] or `fallback`.
    public static String textOr(JsonNode node, String fallback, String... path) {
        String s = text(node, path);
        return s == null ? fallback : s;
    }

    /// The record as compact JSON for a diagnostic excerpt.
    public static String excerpt(JsonNode node) {
        if (node == null) {
            return "";
        }
        String s = node.toString();
        return s.length() > 200 ? s.substring(0, 200) : s;
    }
}
