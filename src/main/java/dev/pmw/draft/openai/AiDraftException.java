package dev.pmw.draft.openai;

import dev.pmw.draft.SectionDraft;

/// A section draft by the model failed. The panel shows [#failure()]'s message; [#partial()] holds
/// what arrived (placeholders mapped back), to keep as a proposal, never applied to accepted text.
public final class AiDraftException extends RuntimeException {
    private final transient AiFailure failure;
    private final transient SectionDraft partial;

    public AiDraftException(AiFailure failure, SectionDraft partial) {
        super(failure.message(), null, false, false);
        this.failure = failure;
        this.partial = partial;
    }

    public AiFailure failure() {
        return failure;
    }

    /// The text received before the failure, as a draft; its text may be empty.
    public SectionDraft partial() {
        return partial;
    }
}
