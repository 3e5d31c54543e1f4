package dev.pmw.draft.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/// A word-level diff of a proposal against the current text, as a list of [Segment]s, so that the
/// user can take some changes and leave others: [#apply(Set)] builds the text with the chosen
/// changes taken and the rest left as they were.
///
/// Computed as a longest common subsequence of tokens ([Tokens]) after the common prefix and suffix
/// are set aside; changes separated only by whitespace are merged into one, so that a rewritten
/// phrase is one change rather than one per word. A very large difference (more than
/// [#MAX_CELLS] token pairs) is compared sentence by sentence instead.
///
/// @param segments the runs in text order; changes are numbered 0…n-1
public record WordDiff(List<Segment> segments) {
    /// The most token pairs compared word by word (a 2,000 × 2,000-token rewrite).
    static final long MAX_CELLS = 4_000_000;

    public WordDiff {
        segments = List.copyOf(segments);
    }

    public static WordDiff of(String current, String proposal) {
        List<String> a = Tokens.of(current);
        List<String> b = Tokens.of(proposal);
        if ((long) a.size() * b.size() > MAX_CELLS) {
            a = Tokens.sentences(current);
            b = Tokens.sentences(proposal);
            if ((long) a.size() * b.size() > MAX_CELLS) {
                return new WordDiff(merge(List.of(new Run(false, current, proposal))));
            }
        }
        return new WordDiff(merge(Lcs.runs(a, b)));
    }

    /// The changes, in order.
    public List<Segment.Change> changes() {
        return segments.stream().filter(s -> s instanceof Segment.Change).map(s -> (Segment.Change) s).toList();
    }

    public boolean isEmpty() {
        return changes().isEmpty();
    }

    /// The current text with the changes whose index is in `taken` applied.
    public String apply(Set<Integer> taken) {
        StringBuilder sb = new StringBuilder();
        for (Segment s : segments) {
            switch (s) {
                case Segment.Same same -> sb.append(same.text());
                case Segment.Change c -> sb.append(taken.contains(c.index()) ? c.added() : c.removed());
            }
        }
        return sb.toString();
    }

    /// The current text (no change taken).
    public String current() {
        return apply(Set.of());
    }

    /// The proposal (every change taken).
    public String proposal() {
        StringBuilder sb = new StringBuilder();
        for (Segment s : segments) {
            switch (s) {
                case Segment.Same same -> sb.append(same.text());
                case Segment.Change c -> sb.append(c.added());
            }
        }
        return sb.toString();
    }

    /// A run of equal or differing tokens before merging: for a differing run, what each side has.
    record Run(boolean same, String removed, String added) {
    }

    /// Joins adjacent differing runs, and differing runs separated only by whitespace, into numbered
    /// changes.
    private static List<Segment> merge(List<Run> runs) {
        List<Segment> out = new ArrayList<>();
        StringBuilder removed = null;
        StringBuilder added = null;
        int index = 0;
        for (int i = 0; i < runs.size(); i++) {
            Run r = runs.get(i);
            boolean gapBetweenChanges = r.same() && r.removed().isBlank() && removed != null && i + 1 < runs.size()
                    && !runs.get(i + 1).same();
            if (!r.same() || gapBetweenChanges) {
                if (removed == null) {
                    removed = new StringBuilder();
                    added = new StringBuilder();
                }
                removed.append(r.removed());
                added.append(r.added());
                continue;
            }
            if (removed != null) {
                addChange(out, index++, removed.toString(), added.toString());
                removed = null;
                added = null;
            }
            addSame(out, r.removed());
        }
        if (removed != null) {
            addChange(out, index, removed.toString(), added.toString());
        }
        return out;
    }

    /// A change, with whitespace both sides begin or end with moved out of it (the alignment may
    /// pair either of two spaces; the change reads cleaner without).
    private static void addChange(List<Segment> out, int index, String removed, String added) {
        int lead = 0;
        while (lead < removed.length() && lead < added.length() && removed.charAt(lead) == added.charAt(lead)
                && Character.isWhitespace(removed.charAt(lead))) {
            lead++;
        }
        int trail = 0;
        while (trail < removed.length() - lead && trail < added.length() - lead
                && removed.charAt(removed.length() - 1 - trail) == added.charAt(added.length() - 1 - trail)
                && Character.isWhitespace(removed.charAt(removed.length() - 1 - trail))) {
            trail++;
        }
        addSame(out, removed.substring(0, lead));
        out.add(new Segment.Change(index, removed.substring(lead, removed.length() - trail),
                added.substring(lead, added.length() - trail)));
        addSame(out, removed.substring(removed.length() - trail));
    }

    private static void addSame(List<Segment> out, String text) {
        if (text.isEmpty()) {
            return;
        }
        if (!out.isEmpty() && out.getLast() instanceof Segment.Same s) {
            out.set(out.size() - 1, new Segment.Same(s.text() + text));
        } else {
            out.add(new Segment.Same(text));
        }
    }
}
