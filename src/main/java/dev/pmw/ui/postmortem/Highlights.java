package dev.pmw.ui.postmortem;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/// Turns overlapping marks into the editor's style runs: consecutive stretches of text, each with
/// the style classes of every mark over it (a wrong value inside a contradicted sentence is both).
public final class Highlights {
    /// A stretch of text and its style classes (empty: plain text).
    public record Run(int length, Set<String> styles) {
    }

    private Highlights() {
    }

    /// Runs covering `[0, length)` exactly; marks reaching past the text are cut.
    public static List<Run> runs(int length, List<Mark> marks) {
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, length));
        for (Mark m : marks) {
            cuts.add(clamp(m.start(), length));
            cuts.add(clamp(m.end(), length));
        }
        List<Run> out = new ArrayList<>();
        Integer from = cuts.first();
        for (Integer to : cuts.tailSet(from, false)) {
            Set<String> styles = new TreeSet<>();
            for (Mark m : marks) {
                if (m.start() <= from && m.end() >= to && m.start() < m.end()) {
                    styles.add(m.kind().styleClass());
                }
            }
            if (!out.isEmpty() && out.getLast().styles().equals(styles)) {
                out.set(out.size() - 1, new Run(out.getLast().length() + to - from, styles));
            } else {
                out.add(new Run(to - from, Set.copyOf(styles)));
            }
            from = to;
        }
        return out;
    }

    private static int clamp(int v, int length) {
        return Math.max(0, Math.min(v, length));
    }
}
