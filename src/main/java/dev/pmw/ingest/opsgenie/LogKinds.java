package dev.pmw.ingest.opsgenie;

import dev.pmw.model.EventKind;

import java.util.regex.Pattern;

/// Classifies an Opsgenie alert-log line ("Alert created via Datadog", "Alert acknowledged via web",
/// "Escalated to next …", "Alert closed by …", "Added note …", "Sent [SMS] notification to …") by
/// its words. Anything else (views, priority or tag changes) is a status change.
final class LogKinds {
    private static final Pattern UNACK = Pattern.compile("(?i)\\bun-?acknowledged\\b");
    private static final Pattern CREATED = Pattern.compile("(?i)\\b(alert )?created\\b");
    private static final Pattern ACK = Pattern.compile("(?i)\\backnowledged\\b");
    private static final Pattern CLOSED = Pattern.compile("(?i)\\b(closed|resolved)\\b");
    private static final Pattern ESCALATED = Pattern.compile("(?i)\\bescalat(ed|ion)\\b");
    private static final Pattern NOTE = Pattern.compile("(?i)\\b(added|updated) note\\b|\\bnote added\\b");
    private static final Pattern NOTIFIED = Pattern.compile("(?i)^(sent|notified)\\b|\\bnotification (was )?sent\\b");

    private LogKinds() {
    }

    static EventKind of(String log, String type) {
        if ("note".equalsIgnoreCase(type) || NOTE.matcher(log).find()) {
            return EventKind.NOTE;
        }
        if (UNACK.matcher(log).find()) {
            return EventKind.STATUS_CHANGE;
        }
        if (CREATED.matcher(log).find()) {
            return EventKind.PAGE;
        }
        if (ACK.matcher(log).find()) {
            return EventKind.ACKNOWLEDGE;
        }
        if (CLOSED.matcher(log).find()) {
            return EventKind.RESOLVE;
        }
        if (ESCALATED.matcher(log).find()) {
            return EventKind.ESCALATE;
        }
        if (NOTIFIED.matcher(log).find()) {
            return EventKind.NOTIFY;
        }
        return EventKind.STATUS_CHANGE;
    }
}
