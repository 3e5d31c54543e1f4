package dev.pmw.draft.openai;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.openai.core.ObjectMappers;
import com.openai.models.chat.completions.ChatCompletionCreateParams;

/// The two messages of one drafting request, already redacted and delimited (see [PromptBuilder]).
/// No tools, no functions, no response format: the model can only answer with text.
///
/// @param system the fixed rules
/// @param user   the section's intent and the data
public record ChatRequest(String system, String user) {

    ChatCompletionCreateParams params(AiSettings s) {
        return ChatCompletionCreateParams.builder()
                .model(s.model())
                .temperature(s.temperature())
                .addSystemMessage(system)
                .addUserMessage(user)
                .build();
    }

    /// The exact JSON body that [AiClient#stream] sends, pretty-printed, for the consent preview:
    /// rendered by the SDK's own serializer from the same parameters, plus the `stream` flag the
    /// SDK adds for streaming calls.
    public String payloadPreview(AiSettings s) {
        try {
            ObjectNode body = ObjectMappers.jsonMapper().valueToTree(params(s)._body());
            body.put("stream", true);
            return ObjectMappers.jsonMapper().writerWithDefaultPrettyPrinter().writeValueAsString(body);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot render the request body", e);
        }
    }
}
