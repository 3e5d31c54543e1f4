package dev.pmw.ui.ai;

import dev.pmw.draft.check.SentenceCheck;
import dev.pmw.draft.check.Status;
import dev.pmw.draft.diff.Segment;
import dev.pmw.draft.diff.WordDiff;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/// How a word diff reads in the proposal view: the shared text plain, each change as its removed
/// words (struck through) followed by its added words, the changes chosen for "Accept selected"
/// boxed, and the proposal's unsupported or contradicted sentences underlined with their reason.
/// Pure layout (style-class names per run), so the view only paints it.
///
/// @param text the text shown
/// @param runs consecutive runs covering `text`
public record DiffLayout(String text, List<Run> runs) {
    public static final String REMOVED = "diff-removed";
    public static final String ADDED = "diff-added";
    public static final String SELECTED = "diff-selected";
    public static final String CONTRADICTED = "claim-contradicted";
    public static final String UNSUPPORTED = "claim-unsupported";

    /// @param length  characters
    /// @param classes style classes
    /// @param change  the change it belongs to, or -1 for shared text
    /// @param reason  why the sentence it is in was flagged, or null
    public record Run(int length, Set<String> classes, int change, String reason) {
    }

    /// @param flagged the flagged sentences of the proposal's text (positions in the proposal), or none
    public static DiffLayout of(WordDiff diff, Set<Integer> selected, List<SentenceCheck> flagged) {
        Builder b = new Builder(flagged);
        for (Segment s : diff.segments()) {
            switch (s) {
                case Segment.Same same -> b.proposalText(same.text(), Set.of(), -1);
                case Segment.Change c -> {
                    Set<String> mark = selected.contains(c.index()) ? Set.of(SELECTED) : Set.of();
                    b.removedText(c.removed(), with(mark, REMOVED), c.index());
                    b.proposalText(c.added(), with(mark, ADDED), c.index());
                }
            }
        }
        return new DiffLayout(b.text.toString(), List.copyOf(b.runs));
    }

    /// The change at a position of the shown text, or -1.
    public int changeAt(int position) {
        int at = 0;
        for (Run r : runs) {
            if (position >= at && position < at + r.length()) {
                return r.change();
            }
            at += r.length();
        }
        return -1;
    }

    /// Why the text at a position is flagged, or null.
    public String reasonAt(int position) {
        int at = 0;
        for (Run r : runs) {
            if (position >= at && position < at + r.length()) {
                return r.reason();
            }
            at += r.length();
        }
        return null;
    }

    private static Set<String> with(Set<String> a, String b) {
        Set<String> out = new LinkedHashSet<>(a);
        out.add(b);
        return out;
    }

    private static final class Builder {
        final StringBuilder text = new StringBuilder();
        final List<Run> runs = new ArrayList<>();
        final List<SentenceCheck> flagged;
        int proposalPos;

        Builder(List<SentenceCheck> flagged) {
            this.flagged = flagged;
        }

        void removedText(String s, Set<String> classes, int change) {
            add(s, classes, change, null);
        }

        /// Text that is part of the proposal: split where flagged sentences begin and end.
        void proposalText(String s, Set<String> classes, int change) {
            int from = 0;
            while (from < s.length()) {
                int pos = proposalPos + from;
                SentenceCheck in = flaggedAt(pos);
                int to = s.length();
                for (SentenceCheck f : flagged) {
                    for (int edge : new int[] {f.start(), f.end()}) {
                        if (edge > pos && edge - proposalPos < to) {
                            to = edge - proposalPos;
                        }
                    }
                }
                Set<String> cls = in == null ? classes
                        : with(classes, in.status() == Status.CONTRADICTED ? CONTRADICTED : UNSUPPORTED);
                add(s.substring(from, to), cls, change, in == null ? null : in.reason());
                from = to;
            }
            proposalPos += s.length();
        }

        private SentenceCheck flaggedAt(int pos) {
            for (SentenceCheck f : flagged) {
                if (pos >= f.start() && pos < f.end()) {
                    return f;
                }
            }
            return null;
        }

        private void add(String s, Set<String> classes, int change, String reason) {
            if (!s.isEmpty()) {
                text.append(s);
                runs.add(new Run(s.length(), Set.copyOf(classes), change, reason));
            }
        }
    }
}
