package dev.pmw.draft.openai;

/// How a streamed answer ended. [#text()] is everything received, in every case.
public sealed interface StreamOutcome {
    String text();

    /// The model finished. `finishReason` is `stop`, or `length` when it hit its token limit
    /// ([#truncated()]).
    record Completed(String text, String finishReason) implements StreamOutcome {
        public boolean truncated() {
            return "length".equals(finishReason);
        }
    }

    record Failed(AiFailure failure) implements StreamOutcome {
        @Override
        public String text() {
            return failure.partialText();
        }
    }

    /// The user cancelled; `text` is what had arrived.
    record Cancelled(String text) implements StreamOutcome {
    }
}
