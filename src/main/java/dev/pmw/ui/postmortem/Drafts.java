package dev.pmw.ui.postmortem;

import dev.pmw.draft.DraftContext;
import dev.pmw.draft.DraftRequest;
import dev.pmw.draft.Drafter;
import dev.pmw.draft.IncidentFacts;
import dev.pmw.draft.IncidentTitle;
import dev.pmw.draft.PostmortemDocument;
import dev.pmw.draft.SectionDraft;
import dev.pmw.draft.SectionSpec;
import dev.pmw.draft.Template;
import dev.pmw.work.Work;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/// Drafting a batch of sections in the background, and offering the drafts to the document as it
/// is when they arrive. This is [dev.pmw.draft.DocumentDrafter#redraft]'s loop, keeping the drafts
/// instead of the finished document: the user may have typed into a section while the drafter
/// ran, and that text must become "the user's, with a proposal", not be replaced by the snapshot.
final class Drafts {
    /// @param blank the empty document to start from when there was none yet, else null
    /// @param drafts one per drafted section, in order
    /// @param facts  the figures of the analysis the drafts were written from
    record Batch(PostmortemDocument blank, List<SectionDraft> drafts, IncidentFacts facts) {
    }

    private Drafts() {
    }

    /// @param current the document as it stands (null: none yet, start from `template`)
    /// @param only    the keys to draft, or null for every section
    static Batch write(Drafter drafter, DraftContext ctx, Template template, PostmortemDocument current, Set<String> only,
                       Work work) {
        IncidentFacts facts = IncidentFacts.from(ctx.analysis(), ctx.timeline());
        PostmortemDocument blank = current == null ? PostmortemDocument.blank(template, IncidentTitle.suggest(ctx), facts) : null;
        PostmortemDocument doc = current == null ? blank : current;
        List<SectionSpec> specs = DocumentTemplates.specs(doc, template).stream()
                .filter(s -> only == null || only.contains(s.key())).toList();
        List<SectionDraft> drafts = new ArrayList<>();
        int n = specs.size();
        for (int i = 0; i < n; i++) {
            work.check();
            SectionSpec spec = specs.get(i);
            work.progress().update((double) i / n, "Drafting " + spec.heading() + "…");
            SectionDraft d = drafter.draft(new DraftRequest(ctx, spec, doc), work.slice((double) i / n, 1.0 / n));
            drafts.add(d);
            doc = doc.offer(d); // later sections may read the earlier ones
        }
        return new Batch(blank, drafts, facts);
    }

    /// Offers the drafts to `doc` (null: the batch's blank document): sections nobody wrote or
    /// accepted take the draft, the others get it as a proposal. The facts are refreshed; the
    /// revenue impact the user typed is kept.
    static PostmortemDocument apply(PostmortemDocument doc, Batch b) {
        PostmortemDocument out = doc != null ? doc : b.blank();
        if (out == null) {
            return null;
        }
        for (SectionDraft d : b.drafts()) {
            if (out.section(d.key()).isPresent()) {
                out = out.offer(d);
            }
        }
        return out.withFacts(b.facts().withRevenueImpact(out.facts().revenueImpact()));
    }

    /// The status line after drafting: how many sections, and how many new proposals wait.
    static String summary(PostmortemDocument before, PostmortemDocument after, int drafted) {
        long proposals = after == null ? 0 : after.sections().stream().filter(s -> s.proposal() != null
                && (before == null || before.section(s.key()).map(b -> b.proposal() != s.proposal()).orElse(true))).count();
        return "Drafted " + drafted + (drafted == 1 ? " section" : " sections") + " offline"
                + (proposals == 0 ? "." : "; " + proposals + (proposals == 1 ? " section you wrote has" : " sections you wrote have")
                + " a new draft to review.");
    }
}
