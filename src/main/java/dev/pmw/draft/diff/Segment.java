package dev.pmw.draft.diff;

/// A run of a word diff: text both versions share, or one change between them.
public sealed interface Segment {

    /// Text that is the same in both versions.
    record Same(String text) implements Segment {
    }

    /// One change, numbered in text order. A pure insertion has an empty `removed`, a pure deletion
    /// an empty `added`.
    ///
    /// @param index   0-based number among the diff's changes
    /// @param removed the current text's words that the proposal drops
    /// @param added   the proposal's words that replace them
    record Change(int index, String removed, String added) implements Segment {
        public boolean isInsertion() {
            return removed.isEmpty();
        }

        public boolean isDeletion() {
            return added.isEmpty();
        }
    }
}
