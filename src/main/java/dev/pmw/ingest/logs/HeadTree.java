package dev.pmw.ingest.logs;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.pmw.ingest.Json;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/// A forgiving look at JSON for format detection: the first value of a text as nested maps and
/// lists (arrays keep their first few elements, strings are cut), built from whatever parses before
/// the text ends. The sniffed head is cut at 64 KiB, so an unfinished document is normal here.
final class HeadTree {
    /// The value read (a Map, List, String, Long/number text, Boolean, or null).
    final Object value;
    /// Whether the first value was complete.
    final boolean complete;
    /// Whether anything other than white space follows the first value (more records).
    final boolean more;
    /// Whether the value is a JSON object that ended on the line it started on.
    final boolean oneLine;
    /// Jackson rejected the text (as opposed to it just ending early).
    final boolean invalid;
    final String error;

    private HeadTree(Object value, boolean complete, boolean more, boolean oneLine, boolean invalid, String error) {
        this.value = value;
        this.complete = complete;
        this.more = more;
        this.oneLine = oneLine;
        this.invalid = invalid;
        this.error = error;
    }

    static HeadTree of(String text) {
        Builder b = new Builder();
        try (JsonParser p = Json.factory().createParser(text)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                return new HeadTree(null, false, false, false, false, null);
            }
            int startLine = p.currentTokenLocation().getLineNr();
            Object v = b.value(p, t, 0);
            int endLine = p.currentLocation().getLineNr();
            boolean more;
            try {
                more = p.nextToken() != null;
            } catch (JsonProcessingException e) {
                more = true;
            }
            return new HeadTree(v, true, more, t == JsonToken.START_OBJECT && startLine == endLine, false, null);
        } catch (com.fasterxml.jackson.core.io.JsonEOFException e) {
            return new HeadTree(b.root, false, false, false, false, null);
        } catch (IOException e) {
            return new HeadTree(b.root, false, false, false, true, e.getMessage());
        }
    }

    /// The map at `path` (keys separated by '/'), or null.
    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object v, String... path) {
        Object cur = v;
        for (String k : path) {
            if (!(cur instanceof Map<?, ?> m)) {
                return null;
            }
            cur = m.get(k);
        }
        return cur instanceof Map<?, ?> m ? (Map<String, Object>) m : null;
    }

    /// The first element of the list at `path`, when it is a map.
    static Map<String, Object> firstOf(Object v, String... path) {
        Object cur = v;
        for (String k : path) {
            if (!(cur instanceof Map<?, ?> m)) {
                return null;
            }
            cur = m.get(k);
        }
        if (cur instanceof List<?> l && !l.isEmpty()) {
            return map(l.getFirst());
        }
        return null;
    }

    /// Builds maps and lists top-down, attaching each container before filling it, so that a text
    /// ending anywhere still leaves everything read so far reachable from [#root].
    private static final class Builder {
        Object root;

        Object value(JsonParser p, JsonToken t, int depth) throws IOException {
            if (t == JsonToken.START_OBJECT) {
                Map<String, Object> m = new LinkedHashMap<>();
                if (depth == 0) {
                    root = m;
                }
                fillObject(p, m, depth);
                return m;
            }
            if (t == JsonToken.START_ARRAY) {
                List<Object> l = new ArrayList<>();
                if (depth == 0) {
                    root = l;
                }
                fillArray(p, l, depth);
                return l;
            }
            return scalar(p, t);
        }

        private void fillObject(JsonParser p, Map<String, Object> m, int depth) throws IOException {
            String name;
            while ((name = p.nextFieldName()) != null) {
                JsonToken v = p.nextToken();
                if (v.isStructStart() && depth >= 4) {
                    p.skipChildren();
                    m.put(name, "");
                } else if (v == JsonToken.START_OBJECT) {
                    Map<String, Object> child = new LinkedHashMap<>();
                    m.put(name, child);
                    fillObject(p, child, depth + 1);
                } else if (v == JsonToken.START_ARRAY) {
                    List<Object> child = new ArrayList<>();
                    m.put(name, child);
                    fillArray(p, child, depth + 1);
                } else {
                    m.put(name, scalar(p, v));
                }
            }
        }

        private void fillArray(JsonParser p, List<Object> l, int depth) throws IOException {
            JsonToken v;
            while ((v = p.nextToken()) != JsonToken.END_ARRAY) {
                if (v == null) {
                    throw new com.fasterxml.jackson.core.io.JsonEOFException(p, null, "end of head");
                }
                if (l.size() >= 3 || depth >= 4) {
                    p.skipChildren();
                    if (depth == 0) {
                        return; // the first elements are all detection needs
                    }
                } else if (v == JsonToken.START_OBJECT) {
                    Map<String, Object> child = new LinkedHashMap<>();
                    l.add(child);
                    fillObject(p, child, depth + 1);
                } else if (v == JsonToken.START_ARRAY) {
                    List<Object> child = new ArrayList<>();
                    l.add(child);
                    fillArray(p, child, depth + 1);
                } else {
                    l.add(scalar(p, v));
                }
            }
        }

        private static Object scalar(JsonParser p, JsonToken t) throws IOException {
            return switch (t) {
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> new Num(p.getText());
                case VALUE_STRING -> {
                    String s = p.getText();
                    yield s.length() > 200 ? s.substring(0, 200) : s;
                }
                case VALUE_TRUE -> Boolean.TRUE;
                case VALUE_FALSE -> Boolean.FALSE;
                default -> null;
            };
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return o instanceof Map<?, ?> m ? (Map<String, Object>) m : null;
    }

    /// A JSON number as written.
    record Num(String text) {
        boolean integral() {
            return text.indexOf('.') < 0 && text.indexOf('e') < 0 && text.indexOf('E') < 0;
        }

        int intDigits() {
            int dot = text.indexOf('.');
            String i = dot < 0 ? text : text.substring(0, dot);
            return i.startsWith("-") ? i.length() - 1 : i.length();
        }
    }
}
