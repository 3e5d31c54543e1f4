package dev.pmw.ingest.logs;

import dev.pmw.model.Level;

/// Level normalisation without allocation for the spellings logs actually use, with the
/// vendor scales of formats.md §2.1: bunyan/pino numbers (10 … 60), syslog/journald PRIORITY (0 … 7),
/// OTLP severityNumber (1 … 24), GCP severities (DEFAULT … EMERGENCY, or 0 … 800).
final class Levels {
    /// How a number in a level field is to be read.
    static final int TEXT = 0;
    static final int BUNYAN = 1;
    static final int SYSLOG = 2;
    static final int OTLP = 3;
    static final int GCP = 4;

    private Levels() {
    }

    /// The level of `c[off, off+len)` read on `scale`, or null when the text is not a level.
    static Level of(char[] c, int off, int len, int scale) {
        if (len == 0) {
            return null;
        }
        if (c[off] >= '0' && c[off] <= '9') {
            int n = 0;
            for (int i = off; i < off + len; i++) {
                char ch = c[i];
                if (ch < '0' || ch > '9' || i - off > 6) {
                    return null;
                }
                n = n * 10 + (ch - '0');
            }
            return ofNumber(n, scale);
        }
        Level l = word(c, off, len);
        if (l != null) {
            return l;
        }
        Level parsed = Level.parse(new String(c, off, len));
        return parsed == Level.UNKNOWN ? prefix(c, off, len) : parsed;
    }

    static Level ofNumber(long n, int scale) {
        return switch (scale) {
            case SYSLOG -> n >= 0 && n <= 7 ? Level.ofSyslog((int) n) : null;
            case OTLP -> n >= 1 && n <= 24 ? Level.ofOtlp((int) n) : null;
            case GCP -> n >= 800 ? Level.FATAL : n >= 600 ? Level.FATAL : n >= 500 ? Level.ERROR : n >= 400 ? Level.WARN
                    : n >= 200 ? Level.INFO : n >= 100 ? Level.DEBUG : n == 0 ? Level.INFO : null;
            default -> n >= 10 ? Level.ofBunyan((int) n) : n >= 0 && n <= 7 ? Level.ofSyslog((int) n) : null;
        };
    }

    private static Level word(char[] c, int off, int len) {
        switch (c[off] | 0x20) {
            case 'i':
                if (is(c, off, len, "info") || is(c, off, len, "information") || is(c, off, len, "informational")) {
                    return Level.INFO;
                }
                break;
            case 'e':
                if (is(c, off, len, "error") || is(c, off, len, "err")) {
                    return Level.ERROR;
                }
                if (is(c, off, len, "emerg") || is(c, off, len, "emergency")) {
                    return Level.FATAL;
                }
                break;
            case 'w':
                if (is(c, off, len, "warn") || is(c, off, len, "warning")) {
                    return Level.WARN;
                }
                break;
            case 'd':
                if (is(c, off, len, "debug") || is(c, off, len, "dbg")) {
                    return Level.DEBUG;
                }
                if (is(c, off, len, "default")) {
                    return Level.INFO;
                }
                break;
            case 't':
                if (is(c, off, len, "trace")) {
                    return Level.TRACE;
                }
                break;
            case 'f':
                if (is(c, off, len, "fatal")) {
                    return Level.FATAL;
                }
                break;
            case 'c':
                if (is(c, off, len, "critical") || is(c, off, len, "crit")) {
                    return Level.FATAL;
                }
                break;
            case 'n':
                if (is(c, off, len, "notice")) {
                    return Level.INFO;
                }
                break;
            case 'v':
                if (is(c, off, len, "verbose")) {
                    return Level.TRACE;
                }
                break;
            default:
                break;
        }
        return null;
    }

    /// Custom levels named after a standard one: `DEBUG5`, `WARNING2`, `ERR_X`.
    private static Level prefix(char[] c, int off, int len) {
        if (starts(c, off, len, "debug")) return Level.DEBUG;
        if (starts(c, off, len, "trace")) return Level.TRACE;
        if (starts(c, off, len, "info")) return Level.INFO;
        if (starts(c, off, len, "warn")) return Level.WARN;
        if (starts(c, off, len, "err")) return Level.ERROR;
        if (starts(c, off, len, "fatal") || starts(c, off, len, "crit")) return Level.FATAL;
        return null;
    }

    private static boolean is(char[] c, int off, int len, String lower) {
        return len == lower.length() && starts(c, off, len, lower);
    }

    private static boolean starts(char[] c, int off, int len, String lower) {
        if (len < lower.length()) {
            return false;
        }
        for (int i = 0; i < lower.length(); i++) {
            char ch = c[off + i];
            if (ch >= 'A' && ch <= 'Z') {
                ch = (char) (ch + 32);
            }
            if (ch != lower.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /// A level word near the start of free text ("ERROR foo", "[warn] x", "level=error", klog's
    /// "E0416 06:21:30"), for text logs that carry no level field. Null when none is found.
    static Level guess(String text) {
        int n = Math.min(text.length(), 48);
        int i = 0;
        while (i < n) {
            while (i < n && !Character.isLetter(text.charAt(i))) {
                i++;
            }
            int s = i;
            while (i < n && Character.isLetter(text.charAt(i))) {
                i++;
            }
            int len = i - s;
            if (len == 0) {
                break;
            }
            if (s == 0 && len == 1 && text.length() > 5 && Character.isDigit(text.charAt(1))) {
                char k = text.charAt(0); // klog: I0416, W0416, E0416, F0416
                Level l = switch (k) {
                    case 'I' -> Level.INFO;
                    case 'W' -> Level.WARN;
                    case 'E' -> Level.ERROR;
                    case 'F' -> Level.FATAL;
                    default -> null;
                };
                if (l != null) {
                    return l;
                }
            }
            if (len >= 3 && len <= 8) {
                String w = text.substring(s, i);
                boolean upper = w.equals(w.toUpperCase(java.util.Locale.ROOT));
                boolean bracketed = s > 0 && (text.charAt(s - 1) == '[' || text.charAt(s - 1) == '=');
                if (upper || bracketed) {
                    Level l = word(w.toCharArray(), 0, len);
                    if (l != null) {
                        return l;
                    }
                }
            }
        }
        return null;
    }
}
