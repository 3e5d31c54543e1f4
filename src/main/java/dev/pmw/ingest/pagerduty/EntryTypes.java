package dev.pmw.ingest.pagerduty;

import dev.pmw.model.EventKind;

import java.util.Locale;

/// The 17 PagerDuty log-entry types: what each means on the timeline, and the order in which
/// entries written in the same second happened. PagerDuty times have whole seconds, and a trigger,
/// its assignment and the first notifications routinely share one; the lifecycle order below
/// (trigger → urgency → assign/escalate → notify → acknowledge → notes and changes → resolve) puts
/// them right whatever order the file lists them in.
final class EntryTypes {
    private EntryTypes() {
    }

    /// `trigger_log_entry` → `trigger`; also accepts the short form used in CSV exports.
    static String base(String type) {
        if (type == null) {
            return "";
        }
        String t = type.strip().toLowerCase(Locale.ROOT);
        return t.endsWith("_log_entry") ? t.substring(0, t.length() - "_log_entry".length()) : t;
    }

    static EventKind kind(String type) {
        return switch (base(type)) {
            case "trigger" -> EventKind.PAGE;
            case "acknowledge" -> EventKind.ACKNOWLEDGE;
            case "resolve" -> EventKind.RESOLVE;
            case "notify" -> EventKind.NOTIFY;
            case "annotate" -> EventKind.NOTE;
            // handing the incident to the next responder or policy
            case "escalate", "delegate", "repeat_escalation_path" -> EventKind.ESCALATE;
            // state changes without a new responder: an ack undone or timed out, the initial or a
            // manual assignment, nobody left to escalate to, limits reached, snoozes, field edits
            case "unacknowledge", "assign", "exhaust_escalation_path", "reach_ack_limit", "reach_trigger_limit",
                 "snooze", "urgency_change", "field_value_change", "custom_field_value_change" -> EventKind.STATUS_CHANGE;
            default -> EventKind.OTHER;
        };
    }

    /// Position in the lifecycle, for entries that share a second.
    static int rank(String type) {
        return switch (base(type)) {
            case "trigger" -> 0;
            case "urgency_change" -> 1;
            case "assign" -> 2;
            case "escalate", "delegate", "repeat_escalation_path" -> 3;
            case "notify" -> 4;
            case "exhaust_escalation_path", "reach_trigger_limit" -> 5;
            case "acknowledge" -> 6;
            case "unacknowledge", "reach_ack_limit" -> 7;
            case "annotate", "snooze", "field_value_change", "custom_field_value_change" -> 8;
            case "resolve" -> 10;
            default -> 9;
        };
    }
}
