package dev.pmw.timeline.query;

import dev.pmw.model.EventKind;
import dev.pmw.model.Level;

import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;

/// One query turned into bit masks, lookup tables and compiled text tests over a [TimelineIndex].
/// Cheap column tests run first; the text test only on rows that pass them.
final class RowMatcher {
    private final TimelineIndex ix;
    private final boolean keyOnly;
    private final int kindMask;
    private final int levelMask;
    private final boolean[] sourceOk;
    private final boolean[] actorOk;
    private final int flagMask;
    private final int flagWant;
    private final long from;
    private final long to;
    private final String[] terms;
    private final RegexPlan regex;
    private final BooleanSupplier stop;

    RowMatcher(TimelineIndex ix, TimelineQuery q, BooleanSupplier stop) {
        this.ix = ix;
        this.stop = stop;
        this.keyOnly = q.keyOnly();
        int km = 0;
        for (EventKind k : q.kinds()) {
            km |= 1 << k.ordinal();
        }
        this.kindMask = km;
        int lm = 0;
        for (Level l : q.levels()) {
            lm |= 1 << l.ordinal();
        }
        this.levelMask = lm;
        if (q.sources().isEmpty()) {
            sourceOk = null;
        } else {
            sourceOk = new boolean[ix.sourceNames.size()];
            for (int i = 0; i < sourceOk.length; i++) {
                sourceOk[i] = q.sources().contains(ix.sourceNames.get(i));
            }
        }
        if (q.actors().isEmpty()) {
            actorOk = null;
        } else {
            actorOk = new boolean[ix.actorNames.size()];
            for (int i = 0; i < actorOk.length; i++) {
                actorOk[i] = q.actors().contains(ix.actorNames.get(i));
            }
        }
        int mask = 0;
        int want = 0;
        if (q.pinned() != TimelineQuery.Flag.ANY) {
            mask |= TimelineIndex.PINNED;
            want |= q.pinned() == TimelineQuery.Flag.ONLY ? TimelineIndex.PINNED : 0;
        }
        if (q.edited() != TimelineQuery.Flag.ANY) {
            mask |= TimelineIndex.EDITED;
            want |= q.edited() == TimelineQuery.Flag.ONLY ? TimelineIndex.EDITED : 0;
        }
        this.flagMask = mask;
        this.flagWant = want;
        this.from = q.from() == null ? Long.MIN_VALUE : TimelineIndex.nanos(q.from());
        this.to = q.to() == null ? Long.MAX_VALUE : TimelineIndex.nanos(q.to());
        this.regex = q.regex() && q.hasText() ? RegexPlan.of(q.text()) : null;
        this.terms = regex == null ? q.terms() : new String[0];
    }

    /// Matches in `[lo, hi)`: `{all criteria, all but key-only}`.
    int[][] scan(int lo, int hi) {
        int[] hits = new int[hi - lo];
        int[] wide = keyOnly ? new int[hi - lo] : null;
        int n = 0;
        int w = 0;
        Matcher[] m = regex == null ? null : regex.matchers();
        StoppableChars chars = regex == null ? null : new StoppableChars(stop);
        for (int i = lo; i < hi; i++) {
            if (!columnsMatch(i) || !textMatches(i, m, chars)) {
                continue;
            }
            if (keyOnly) {
                wide[w++] = i;
                if ((ix.flags[i] & TimelineIndex.KEY) == 0) {
                    continue;
                }
            }
            hits[n++] = i;
        }
        return new int[][] {java.util.Arrays.copyOf(hits, n), keyOnly ? java.util.Arrays.copyOf(wide, w) : null};
    }

    private boolean columnsMatch(int i) {
        if (kindMask != 0 && (kindMask & 1 << ix.kind[i]) == 0) {
            return false;
        }
        if (levelMask != 0 && (levelMask & 1 << ix.level[i]) == 0) {
            return false;
        }
        if (sourceOk != null && !sourceOk[ix.source[i]]) {
            return false;
        }
        if (actorOk != null && !actorOk[ix.actor[i]]) {
            return false;
        }
        if ((ix.flags[i] & flagMask) != flagWant) {
            return false;
        }
        return ix.end[i] >= from && ix.start[i] <= to;
    }

    private boolean textMatches(int i, Matcher[] m, StoppableChars chars) {
        String h = ix.haystack[i];
        if (m != null) {
            return regex.find(h, chars.of(h), m);
        }
        for (String t : terms) {
            if (!h.contains(t)) {
                return false;
            }
        }
        return true;
    }

    /// Lets a runaway regular expression (catastrophic backtracking) notice that the run was
    /// cancelled: every 64 Ki character reads it asks `stop`.
    private static final class StoppableChars implements CharSequence {
        private final BooleanSupplier stop;
        private String s = "";
        private int reads;

        StoppableChars(BooleanSupplier stop) {
            this.stop = stop;
        }

        StoppableChars of(String text) {
            this.s = text;
            return this;
        }

        @Override
        public int length() {
            return s.length();
        }

        @Override
        public char charAt(int index) {
            if ((++reads & 0xffff) == 0 && stop.getAsBoolean()) {
                throw new QueryCancelledException();
            }
            return s.charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return s.substring(start, end);
        }

        @Override
        public String toString() {
            return s;
        }
    }
}
