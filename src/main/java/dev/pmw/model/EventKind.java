package dev.pmw.model;

import java.util.Locale;

/// What kind of happening a timeline row records. The lower-case [#id()] is the contract value used
/// in `pmw analyze --json`, `pmw timeline --format json` and project files.
public enum EventKind {
    ALERT_TRIGGERED("alert_triggered", "Alert"),
    ALERT_WARN("alert_warn", "Alert warn"),
    ALERT_RECOVERED("alert_recovered", "Recovered"),
    PAGE("page", "Page"),
    NOTIFY("notify", "Notify"),
    ACKNOWLEDGE("acknowledge", "Ack"),
    ESCALATE("escalate", "Escalate"),
    DECLARE("declare", "Declared"),
    DEPLOY("deploy", "Deploy"),
    ROLLBACK("rollback", "Rollback"),
    CONFIG_CHANGE("config_change", "Config"),
    COMMIT("commit", "Commit"),
    JOB("job", "Job"),
    CHAT("chat", "Chat"),
    LOG("log", "Log"),
    LOG_BURST("log_burst", "Burst"),
    METRIC("metric", "Metric"),
    NOTE("note", "Note"),
    STATUS_CHANGE("status_change", "Status"),
    RESOLVE("resolve", "Resolved"),
    OTHER("other", "Other");

    private final String id;
    private final String label;

    EventKind(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    /// Short human label for tables and chips.
    public String label() {
        return label;
    }

    /// A change to the system: what can trigger an incident or mitigate one.
    public boolean isChange() {
        return this == DEPLOY || this == ROLLBACK || this == CONFIG_CHANGE || this == COMMIT || this == JOB;
    }

    /// An alerting or paging state transition.
    public boolean isAlerting() {
        return this == ALERT_TRIGGERED || this == ALERT_WARN || this == ALERT_RECOVERED || this == PAGE
                || this == NOTIFY || this == ACKNOWLEDGE || this == ESCALATE || this == RESOLVE;
    }

    public static EventKind fromId(String id) {
        String s = id.trim().toLowerCase(Locale.ROOT);
        for (EventKind k : values()) {
            if (k.id.equals(s) || k.name().equalsIgnoreCase(s)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown event kind: " + id);
    }
}
