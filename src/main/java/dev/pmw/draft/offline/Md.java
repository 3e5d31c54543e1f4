package dev.pmw.draft.offline;

import dev.pmw.draft.ExportRedactor;
import dev.pmw.model.Event;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Pattern;

/// Markdown and wording helpers for drafted text: quoting evidence safely, times in UTC, durations.
final class Md {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);
    /// Markdown that means something anywhere in a line; `>` and `#` only do at its start, and
    /// escaping them everywhere left `(\> 100)` in the text the user reads and edits.
    private static final Pattern SPECIAL = Pattern.compile("([\\\\`*_\\[\\]<|~])");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final ExportRedactor SECRETS = new ExportRedactor(java.util.EnumSet.of(ExportRedactor.Kind.SECRET));

    private Md() {
    }

    /// Source text quoted inside drafted Markdown: one line, cut, every Markdown character escaped so
    /// the quote cannot start a list, a link, a citation or a table cell.
    static String quote(String text, int max) {
        String escaped = SPECIAL.matcher(plain(text, max)).replaceAll("\\\\$1");
        return escaped.startsWith(">") || escaped.startsWith("#") ? "\\" + escaped : escaped;
    }

    /// Plain text without chat markup (`*bold*`, backticks), one line, cut: for plain-text fields
    /// such as action items, which every export escapes for its own format.
    static String unmarked(String text, int max) {
        return plain(text == null ? "" : text.replace("`", "").replaceAll("\\*([^*\\s][^*]*)\\*", "$1"), max);
    }

    /// One line, cut at a word near `max`, not escaped.
    static String plain(String text, int max) {
        // secrets have no place in a postmortem, and a quote cut through one would leave part of it
        String s = SPACES.matcher(SECRETS.apply(text == null ? "" : text)).replaceAll(" ").strip();
        if (s.length() > max) {
            int cut = s.lastIndexOf(' ', max - 1);
            s = s.substring(0, cut > max / 2 ? cut : max - 1) + "…";
        }
        return s;
    }

    /// An event as quoted text: bursts as "7,371 × text".
    static String quote(Event e, int max) {
        String text = e.count() > 1 ? String.format(Locale.ROOT, "%,d × %s", e.count(), e.text()) : e.text();
        return quote(text, max);
    }

    /// `02:12:00 UTC`.
    static String time(Instant t) {
        return TIME.format(t) + " UTC";
    }

    /// `2026-02-16 02:12:00 UTC`.
    static String dateTime(Instant t) {
        return DATE_TIME.format(t) + " UTC";
    }

    static String clock(Instant t) {
        return TIME.format(t);
    }

    static String stamp(Instant t) {
        return DATE_TIME.format(t);
    }

    /// `7.5 minutes`, `1 minute`, `65.5 minutes`.
    static String minutes(double m) {
        double r = Math.round(m * 10) / 10.0;
        String n = r == Math.rint(r) ? Long.toString((long) r) : Double.toString(r);
        return n + (r == 1 ? " minute" : " minutes");
    }

    static String minutes(Instant from, Instant to) {
        return minutes(Duration.between(from, to).toMillis() / 60000.0);
    }

    /// A long span in words: `2 days 14 hours`, `5 hours 10 minutes`, `12 minutes`.
    static String span(Instant from, Instant to) {
        Duration d = Duration.between(from, to).abs();
        long days = d.toDays();
        long hours = d.toHoursPart();
        long mins = d.toMinutesPart();
        if (days > 0) {
            return plural(days, "day") + (hours > 0 ? " " + plural(hours, "hour") : "");
        }
        if (hours > 0) {
            return plural(hours, "hour") + (mins > 0 ? " " + plural(mins, "minute") : "");
        }
        return minutes(d.toMillis() / 60000.0);
    }

    /// `T+07:33`, `T−01:22`, `T−2d 14:32` relative to the impact start.
    static String relative(Instant t, Instant zero) {
        if (zero == null) {
            return "";
        }
        Duration d = Duration.between(zero, t);
        String sign = d.isNegative() ? "T−" : "T+";
        d = d.abs();
        long days = d.toDays();
        String hm = days > 0 ? String.format(Locale.ROOT, "%dd %02d:%02d", days, d.toHoursPart(), d.toMinutesPart())
                : d.toHours() > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", d.toHours(), d.toMinutesPart(), d.toSecondsPart())
                : String.format(Locale.ROOT, "%02d:%02d", d.toMinutesPart(), d.toSecondsPart());
        return sign + hm;
    }

    static String plural(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }

    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    static String todo(String prompt) {
        return "_To discuss:_ " + prompt;
    }
}
