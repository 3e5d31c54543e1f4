package dev.pmw.draft;

import java.util.List;

/// What a [Drafter] proposes for one section.
///
/// @param key         the section key it was asked for
/// @param intent      the section's intent
/// @param text        Markdown with inline citations (`[e-…]`)
/// @param citations   the event ids the text cites (derived from the text when null)
/// @param actionItems structured action items (the action-items section), else empty
/// @param origin      [Origin#OFFLINE] or [Origin#AI]
/// @param drafter     id of the drafter that wrote it (`offline`, `openai:gpt-…`)
public record SectionDraft(String key, SectionIntent intent, String text, List<String> citations,
                           List<ActionItem> actionItems, Origin origin, String drafter) {
    public SectionDraft {
        text = text == null ? "" : text;
        citations = citations == null ? Citations.extract(text) : List.copyOf(citations);
        actionItems = actionItems == null ? List.of() : List.copyOf(actionItems);
        origin = origin == null ? Origin.OFFLINE : origin;
        drafter = drafter == null ? "" : drafter;
    }
}
