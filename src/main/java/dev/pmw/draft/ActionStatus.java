package dev.pmw.draft;

import java.util.Locale;

/// Where an action item stands.
public enum ActionStatus {
    OPEN("Open"), IN_PROGRESS("In progress"), DONE("Done"), WONT_DO("Won't do");

    private final String label;

    ActionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /// `open`, `in_progress`, `done`, `wont_do`.
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ActionStatus fromId(String id) {
        return valueOf(id.trim().toUpperCase(Locale.ROOT).replace(' ', '_').replace("'", ""));
    }
}
