package dev.pmw.draft.check;

import dev.pmw.draft.Citations;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/// Where the citations are in a text. The inline form is defined once, by
/// [Citations#PATTERN] (`[e-1h4j8k7qepn2]`, `[e-02kcmrf7yrn5, e-nsmyy96nbv59]`); this only adds
/// positions, which the checker needs for underlining.
final class CitationSpans {
    private static final Pattern ID = Pattern.compile("e-[0-9a-z]{3,24}");

    /// One bracket: its position and the ids inside.
    record Citation(int start, int end, List<String> ids) {
    }

    private CitationSpans() {
    }

    static List<Citation> find(CharSequence text, int from, int to) {
        List<Citation> out = new ArrayList<>();
        Matcher m = Citations.PATTERN.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        for (int i = from; i < to; i++) {
            if (text.charAt(i) != '[') {
                continue;
            }
            m.region(i, to);
            if (m.lookingAt()) {
                out.add(new Citation(m.start(), m.end(), ID.matcher(m.group(1)).results().map(r -> r.group()).toList()));
                i = m.end() - 1;
            }
        }
        return out;
    }

    /// Whether a citation starts exactly at `at`; returns its end, or -1.
    static int citationAt(CharSequence text, int at, int to) {
        Matcher m = Citations.PATTERN.matcher(text).useTransparentBounds(true).useAnchoringBounds(false).region(at, to);
        return m.lookingAt() ? m.end() : -1;
    }
}
