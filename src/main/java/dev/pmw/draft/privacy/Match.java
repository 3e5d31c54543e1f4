package dev.pmw.draft.privacy;

/// A value a detector found: `text.substring(start, end)` is what gets replaced.
record Match(int start, int end, Category category) {
    int length() {
        return end - start;
    }

    boolean overlaps(Match o) {
        return start < o.end && o.start < end;
    }
}
