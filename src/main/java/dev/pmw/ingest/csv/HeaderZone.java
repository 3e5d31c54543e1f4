package dev.pmw.ingest.csv;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;

/// The zone a column header names, as in `Time (UTC)`, `Date (Europe/Madrid)`, `Time (UTC+01:00)` or
/// `Time (CET)`: times in that column then carry a known zone instead of an assumed one.
public final class HeaderZone {
    private HeaderZone() {
    }

    /// The zone named by a header note, or null when the note names none.
    public static ZoneId of(String note) {
        if (note == null || note.isBlank()) {
            return null;
        }
        String n = note.strip();
        String u = n.toUpperCase(Locale.ROOT);
        if (u.equals("UTC") || u.equals("GMT") || u.equals("Z") || u.equals("ZULU")) {
            return ZoneOffset.UTC;
        }
        try {
            return ZoneId.of(n, ZoneId.SHORT_IDS);
        } catch (DateTimeException e) {
            try {
                return ZoneId.of(u.replace(" ", ""), ZoneId.SHORT_IDS);
            } catch (DateTimeException e2) {
                return null;
            }
        }
    }
}
