package dev.pmw.timeline.edit;

import dev.pmw.model.Event;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/// Short human names for rows and values in history lines. Times are UTC, the one zone every
/// history line can agree on.
final class Describe {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter FULL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final int MAX = 40;

    private Describe() {
    }

    /// “Found it: payment-service HikariPool is…” (02:17:14)
    static String row(Event e) {
        String text = e.text().isBlank() ? e.kind().label() : e.text();
        return quote(text) + " (" + CLOCK.format(e.time()) + ")";
    }

    static String quote(String s) {
        String one = s.strip().replaceAll("\\s+", " ");
        return "“" + (one.length() > MAX ? one.substring(0, MAX - 1) + "…" : one) + "”";
    }

    static String time(Instant t) {
        return FULL.format(t);
    }
}
