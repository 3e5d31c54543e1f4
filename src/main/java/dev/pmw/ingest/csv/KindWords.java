package dev.pmw.ingest.csv;

import dev.pmw.model.EventKind;

import java.util.Locale;

/// Maps the free words of a status, type or kind column ("Triggered", "deployed", "ack",
/// "rolled back") to an [EventKind]. Words that say nothing map to null, so the caller keeps its
/// default.
public final class KindWords {
    private KindWords() {
    }

    public static EventKind of(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String s = value.strip().toLowerCase(Locale.ROOT);
        for (EventKind k : EventKind.values()) {
            if (k.id().equals(s)) {
                return k;
            }
        }
        if (s.contains("rollback") || s.contains("rolled back") || s.contains("revert")) {
            return EventKind.ROLLBACK;
        }
        if (s.contains("deploy") || s.contains("release")) {
            return EventKind.DEPLOY;
        }
        if (s.contains("config")) {
            return EventKind.CONFIG_CHANGE;
        }
        if (s.contains("commit")) {
            return EventKind.COMMIT;
        }
        if (s.contains("recover") || s.equals("ok")) {
            return EventKind.ALERT_RECOVERED;
        }
        if (s.contains("resolv") || s.contains("closed")) {
            return EventKind.RESOLVE;
        }
        if (s.contains("unack")) {
            return EventKind.STATUS_CHANGE;
        }
        if (s.contains("ack")) {
            return EventKind.ACKNOWLEDGE;
        }
        if (s.contains("escalat")) {
            return EventKind.ESCALATE;
        }
        if (s.contains("page") || s.contains("paged")) {
            return EventKind.PAGE;
        }
        if (s.contains("notif")) {
            return EventKind.NOTIFY;
        }
        if (s.contains("warn") || s.contains("no data")) {
            return EventKind.ALERT_WARN;
        }
        if (s.contains("trigger") || s.contains("alert") || s.contains("firing")) {
            return EventKind.ALERT_TRIGGERED;
        }
        if (s.contains("declare")) {
            return EventKind.DECLARE;
        }
        if (s.contains("note") || s.contains("comment")) {
            return EventKind.NOTE;
        }
        return null;
    }
}
