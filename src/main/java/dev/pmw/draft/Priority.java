package dev.pmw.draft;

/// Action item priority, as in the postmortem schema: P0 (do now, recurrence risk) to P2 (this quarter).
public enum Priority {
    P0, P1, P2;

    /// Days until due when an item is proposed: P0 within 2 days, P1 a week, P2 two weeks.
    public int daysToDue() {
        return switch (this) {
            case P0 -> 2;
            case P1 -> 7;
            case P2 -> 14;
        };
    }
}
