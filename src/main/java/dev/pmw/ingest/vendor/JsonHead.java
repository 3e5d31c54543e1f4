package dev.pmw.ingest.vendor;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pmw.ingest.Json;
import dev.pmw.ingest.Sniff;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

/// The shape of a JSON document read from its sniffed head (the first 64 KiB). The head of a large
/// response ends in the middle of a value, so a strict parse would fail; this keeps every value read
/// before the cut and closes the open containers, which is what detection needs ("does `data[0]`
/// have `type` = `event`?").
public final class JsonHead {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private JsonHead() {
    }

    /// The first top-level JSON value of the head, possibly cut short; null when the head does not
    /// start with `{` or `[` or nothing could be read.
    public static JsonNode of(Sniff sniff) {
        char c = sniff.firstChar();
        if (c != '{' && c != '[') {
            return null;
        }
        return read(sniff.head());
    }

    static JsonNode read(byte[] head) {
        Deque<JsonNode> stack = new ArrayDeque<>();
        JsonNode root = null;
        String field = null;
        try (JsonParser p = Json.factory().createParser(head)) { // no ObjectMapper: it costs ~120 ms of class loading per CLI run
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                JsonNode value;
                switch (t) {
                    case FIELD_NAME -> {
                        field = p.currentName();
                        continue;
                    }
                    case END_OBJECT, END_ARRAY -> {
                        stack.pop();
                        if (stack.isEmpty()) {
                            return root;
                        }
                        continue;
                    }
                    case START_OBJECT -> value = F.objectNode();
                    case START_ARRAY -> value = F.arrayNode();
                    case VALUE_STRING -> value = F.textNode(p.getText());
                    case VALUE_NUMBER_INT -> value = p.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                            ? F.numberNode(p.getBigIntegerValue()) : F.numberNode(p.getLongValue());
                    case VALUE_NUMBER_FLOAT -> value = F.numberNode(p.getDecimalValue());
                    case VALUE_TRUE -> value = F.booleanNode(true);
                    case VALUE_FALSE -> value = F.booleanNode(false);
                    case VALUE_NULL -> value = F.nullNode();
                    default -> {
                        continue;
                    }
                }
                if (stack.isEmpty()) {
                    if (root != null) {
                        return root;
                    }
                    root = value;
                } else if (stack.peek() instanceof ObjectNode o) {
                    o.set(field == null ? "" : field, value);
                } else if (stack.peek() instanceof ArrayNode a) {
                    a.add(value);
                }
                field = null;
                if (value.isContainerNode()) {
                    stack.push(value);
                } else if (stack.isEmpty()) {
                    return root;
                }
            }
        } catch (IOException | RuntimeException e) {
            // the head ends inside a value, or the text is not JSON after all: keep what was read
        }
        return root;
    }

    /// The first element of the array at `node` (or of `node` itself when it is an array), else a
    /// missing node. Detection rates a record array by its first element.
    public static JsonNode first(JsonNode node) {
        if (node != null && node.isArray() && !node.isEmpty()) {
            return node.get(0);
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    /// Whether `node` is an object holding every one of `fields`.
    public static boolean hasAll(JsonNode node, String... fields) {
        if (node == null || !node.isObject()) {
            return false;
        }
        for (String f : fields) {
            if (!node.has(f)) {
                return false;
            }
        }
        return true;
    }
}
