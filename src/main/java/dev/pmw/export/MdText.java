package dev.pmw.export;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Pattern;

/// Plain text made safe for a Markdown line or table cell, and the time formats exports use.
final class MdText {
    private static final Pattern SPECIAL = Pattern.compile("([\\\\`*_\\[\\]<>|~#])");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private MdText() {
    }

    /// One line with every Markdown character escaped.
    static String escape(String text) {
        return SPECIAL.matcher(oneLine(text)).replaceAll("\\\\$1");
    }

    static String oneLine(String text) {
        return SPACES.matcher(text == null ? "" : text).replaceAll(" ").strip();
    }

    static String cut(String text, int max) {
        String s = oneLine(text);
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    /// `2026-02-16 02:12:00 UTC`.
    static String stamp(Instant t) {
        return t == null ? "" : STAMP.format(t) + " UTC";
    }

    static String minutes(Double m) {
        if (m == null) {
            return null;
        }
        double r = Math.round(m * 10) / 10.0;
        String n = r == Math.rint(r) ? Long.toString((long) r) : Double.toString(r);
        return n + (r == 1 ? " minute" : " minutes");
    }

    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
