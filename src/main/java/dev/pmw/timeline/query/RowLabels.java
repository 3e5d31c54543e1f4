package dev.pmw.timeline.query;

import dev.pmw.model.Event;
import dev.pmw.model.SourceRef;
import dev.pmw.timeline.Row;

/// The short texts a row is shown with, shared by the table and the search so that what a user
/// reads is what they can find.
public final class RowLabels {
    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

    private RowLabels() {
    }

    /// `#channel` for chat, else the file name of the source.
    public static String source(Row r) {
        SourceRef s = r.event().source();
        if (s.origin() != null && s.format().startsWith("slack")) {
            return "#" + s.origin();
        }
        String name = SourceRef.fileName(s.file());
        return name.isEmpty() ? "manual" : name;
    }

    /// The event text on one line; bursts lead with their count ("7,371 × JWT verification failed").
    public static String text(Row r) {
        Event e = r.event();
        String t = oneLine(e.text());
        return e.count() > 1 ? String.format("%,d × %s", e.count(), t) : t;
    }

    /// Whitespace runs (line breaks, tabs) collapsed to one space, ends trimmed.
    public static String oneLine(String s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            boolean bad = c == ' ' ? i == 0 || i == n - 1 || s.charAt(i - 1) == ' ' : Character.isWhitespace(c);
            if (bad) {
                return WHITESPACE.matcher(s).replaceAll(" ").strip();
            }
        }
        return s;
    }
}
