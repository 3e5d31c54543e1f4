package dev.pmw.ui.ai;

import dev.pmw.draft.openai.Prompt;

/// What the consent dialog shows before a request goes out.
///
/// @param heading  the section it drafts
/// @param endpoint the endpoint as consent is remembered for it (`https://api.openai.com/v1`)
/// @param model    the model asked
/// @param payload  the exact request body, its placeholders located, and the redaction summary
/// @param asked    why it is shown: the first request to this endpoint in this project, or on demand
public record ConsentRequest(String heading, String endpoint, String model, Prompt.Payload payload, Reason asked) {
    public enum Reason { FIRST_REQUEST, ON_DEMAND }
}
