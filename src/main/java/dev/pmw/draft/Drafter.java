package dev.pmw.draft;

import dev.pmw.work.Work;

/// Writes one postmortem section from the evidence. [dev.pmw.draft.offline.EvidenceDrafter] is the
/// offline, deterministic default; the AI drafter (`dev.pmw.draft.openai`) implements the same
/// contract. Implementations cite event ids inline (`[e-…]`, see [Citations]), never make a person the
/// subject of a cause, and mark what the evidence does not say as "to discuss".
public interface Drafter {
    /// Short id stored with each draft: `offline`, `openai:MODEL`.
    String id();

    /// Drafts the requested section. Long work calls `work.check()` (and stops with
    /// [dev.pmw.work.CancelledException] when the user cancels); text is streamed to `stream` as it is
    /// produced, and the whole draft is returned at the end.
    SectionDraft draft(DraftRequest request, DraftStream stream, Work work);

    default SectionDraft draft(DraftRequest request, Work work) {
        return draft(request, DraftStream.NONE, work);
    }
}
