package dev.pmw.ui;

import dev.pmw.model.EventKind;

/// Style-class names used from Java; their looks live in `app.css`.
public final class Styles {
    private Styles() {
    }

    public static final String KIND_CHIP = "kind-chip";
    public static final String MUTED = "muted";
    public static final String TITLE = "title";
    public static final String SUBTITLE = "subtitle";
    public static final String EMPTY_STATE = "empty-state";
    public static final String DROP_TARGET = "drop-target";
    public static final String SOURCE_CELL = "source-cell";
    public static final String SOURCE_NAME = "source-name";
    public static final String FORMAT_CHIP = "format-chip";
    public static final String FAILED = "failed";
    public static final String WARNING = "warning";
    public static final String SUMMARY_BAR = "summary-bar";
    public static final String ACCENT = "accent";

    /// `kind-alert`, `kind-change`, … : one colour family per group of kinds.
    public static String kindFamily(EventKind k) {
        return switch (k) {
            case ALERT_TRIGGERED, ALERT_WARN -> "kind-alert";
            case ALERT_RECOVERED, RESOLVE -> "kind-recovered";
            case PAGE, NOTIFY, ACKNOWLEDGE, ESCALATE, DECLARE -> "kind-page";
            case DEPLOY, ROLLBACK, CONFIG_CHANGE, COMMIT, JOB -> "kind-change";
            case CHAT, NOTE -> "kind-chat";
            case LOG, LOG_BURST, METRIC -> "kind-log";
            case STATUS_CHANGE, OTHER -> "kind-other";
        };
    }
}
