package dev.pmw.ui.ai;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pmw.draft.privacy.Highlight;
import dev.pmw.ingest.Json;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/// The request's messages as the model reads them (JSON string escapes undone, one block per
/// message), for the consent dialog's second tab; the exact JSON stays the first.
final class ReadablePayload {
    private ReadablePayload() {
    }

    static String of(String json) {
        try {
            JsonNode body = Json.mapper().readTree(json);
            StringBuilder sb = new StringBuilder();
            for (JsonNode m : body.path("messages")) {
                sb.append("── ").append(m.path("role").asText("message")).append(" ──\n")
                        .append(m.path("content").asText("")).append("\n\n");
            }
            return sb.isEmpty() ? json : sb.toString().stripTrailing() + "\n";
        } catch (IOException | RuntimeException e) {
            return json;
        }
    }

    /// Every occurrence in `text` of the placeholders highlighted in the JSON.
    static List<Highlight> highlights(String text, List<Highlight> inJson) {
        Map<String, Highlight> byPlaceholder = new LinkedHashMap<>();
        inJson.forEach(h -> byPlaceholder.putIfAbsent(h.placeholder(), h));
        List<Highlight> out = new ArrayList<>();
        for (Highlight h : byPlaceholder.values()) {
            for (int i = text.indexOf(h.placeholder()); i >= 0; i = text.indexOf(h.placeholder(), i + 1)) {
                out.add(new Highlight(i, i + h.placeholder().length(), h.category(), h.placeholder()));
            }
        }
        return out;
    }
}
