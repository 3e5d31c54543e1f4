package dev.pmw.timeline;

import dev.pmw.model.Event;
import dev.pmw.timeline.edit.Field;
import dev.pmw.timeline.edit.RelevanceOverride;

import java.util.List;
import java.util.Set;

/// What the user's edit layer did to a row, for markers in the table and the detail view.
///
/// @param origin     where the row comes from
/// @param original   the row as the source gave it (after clock corrections, before edits) — what
///                   "revert to source" restores and the detail view shows; null when it is the
///                   row's event itself (no field edits)
/// @param edited     fields the user changed ("edited" markers)
/// @param pinned     pinned by the user
/// @param hidden     hidden by the user
/// @param override   promoted/demoted by the user
/// @param note       the user's note, or null
/// @param mergedInto id of the row this one was merged into, or null
/// @param mergedFrom ids of the rows merged into this one (their sources stay reachable)
/// @param splitFrom  id of the burst this row is a part of, or null
/// @param lines      the part of the burst's log lines this row covers, or null for the whole burst
public record RowState(Origin origin, Event original, Set<Field> edited, boolean pinned, boolean hidden,
                       RelevanceOverride override, String note, String mergedInto, List<String> mergedFrom,
                       String splitFrom, LineSpan lines) {

    public enum Origin {
        /// Read from a source.
        SOURCE,
        /// Added by the user.
        MANUAL,
        /// The user edited it, but its source record is gone (re-imported source changed, or the
        /// burst it was a part of no longer exists): shown from the edit's snapshot, flagged.
        ORPHAN
    }

    /// Log lines of a burst with effective time in `[fromNanos, toNanos)` (source clock, epoch ns).
    public record LineSpan(long fromNanos, long toNanos) {
        public static final LineSpan ALL = new LineSpan(Long.MIN_VALUE, Long.MAX_VALUE);

        public boolean contains(long nanos) {
            return nanos >= fromNanos && nanos < toNanos;
        }
    }

    /// An untouched source row.
    public static final RowState SOURCE = new RowState(Origin.SOURCE, null, Set.of(), false, false,
            RelevanceOverride.AUTO, null, null, List.of(), null, null);

    public RowState {
        edited = edited == null || edited.isEmpty() ? Set.of() : Set.copyOf(edited);
        override = override == null ? RelevanceOverride.AUTO : override;
        mergedFrom = mergedFrom == null ? List.of() : List.copyOf(mergedFrom);
    }

    /// Any field changed: show the "edited" marker.
    public boolean isEdited() {
        return !edited.isEmpty();
    }

    /// Anything of the user's on this row (what "revert to source" would undo).
    public boolean hasUserChanges() {
        return isEdited() || pinned || hidden || override != RelevanceOverride.AUTO || note != null
                || mergedInto != null || !mergedFrom.isEmpty() || splitFrom != null;
    }
}
