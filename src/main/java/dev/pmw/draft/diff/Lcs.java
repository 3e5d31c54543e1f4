package dev.pmw.draft.diff;

import java.util.ArrayList;
import java.util.List;

/// Longest common subsequence of two token lists, turned into runs of equal and differing tokens.
/// The common prefix and suffix are set aside first (most proposals change the middle of a text),
/// so the quadratic table covers only what differs.
final class Lcs {
    private Lcs() {
    }

    static List<WordDiff.Run> runs(List<String> a, List<String> b) {
        int prefix = 0;
        while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.size() - prefix && suffix < b.size() - prefix
                && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
            suffix++;
        }
        Builder out = new Builder();
        for (int i = 0; i < prefix; i++) {
            out.same(a.get(i));
        }
        middle(a.subList(prefix, a.size() - suffix), b.subList(prefix, b.size() - suffix), out);
        for (int i = a.size() - suffix; i < a.size(); i++) {
            out.same(a.get(i));
        }
        return out.runs();
    }

    /// The classic table: `len[i][j]` = LCS length of `a[i..]` and `b[j..]`, then a walk from the
    /// start that prefers deletions before insertions (a change reads "old → new").
    private static void middle(List<String> a, List<String> b, Builder out) {
        int n = a.size();
        int m = b.size();
        int[][] len = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                len[i][j] = a.get(i).equals(b.get(j)) ? len[i + 1][j + 1] + 1 : Math.max(len[i + 1][j], len[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.get(i).equals(b.get(j))) {
                out.same(a.get(i));
                i++;
                j++;
            } else if (j >= m || i < n && len[i + 1][j] >= len[i][j + 1]) {
                out.removed(a.get(i++));
            } else {
                out.added(b.get(j++));
            }
        }
    }

    /// Collects tokens into runs.
    private static final class Builder {
        private final List<WordDiff.Run> runs = new ArrayList<>();
        private final StringBuilder same = new StringBuilder();
        private final StringBuilder removed = new StringBuilder();
        private final StringBuilder added = new StringBuilder();

        void same(String t) {
            flushChange();
            same.append(t);
        }

        void removed(String t) {
            flushSame();
            removed.append(t);
        }

        void added(String t) {
            flushSame();
            added.append(t);
        }

        private void flushSame() {
            if (!same.isEmpty()) {
                runs.add(new WordDiff.Run(true, same.toString(), same.toString()));
                same.setLength(0);
            }
        }

        private void flushChange() {
            if (!removed.isEmpty() || !added.isEmpty()) {
                runs.add(new WordDiff.Run(false, removed.toString(), added.toString()));
                removed.setLength(0);
                added.setLength(0);
            }
        }

        List<WordDiff.Run> runs() {
            flushSame();
            flushChange();
            return runs;
        }
    }
}
