package dev.pmw.draft;

import java.util.Locale;

/// Who wrote a section's current text: the offline drafter, an AI model, or the user.
public enum Origin {
    OFFLINE, AI, USER;

    /// Contract value in project files and JSON (`offline`, `ai`, `user`).
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Origin fromId(String id) {
        return valueOf(id.trim().toUpperCase(Locale.ROOT));
    }
}
