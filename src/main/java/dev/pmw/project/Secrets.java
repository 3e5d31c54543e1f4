package dev.pmw.project;

import java.util.ArrayList;
import java.util.List;

/// Values that must never reach a project or recovery file (API keys). Project files have no
/// field for a key; this catches a key that slipped into source text or the document and
/// replaces it before anything is written.
public record Secrets(List<String> values) {
    /// Shorter values are not checked: replacing them would damage ordinary text.
    static final int MIN_LENGTH = 8;
    static final String REPLACEMENT = "[secret removed]";

    public Secrets {
        values = values.stream().filter(v -> v != null && v.strip().length() >= MIN_LENGTH).map(String::strip).toList();
    }

    /// `OPENAI_API_KEY` from the environment, if set.
    public static Secrets fromEnvironment() {
        List<String> v = new ArrayList<>();
        String key = System.getenv("OPENAI_API_KEY");
        if (key != null) {
            v.add(key);
        }
        return new Secrets(v);
    }

    /// These plus `more` (a key typed into the settings dialog).
    public Secrets and(String more) {
        List<String> v = new ArrayList<>(values);
        v.add(more);
        return new Secrets(v);
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }
}
