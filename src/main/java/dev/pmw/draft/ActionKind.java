package dev.pmw.draft;

import java.util.Locale;

/// What an action item changes: how we detect, how we mitigate, how we prevent, or how we work.
/// Templates that split corrective from preventive measures group items by it.
public enum ActionKind {
    DETECT, MITIGATE, PREVENT, PROCESS;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ActionKind fromId(String id) {
        return valueOf(id.trim().toUpperCase(Locale.ROOT));
    }
}
