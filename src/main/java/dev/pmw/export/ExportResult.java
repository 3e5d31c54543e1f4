package dev.pmw.export;

import dev.pmw.draft.Redactor;

import java.util.List;
import java.util.Map;

/// An export: the text, what the user should know about it, and what was redacted.
///
/// @param text       the exported file's content
/// @param warnings   unresolved citations, unknown template placeholders, missing required fields …
/// @param redactions how many of each kind were redacted
public record ExportResult(String text, List<String> warnings, Map<Redactor.Kind, Integer> redactions) {
    public ExportResult {
        warnings = List.copyOf(warnings);
        redactions = Map.copyOf(redactions);
    }

    public int redactionCount() {
        return redactions.values().stream().mapToInt(Integer::intValue).sum();
    }
}
