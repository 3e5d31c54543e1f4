package dev.pmw.ui.timeline;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/// Time formatting for the table: clock time in the chosen zone, and `T+hh:mm:ss` from a reference.
public final class TimeText {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final DateTimeFormatter DATE_CLOCK = DateTimeFormatter.ofPattern("MMM dd HH:mm:ss");

    private TimeText() {
    }

    public static String clock(Instant t, ZoneId zone, boolean withDate) {
        return (withDate ? DATE_CLOCK : CLOCK).withZone(zone).format(t);
    }

    public static String relative(Instant t, Instant reference) {
        if (reference == null) {
            return "";
        }
        Duration d = Duration.between(reference, t);
        String sign = d.isNegative() ? "−" : "+";
        long s = Math.abs(d.getSeconds());
        if (s >= 86_400 * 2) {
            return "T" + sign + (s / 86_400) + "d";
        }
        return String.format("T%s%02d:%02d:%02d", sign, s / 3600, (s / 60) % 60, s % 60);
    }
}
