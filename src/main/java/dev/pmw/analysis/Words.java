package dev.pmw.analysis;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/// Plain-language pieces for rules, reasons and questions. Times are written in UTC and say so:
/// the display zone is the UI's business, these texts are stored and exported as they are.
final class Words {
    private static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter HMS = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY_HM = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private Words() {
    }

    /// "02:03"
    static String hm(Instant t) {
        return HM.format(t);
    }

    /// "02:03:05"
    static String hms(Instant t) {
        return HMS.format(t);
    }

    /// "2026-02-13 11:31"
    static String dayHm(Instant t) {
        return DAY_HM.format(t);
    }

    /// "02:03 UTC", or "2026-02-13 11:31 UTC" when `t` is on another day than `ref`.
    static String at(Instant t, Instant ref) {
        boolean sameDay = ref != null && t.truncatedTo(java.time.temporal.ChronoUnit.DAYS)
                .equals(ref.truncatedTo(java.time.temporal.ChronoUnit.DAYS));
        return (sameDay ? hm(t) : dayHm(t)) + " UTC";
    }

    /// "45 s", "9 min", "3 h 16 min", "2 d 14 h", rounded to the nearest unit shown.
    static String span(Duration d) {
        long s = Math.abs(d.toSeconds());
        if (s < 60) {
            return s + " s";
        }
        long min = (s + 30) / 60;
        if (min < 60) {
            return min + " min";
        }
        if (min < 48 * 60) {
            return min / 60 + " h" + (min % 60 == 0 ? "" : " " + min % 60 + " min");
        }
        long h = (min + 30) / 60;
        return h / 24 + " d" + (h % 24 == 0 ? "" : " " + h % 24 + " h");
    }

    static String span(Instant a, Instant b) {
        return span(Duration.between(a, b));
    }

    /// "0.8%"
    static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    static String cut(String s, int max) {
        String t = s.replaceAll("\\s+", " ").strip();
        return t.length() <= max ? t : t.substring(0, max - 1) + "…";
    }
}
