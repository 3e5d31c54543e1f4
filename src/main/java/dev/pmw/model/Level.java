package dev.pmw.model;

import java.util.Locale;

/// Normalised severity of a log line or event. Vendor scales (bunyan/pino numbers, syslog
/// priorities, GCP severities, Datadog statuses, OTLP severity numbers) all map onto this.
public enum Level {
    UNKNOWN, TRACE, DEBUG, INFO, WARN, ERROR, FATAL;

    private static final Level[] VALUES = values();

    public boolean atLeast(Level other) {
        return ordinal() >= other.ordinal();
    }

    public static Level ofOrdinal(int ordinal) {
        return VALUES[ordinal];
    }

    /// Parses textual levels of every logger family we know; unknown text gives [#UNKNOWN].
    public static Level parse(String text) {
        if (text == null || text.isEmpty()) {
            return UNKNOWN;
        }
        String s = text.trim().toLowerCase(Locale.ROOT);
        return switch (s) {
            case "trace", "verbose", "finest", "finer", "10" -> TRACE;
            case "debug", "fine", "config", "dbg", "7", "100", "20" -> DEBUG;
            case "info", "information", "informational", "notice", "ok", "default", "i", "inf", "6", "5", "200",
                 "300", "30", "success" -> INFO;
            case "warn", "warning", "wrn", "w", "4", "400", "40" -> WARN;
            case "error", "err", "e", "eror", "severe", "3", "500", "50", "failure", "critical_error" -> ERROR;
            case "fatal", "critical", "crit", "alert", "emerg", "emergency", "panic", "dpanic", "f", "0", "1", "2",
                 "600", "700", "800", "60" -> FATAL;
            default -> UNKNOWN;
        };
    }

    /// bunyan/pino numeric levels (10 trace … 60 fatal).
    public static Level ofBunyan(int n) {
        if (n >= 60) return FATAL;
        if (n >= 50) return ERROR;
        if (n >= 40) return WARN;
        if (n >= 30) return INFO;
        if (n >= 20) return DEBUG;
        return TRACE;
    }

    /// syslog / journald PRIORITY 0..7.
    public static Level ofSyslog(int p) {
        if (p <= 2) return FATAL;
        if (p == 3) return ERROR;
        if (p == 4) return WARN;
        if (p <= 6) return INFO;
        return DEBUG;
    }

    /// OTLP severityNumber 1..24.
    public static Level ofOtlp(int n) {
        if (n <= 0) return UNKNOWN;
        if (n <= 4) return TRACE;
        if (n <= 8) return DEBUG;
        if (n <= 12) return INFO;
        if (n <= 16) return WARN;
        if (n <= 20) return ERROR;
        return FATAL;
    }
}
