package dev.pmw.ingest.datadog;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/// Datadog `key:value` tags (a tag can repeat; bare tags such as `deploy` have no value).
final class Tags {
    private final List<String> tags;

    private Tags(List<String> tags) {
        this.tags = tags;
    }

    static Tags of(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null && array.isArray()) {
            for (JsonNode t : array) {
                if (t.isTextual()) {
                    out.add(t.textValue());
                }
            }
        }
        return new Tags(out);
    }

    /// The value of the first tag `key:value` for any of `keys`, or null.
    String get(String... keys) {
        for (String k : keys) {
            String prefix = k + ":";
            for (String t : tags) {
                if (t.regionMatches(true, 0, prefix, 0, prefix.length()) && t.length() > prefix.length()) {
                    return t.substring(prefix.length());
                }
            }
        }
        return null;
    }

    /// Whether a bare tag or a tag key equals `name` (case-insensitive).
    boolean has(String name) {
        for (String t : tags) {
            int colon = t.indexOf(':');
            String key = colon < 0 ? t : t.substring(0, colon);
            if (key.equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    /// Whether a tag's value (or a bare tag) equals `value` for the given key.
    boolean is(String key, String value) {
        String v = get(key);
        return v != null && v.toLowerCase(Locale.ROOT).equals(value);
    }

    boolean isEmpty() {
        return tags.isEmpty();
    }
}
