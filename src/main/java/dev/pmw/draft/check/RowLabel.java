package dev.pmw.draft.check;

import dev.pmw.model.Event;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/// How a cited row is named in a message: "02:12:00 Datadog alert".
final class RowLabel {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private RowLabel() {
    }

    static String of(Event e, ZoneId zone) {
        String t = CLOCK.format(e.time().atZone(zone));
        if (!zone.normalized().equals(ZoneOffset.UTC)) {
            t += " (" + CLOCK.format(e.time().atZone(ZoneOffset.UTC)) + " UTC)";
        }
        return t + " " + vendor(e.source().format()) + " " + kind(e);
    }

    static String vendor(String format) {
        if (format.startsWith("datadog-logs") || format.endsWith("-logs")) {
            return "log";
        }
        if (format.startsWith("datadog")) {
            return "Datadog";
        }
        if (format.startsWith("slack")) {
            return "Slack";
        }
        return switch (format) {
            case "pagerduty" -> "PagerDuty";
            case "opsgenie" -> "Opsgenie";
            case "git-log" -> "git";
            case "github-deployments" -> "GitHub";
            case "csv" -> "CSV";
            case "" -> "manual";
            default -> format;
        };
    }

    private static String kind(Event e) {
        return switch (e.kind()) {
            case ALERT_TRIGGERED, ALERT_WARN -> "alert";
            case ALERT_RECOVERED -> "recovery";
            case ACKNOWLEDGE -> "acknowledgement";
            case CHAT -> "message";
            case LOG -> "line";
            case LOG_BURST -> "burst";
            default -> e.kind().label().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
