package dev.pmw.draft.openai;

import java.util.List;

/// What one section draft is asked from.
///
/// @param title       the section's title ("Impact")
/// @param intent      the template's description of what the section is for
/// @param instruction the user's redraft instruction ("shorter", "for executives"), or null
/// @param currentText the section's current text for a redraft, or null
/// @param facts       the analysis facts, one per line ("impact start: 2026-02-16T02:03:05Z [e-…]")
/// @param events      the key events
public record SectionPrompt(String title, String intent, String instruction, String currentText, List<String> facts,
                            List<PromptEvent> events) {
    public SectionPrompt {
        facts = facts == null ? List.of() : List.copyOf(facts);
        events = events == null ? List.of() : List.copyOf(events);
    }
}
