package dev.pmw.timeline;

import dev.pmw.model.Event;
import dev.pmw.timeline.edit.Field;

/// A timeline row: the event as shown (the user's edits applied), why it is shown or hidden,
/// which source it came from, and what the user did to it.
///
/// @param event     the event with the user's field edits applied
/// @param relevance score, reasons and the rule that hides it (user overrides included)
/// @param source    index of the source in [Timeline#sources()], or -1 for added rows and orphans
///                  whose source is gone
/// @param state     edit markers: edited fields, pin, hide, note, merge, added, orphaned
public record Row(Event event, Relevance relevance, int source, RowState state) {

    public Row {
        state = state == null ? RowState.SOURCE : state;
    }

    public Row(Event event, Relevance relevance, int source) {
        this(event, relevance, source, RowState.SOURCE);
    }

    public String id() {
        return event.id();
    }

    public boolean isKey() {
        return relevance.isKey();
    }

    /// The row as its source gave it: what "revert to source" restores.
    public Event original() {
        return state.original() != null ? state.original() : event;
    }

    /// Any of time, text, kind or actor changed by the user.
    public boolean isEdited() {
        return state.isEdited();
    }

    public boolean isEdited(Field f) {
        return state.edited().contains(f);
    }

    public boolean isPinned() {
        return state.pinned();
    }

    public boolean isManual() {
        return state.origin() == RowState.Origin.MANUAL;
    }

    public boolean isOrphaned() {
        return state.origin() == RowState.Origin.ORPHAN;
    }

    /// Merged into another row (hidden; see [RowState#mergedInto()]).
    public boolean isMerged() {
        return state.mergedInto() != null;
    }
}
