package dev.pmw.draft.openai;

import dev.pmw.draft.privacy.Highlight;
import dev.pmw.draft.privacy.RedactionMap;

import java.util.List;

/// A built request and the placeholders in it.
///
/// @param request    what will be sent
/// @param redactions the request's placeholders: [RedactionMap#summary()] for the preview and the
///                   CLI, [RedactionMap#restore] / [RedactionMap#streamingRestorer()] for the answer
public record Prompt(ChatRequest request, RedactionMap redactions) {
    /// Where the placeholders are in the user message, for highlighting in the preview.
    public List<Highlight> highlights() {
        return redactions.highlights(request.user());
    }

    /// The exact request body that will be sent (pretty-printed JSON) with its placeholders located:
    /// what the consent dialog shows.
    public Payload payload(AiSettings settings) {
        String json = request.payloadPreview(settings);
        return new Payload(json, redactions.highlights(json), redactions.summary());
    }

    /// @param json       the body, as sent, pretty-printed
    /// @param highlights the placeholders in `json`
    /// @param summary    "3 e-mails, 1 phone, 12 user ids"
    public record Payload(String json, List<Highlight> highlights, String summary) {
    }
}
