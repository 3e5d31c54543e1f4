package dev.pmw.draft.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/// The inline citation form: `[e-3fa9c0d1b2e4]`, or several ids in one bracket
/// (`[e-3fa9c0d1b2e4, e-7k2m9q0w1x3z]`). Event ids are `e-` plus 12 base-32 characters (manual
/// rows `e-m` plus 11); the pattern accepts 4–24 so that a truncated or invented id is still seen
/// as a citation, and then reported as one that does not exist.
public final class Citations {
    public static final String ID = "e-[0-9a-z]{4,24}";
    /// The one definition of what a citation looks like; group 1 holds the id list.
    public static final Pattern CITATION = Pattern.compile("\\[(" + ID + "(?:\\s*[,;]\\s*" + ID + ")*)\\]");
    private static final Pattern ID_PATTERN = Pattern.compile(ID);

    /// One bracket: its position and the ids inside.
    public record Citation(int start, int end, List<String> ids) {
    }

    private Citations() {
    }

    /// The citation text for ids: `[e-1, e-2]`.
    public static String format(List<String> ids) {
        return "[" + String.join(", ", ids) + "]";
    }

    public static List<Citation> find(CharSequence text) {
        return find(text, 0, text.length());
    }

    public static List<Citation> find(CharSequence text, int from, int to) {
        List<Citation> out = new ArrayList<>();
        Matcher m = CITATION.matcher(text);
        for (int i = from; i < to; i++) {
            if (text.charAt(i) != '[') {
                continue;
            }
            m.region(i, to);
            if (m.lookingAt()) {
                List<String> ids = ID_PATTERN.matcher(m.group(1)).results().map(r -> r.group()).toList();
                out.add(new Citation(m.start(), m.end(), ids));
                i = m.end() - 1;
            }
        }
        return out;
    }

    /// Whether a citation starts exactly at `at`; returns its end, or -1.
    static int citationAt(CharSequence text, int at, int to) {
        Matcher m = CITATION.matcher(text).region(at, to);
        return m.lookingAt() ? m.end() : -1;
    }
}
