package dev.pmw.timeline;

import dev.pmw.model.Event;

/// A timeline row: the event as shown, why it is shown or hidden, and which source it came from.
///
/// @param event     the event (with the user's edits applied, once edits exist)
/// @param relevance score, reasons and the rule that hides it
/// @param source    index of the source in [Timeline#sources()], or -1 for manual rows
public record Row(Event event, Relevance relevance, int source) {
    public String id() {
        return event.id();
    }

    public boolean isKey() {
        return relevance.isKey();
    }
}
