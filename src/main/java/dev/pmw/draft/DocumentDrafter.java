package dev.pmw.draft;

import dev.pmw.work.Work;

import java.util.List;

/// Drafts a whole document section by section with one [Drafter], or re-drafts an existing one
/// without overwriting what the user wrote (new drafts of user or accepted sections wait as proposals).
public final class DocumentDrafter {
    private DocumentDrafter() {
    }

    public static PostmortemDocument draft(Drafter drafter, DraftContext ctx, Template template, Work work) {
        PostmortemDocument doc = PostmortemDocument.blank(template, IncidentTitle.suggest(ctx),
                IncidentFacts.from(ctx.analysis(), ctx.timeline()));
        return redraft(doc, drafter, ctx, template.sections(), work);
    }

    /// Drafts the given sections of `doc` again; user-written or accepted sections get a proposal.
    public static PostmortemDocument redraft(PostmortemDocument doc, Drafter drafter, DraftContext ctx,
                                             List<SectionSpec> sections, Work work) {
        PostmortemDocument out = doc;
        int n = sections.size();
        for (int i = 0; i < n; i++) {
            work.check();
            SectionSpec spec = sections.get(i);
            work.progress().update((double) i / n, "Drafting " + spec.heading() + "…");
            SectionDraft d = drafter.draft(new DraftRequest(ctx, spec, out), work.slice((double) i / n, 1.0 / n));
            out = out.offer(d);
        }
        work.progress().update(1, "Drafted " + n + (n == 1 ? " section" : " sections"));
        return out;
    }
}
