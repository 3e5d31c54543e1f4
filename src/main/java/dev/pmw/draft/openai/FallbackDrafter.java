package dev.pmw.draft.openai;

import dev.pmw.draft.DraftRequest;
import dev.pmw.draft.DraftStream;
import dev.pmw.draft.Drafter;
import dev.pmw.draft.SectionDraft;
import dev.pmw.work.Work;

import java.util.function.BiConsumer;

/// Drafts with the model and, for a section where the model fails, with the offline drafter instead,
/// reporting the failure. For unattended runs (the CLI); the UI shows failures to the user instead.
public final class FallbackDrafter implements Drafter {
    private final OpenAiDrafter primary;
    private final Drafter fallback;
    private final BiConsumer<DraftRequest, AiFailure> onFailure;

    public FallbackDrafter(OpenAiDrafter primary, Drafter fallback, BiConsumer<DraftRequest, AiFailure> onFailure) {
        this.primary = primary;
        this.fallback = fallback;
        this.onFailure = onFailure;
    }

    @Override
    public String id() {
        return primary.id();
    }

    @Override
    public SectionDraft draft(DraftRequest request, DraftStream stream, Work work) {
        try {
            return primary.draft(request, stream, work);
        } catch (AiDraftException e) {
            onFailure.accept(request, e.failure());
            return fallback.draft(request, stream, work);
        }
    }
}
