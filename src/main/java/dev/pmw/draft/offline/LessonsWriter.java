package dev.pmw.draft.offline;

import dev.pmw.analysis.BoundaryKind;
import dev.pmw.draft.ActionItem;
import dev.pmw.draft.ActionKind;
import dev.pmw.draft.Citations;

import java.util.ArrayList;
import java.util.List;

/// Lessons learned and preventive measures. Only what the evidence shows is stated; everything else
/// is an explicit "to discuss" prompt, never invented content.
final class LessonsWriter {
    private LessonsWriter() {
    }

    static String lessons(Evidence ev, List<Factors.Factor> factors) {
        return "**What went well**\n\n" + wentWell(ev) + "\n**What went wrong**\n\n" + wentWrong(ev, factors)
                + "\n**Where we got lucky**\n\n" + lucky();
    }

    static String wentWell(Evidence ev) {
        List<String> items = new ArrayList<>();
        Double tta = ev.analysis.durations().timeToAcknowledge();
        if (tta != null && tta < Factors.LAG_MINUTES) {
            items.add("The page was acknowledged " + Md.minutes(tta) + " after the alert"
                    + Citations.after(Factors.concat(SummaryWriter.first(ev, BoundaryKind.DETECTED), SummaryWriter.first(ev, BoundaryKind.ACKNOWLEDGED))) + ".");
        }
        if (ev.declared != null && ev.detected != null && !ev.declared.event().time().isBefore(ev.detected)) {
            items.add("An incident was declared " + Md.minutes(ev.detected, ev.declared.event().time()) + " after the alert"
                    + Citations.after(List.of(ev.declared.id())) + ".");
        }
        if (ev.detected != null && ev.mitigated != null) {
            items.add("The impact was mitigated " + Md.minutes(ev.detected, ev.mitigated) + " after detection"
                    + Citations.after(Factors.concat(SummaryWriter.first(ev, BoundaryKind.DETECTED), SummaryWriter.first(ev, BoundaryKind.MITIGATED))) + ".");
        }
        items.add(Md.todo("what else helped — tooling, runbooks, people who joined, communication?"));
        return bullets(items);
    }

    static String wentWrong(Evidence ev, List<Factors.Factor> factors) {
        List<String> items = new ArrayList<>();
        for (Factors.Factor f : factors) {
            items.add(f.text());
        }
        if (!ev.analysis.runnersUp().isEmpty()) {
            var o = ev.analysis.runnersUp().getFirst();
            items.add("Another candidate change was looked at: " + Md.quote(ev.neutral(o.summary()), 120)
                    + Citations.after(o.evidence()) + ". " + Md.todo("how much time did ruling it out take?"));
        }
        items.add(Md.todo("what slowed the response down or made it harder?"));
        return bullets(items);
    }

    static String lucky() {
        return bullets(List.of(
                Md.todo("which conditions kept this from being worse — timing, traffic, no second failure?"),
                Md.todo("which safeguard worked by chance rather than by design?")));
    }

    static String preventive(List<ActionItem> items) {
        StringBuilder sb = new StringBuilder();
        sb.append("- **Monitoring updates:** ").append(refs(items, ActionKind.DETECT)).append('\n');
        sb.append("- **Process improvements:** ").append(refs(items, ActionKind.PREVENT, ActionKind.PROCESS)).append('\n');
        sb.append("- **Follow-up reviews:** ").append(Md.todo("when will the team check that these measures are in place?"))
                .append('\n');
        return sb.toString();
    }

    private static String refs(List<ActionItem> items, ActionKind... kinds) {
        List<String> out = new ArrayList<>();
        for (ActionItem a : items) {
            if (List.of(kinds).contains(a.kind())) {
                out.add(a.id() + " " + Md.quote(a.description(), 140) + Citations.after(a.evidence()));
            }
        }
        return out.isEmpty() ? Md.todo("none proposed from the evidence.") : String.join("; ", out);
    }

    private static String bullets(List<String> items) {
        StringBuilder sb = new StringBuilder();
        items.forEach(i -> sb.append("- ").append(i).append('\n'));
        return sb.toString();
    }
}
