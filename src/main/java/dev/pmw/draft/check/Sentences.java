package dev.pmw.draft.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/// Splits a section's Markdown into the sentences claims are checked in. Headings are skipped;
/// list items (with their continuation lines) and table rows are units of their own, so the
/// citations at the end of a bullet cover the whole bullet; a paragraph splits at `.`, `!` or `?`
/// followed by a space — but not inside `26.5`, `v3.8.0`, `e.g.` or before a lower-case word —
/// and a citation right after the full stop (`… at 02:12. [e-…]`) stays with its sentence.
final class Sentences {
    /// Words whose full stop does not end a sentence even before a capital ("Dr. Ortega").
    private static final Set<String> ABBREVIATIONS = Set.of("e.g", "i.e", "eg", "ie", "vs", "approx", "mr", "mrs",
            "ms", "dr", "cf", "ca");

    private Sentences() {
    }

    /// Start and end (exclusive) of each sentence, trimmed.
    static List<int[]> split(String text) {
        List<int[]> out = new ArrayList<>();
        int n = text.length();
        int para = -1;
        int paraEnd = -1;
        boolean item = false;
        int lineStart = 0;
        while (lineStart <= n) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            int c = lineStart;
            while (c < lineEnd && Character.isWhitespace(text.charAt(c))) {
                c++;
            }
            int marker = listContent(text, c, lineEnd);
            if (c == lineEnd || text.charAt(c) == '#' || text.charAt(c) == '|' || marker >= 0) {
                flush(text, para, paraEnd, item, out);
                para = -1;
                item = false;
                if (c < lineEnd && text.charAt(c) == '|' && !separatorRow(text, c, lineEnd)) {
                    add(text, c, lineEnd, out);
                } else if (marker >= 0) {
                    para = marker;
                    paraEnd = lineEnd;
                    item = true;
                }
            } else {
                if (para < 0) {
                    para = c;
                }
                paraEnd = lineEnd;
            }
            lineStart = lineEnd + 1;
        }
        flush(text, para, paraEnd, item, out);
        return out;
    }

    /// Where the content of a list item or quote starts, or -1 if the line is not one.
    private static int listContent(String s, int c, int end) {
        int i = c;
        if (i < end && (s.charAt(i) == '-' || s.charAt(i) == '*' || s.charAt(i) == '+' || s.charAt(i) == '>')) {
            i++;
        } else {
            while (i < end && Character.isDigit(s.charAt(i))) {
                i++;
            }
            if (i == c || i >= end || s.charAt(i) != '.' && s.charAt(i) != ')') {
                return -1;
            }
            i++;
        }
        if (i < end && s.charAt(i) != ' ') {
            return -1;
        }
        while (i < end && s.charAt(i) == ' ') {
            i++;
        }
        if (s.startsWith("[ ] ", i) || s.startsWith("[x] ", i)) {
            i += 4;
        }
        return i;
    }

    private static boolean separatorRow(String s, int c, int end) {
        for (int i = c; i < end; i++) {
            if ("|:- \t".indexOf(s.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    private static void flush(String s, int from, int to, boolean item, List<int[]> out) {
        if (from < 0) {
            return;
        }
        if (item) {
            add(s, from, to, out);
            return;
        }
        int start = from;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c != '.' && c != '!' && c != '?') {
                continue;
            }
            int j = i + 1;
            while (j < to && ")\"'”’.!?*_".indexOf(s.charAt(j)) >= 0) {
                j++;
            }
            if (j < to && !Character.isWhitespace(s.charAt(j))) {
                continue;
            }
            if (c == '.' && abbreviation(s, from, i)) {
                continue;
            }
            int k = skipSpace(s, j, to);
            if (k < to && Character.isLowerCase(s.charAt(k))) {
                continue;
            }
            int cit;
            while (k < to && (cit = CitationSpans.citationAt(s, k, to)) > 0) {
                j = cit;
                k = skipSpace(s, cit, to);
            }
            add(s, start, j, out);
            start = k;
            i = Math.max(i, k - 1);
        }
        add(s, start, to, out);
    }

    private static int skipSpace(String s, int i, int to) {
        while (i < to && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean abbreviation(String s, int from, int dot) {
        int b = dot;
        while (b > from && (Character.isLetter(s.charAt(b - 1)) || s.charAt(b - 1) == '.')) {
            b--;
        }
        String word = s.substring(b, dot).toLowerCase(Locale.ROOT);
        return word.length() == 1 || ABBREVIATIONS.contains(word);
    }

    private static void add(String s, int from, int to, List<int[]> out) {
        while (from < to && Character.isWhitespace(s.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(s.charAt(to - 1))) {
            to--;
        }
        if (to > from) {
            out.add(new int[]{from, to});
        }
    }
}
