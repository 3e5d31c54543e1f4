package dev.pmw.draft.offline;

import dev.pmw.draft.ActionItem;
import dev.pmw.draft.DraftContext;
import dev.pmw.draft.DraftRequest;
import dev.pmw.draft.DraftStream;
import dev.pmw.draft.Drafter;
import dev.pmw.draft.Origin;
import dev.pmw.draft.SectionDraft;
import dev.pmw.draft.SectionIntent;
import dev.pmw.work.Work;

import java.util.List;

/// The offline drafter, and the default: writes every section deterministically from the analysis
/// and the timeline's key rows. The same inputs give the same text. Every claim cites its event ids;
/// the cause is a hypothesis with its evidence; no person is the subject of a cause (names are kept
/// out of causal sentences); what the evidence cannot tell is an explicit "to discuss" prompt.
public final class EvidenceDrafter implements Drafter {
    public static final String ID = "offline";

    /// The evidence read for the last context, reused while a whole document is drafted.
    private volatile Cached cached;

    private record Cached(DraftContext ctx, Evidence evidence, List<Factors.Factor> factors, List<ActionItem> actions) {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public SectionDraft draft(DraftRequest request, DraftStream stream, Work work) {
        work.check();
        Cached c = read(request.context());
        SectionIntent intent = request.section().intent();
        List<ActionItem> items = intent == SectionIntent.ACTION_ITEMS ? c.actions : List.of();
        String text = write(intent, c);
        work.check();
        stream.append(text);
        return new SectionDraft(request.section().key(), intent, text, null, items, Origin.OFFLINE, ID);
    }

    /// The action items the evidence suggests (also what the action-items section proposes).
    public List<ActionItem> proposeActions(DraftContext ctx) {
        return read(ctx).actions;
    }

    private static String write(SectionIntent intent, Cached c) {
        Evidence ev = c.evidence;
        return switch (intent) {
            case SUMMARY -> SummaryWriter.summary(ev);
            case IMPACT -> SummaryWriter.impact(ev);
            case TIMELINE -> Moments.table(ev);
            case ROOT_CAUSE -> CauseWriter.rootCause(ev);
            case TRIGGER -> CauseWriter.trigger(ev);
            case CONTRIBUTING_FACTORS -> CauseWriter.factors(ev, c.factors);
            case FIVE_WHYS -> CauseWriter.fiveWhys(ev, c.factors);
            case DETECTION -> ResponseWriter.detection(ev, c.factors);
            case RESOLUTION -> ResponseWriter.resolution(ev);
            case ACTION_ITEMS -> "Proposed from the gaps the evidence shows. Owners are teams; the review assigns people "
                    + "and confirms priorities and dates.\n";
            case PREVENTIVE_MEASURES -> LessonsWriter.preventive(c.actions);
            case LESSONS_LEARNED -> LessonsWriter.lessons(ev, c.factors);
            case WENT_WELL -> LessonsWriter.wentWell(ev);
            case WENT_WRONG -> LessonsWriter.wentWrong(ev, c.factors);
            case LUCKY -> LessonsWriter.lucky();
            case STATUS -> MetaWriter.status(ev);
            case AUTHORS -> MetaWriter.authors();
            case SUPPORTING_INFORMATION -> MetaWriter.supporting(ev);
        };
    }

    private Cached read(DraftContext ctx) {
        Cached c = cached;
        if (c != null && c.ctx == ctx) {
            return c;
        }
        Evidence ev = new Evidence(ctx);
        List<Factors.Factor> factors = Factors.of(ev);
        c = new Cached(ctx, ev, factors, Actions.propose(ev, factors));
        cached = c;
        return c;
    }
}
