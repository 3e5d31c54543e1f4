package dev.pmw.draft.openai;

import java.time.Instant;

/// A key event as the model sees it.
///
/// @param id     the event id the model must cite (`e-…`)
/// @param time   when (sent as ISO UTC)
/// @param kind   `alert_triggered`, `deploy`, `chat` …
/// @param actor  who or what
/// @param text   what it says (redacted and capped before sending)
public record PromptEvent(String id, Instant time, String kind, String actor, String text) {
    public static PromptEvent of(dev.pmw.model.Event e) {
        return new PromptEvent(e.id(), e.time(), e.kind().id(), e.actor(), e.text());
    }
}
