package dev.pmw.cli;

import dev.pmw.model.Event;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/// Small text helpers for terminal output.
final class Text {
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private Text() {
    }

    static String utc(Instant t) {
        return t == null ? "—" : UTC.format(t);
    }

    static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    static String oneLine(Event e) {
        String t = e.text().replaceAll("\\s+", " ").strip();
        return e.count() > 1 ? String.format("%,d × %s", e.count(), t) : t;
    }
}
