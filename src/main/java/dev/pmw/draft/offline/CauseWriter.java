package dev.pmw.draft.offline;

import dev.pmw.analysis.BoundaryKind;
import dev.pmw.analysis.Trigger;
import dev.pmw.draft.Citations;
import dev.pmw.timeline.Row;

import java.util.List;
import java.util.Locale;

/// Root cause, trigger, contributing factors and the five-whys scaffold. The cause is always stated
/// as a hypothesis with the evidence for it; what the evidence does not say is left "to discuss".
final class CauseWriter {
    private CauseWriter() {
    }

    static String rootCause(Evidence ev) {
        StringBuilder sb = new StringBuilder();
        Trigger t = ev.trigger;
        if (t != null) {
            sb.append("**Hypothesis (to confirm in the review):** the evidence suggests the incident was set off by ")
                    .append(Md.quote(ev.neutral(t.summary()), 220)).append(Citations.after(t.evidence()))
                    .append(". Confidence: ").append(confidence(t.confidence())).append('.');
            if (!t.why().isEmpty()) {
                sb.append("\n\nEvidence for it:\n\n");
                t.why().stream().limit(5).forEach(w -> sb.append("- ").append(Md.quote(ev.neutral(w), 200))
                        .append(Citations.after(reasonEvidence(w, t, ev))).append('\n'));
            } else {
                sb.append("\n");
            }
        } else {
            sb.append("**Hypothesis: open.** No change in the evidence could be tied to the start of the impact (")
                    .append(Md.quote(ev.missing("trigger"), 160)).append(").\n");
        }
        Row sat = ev.firstSaturation();
        if (sat != null) {
            sb.append("\n**Observed mechanism:** the ").append(ev.resource)
                    .append(ev.service == null ? "" : " of " + ev.service).append(" was saturated at ")
                    .append(Md.time(sat.event().time()));
            if (ev.impactStart != null) {
                sb.append(sat.event().time().isBefore(ev.impactStart) ? ", before the first failure at " : "; the first failure was at ")
                        .append(Md.time(ev.impactStart));
            }
            sb.append(Citations.after(Factors.concat(List.of(sat.id()), SummaryWriter.first(ev, BoundaryKind.IMPACT_START)))).append(".\n");
        }
        List<Trigger> others = ev.analysis.runnersUp().stream().limit(3).toList();
        if (!others.isEmpty()) {
            sb.append("\n**Other candidates considered:**\n\n");
            for (Trigger o : others) {
                sb.append("- ").append(Md.quote(ev.neutral(o.summary()), 160)).append(" (confidence ")
                        .append(confidence(o.confidence())).append(')').append(Citations.after(o.evidence())).append('\n');
            }
        }
        List<dev.pmw.analysis.OpenQuestion> questions = ev.analysis.questions().stream().limit(3).toList();
        if (!questions.isEmpty()) {
            sb.append("\n**Open questions from the analysis:**\n\n");
            questions.forEach(q -> sb.append("- ").append(Md.quote(ev.neutral(q.question()), 200))
                    .append(Citations.after(q.evidence())).append('\n'));
        }
        sb.append('\n').append(Md.todo(t == null ? "which change or condition started the impact? What would confirm it?"
                : "does the review confirm the hypothesis? What made it harmful at that moment and not before?")).append('\n');
        return sb.toString().strip() + "\n";
    }

    static String trigger(Evidence ev) {
        Trigger t = ev.trigger;
        if (t == null) {
            return "No triggering change has been identified (" + Md.quote(ev.missing("trigger"), 160) + ").\n\n"
                    + Md.todo("which change, job, traffic pattern or dependency started the impact?") + "\n";
        }
        StringBuilder sb = new StringBuilder("Suspected trigger (a hypothesis): ").append(Md.quote(ev.neutral(t.summary()), 220));
        if (t.time() != null) {
            sb.append(", at ").append(Md.dateTime(t.time()));
            if (ev.impactStart != null) {
                sb.append(", ").append(Md.span(t.time(), ev.impactStart)).append(" before the impact started");
            }
        }
        sb.append(Citations.after(t.evidence())).append(".\n\n");
        StringBuilder facts = new StringBuilder();
        if (t.service() != null) {
            facts.append("- Service: ").append(Md.quote(t.service(), 60)).append('\n');
        }
        if (t.version() != null) {
            facts.append("- Version: ").append(Md.quote(t.version(), 40)).append('\n');
        }
        if (t.commit() != null) {
            facts.append("- Commit: `").append(t.commit().replace("`", "")).append("`\n");
        }
        if (!facts.isEmpty()) {
            sb.append(facts).append('\n');
        }
        sb.append(Md.todo("confirm the trigger, and why it took effect when it did.")).append('\n');
        return sb.toString();
    }

    static String factors(Evidence ev, List<Factors.Factor> factors) {
        StringBuilder sb = new StringBuilder();
        for (Factors.Factor f : factors) {
            sb.append("- ").append(f.text()).append('\n');
        }
        if (factors.isEmpty()) {
            sb.append("- ").append(Md.todo("no contributing factor could be read from the evidence; which conditions "
                    + "allowed the trigger to cause impact?")).append('\n');
        }
        sb.append("- ").append(Md.todo("what else made the impact possible or larger — review, testing, capacity, "
                + "runbooks, ownership?")).append('\n');
        return sb.toString();
    }

    static String fiveWhys(Evidence ev, List<Factors.Factor> factors) {
        StringBuilder sb = new StringBuilder();
        var i = ev.impact;
        String symptom = i != null && i.failedRequests() != null
                ? Md.count(i.failedRequests()) + " requests failed" + Citations.after(i.evidence())
                : "the service was impaired" + Citations.after(SummaryWriter.first(ev, BoundaryKind.IMPACT_START).isEmpty()
                ? SummaryWriter.first(ev, BoundaryKind.DETECTED) : SummaryWriter.first(ev, BoundaryKind.IMPACT_START));
        sb.append("1. **Why were users affected?** Because ").append(symptom).append(".\n");
        Row sat = ev.firstSaturation();
        if (sat != null) {
            sb.append("2. **Why did requests fail?** The evidence shows the ").append(ev.resource).append(" saturated at ")
                    .append(Md.time(sat.event().time())).append(Citations.after(List.of(sat.id()))).append(" — to confirm.\n");
            sb.append("3. **Why was the ").append(ev.resource).append(" saturated?** ");
        } else {
            sb.append("2. **Why did requests fail?** ").append(Md.todo("the evidence does not show the failing mechanism.")).append('\n');
            sb.append("3. **Why did that mechanism fail?** ");
        }
        if (ev.trigger != null) {
            sb.append("Hypothesis: ").append(Md.quote(ev.neutral(ev.trigger.summary()), 160))
                    .append(Citations.after(ev.trigger.evidence())).append(" — to confirm.\n");
        } else {
            sb.append(Md.todo("no trigger identified yet.")).append('\n');
        }
        sb.append("4. **Why did that have this effect in production?** ")
                .append(Md.todo("capacity limits, configuration, load or data volume that staging did not show?")).append('\n');
        boolean lag = factors.stream().anyMatch(f -> f.gap() == Factors.Gap.DETECTION_LAG || f.gap() == Factors.Gap.NO_ALERT_ON_RESOURCE);
        sb.append("5. **Why was it not caught earlier?** ").append(lag ? "See the detection gaps in the contributing factors. " : "")
                .append(Md.todo("which review, test or alert can catch this before customers do?")).append('\n');
        return sb.toString();
    }

    static String confidence(double c) {
        String word = c >= 0.75 ? "high" : c >= 0.5 ? "medium" : "low";
        return word + String.format(Locale.ROOT, " (%.2f)", c);
    }

    /// The rows of the trigger's evidence a reason rests on: those whose text holds the passage the
    /// reason quotes (“…”), else the change itself (the first evidence row) — so each bullet of
    /// "Evidence for it" cites what it says, not just the hypothesis above it.
    static List<String> reasonEvidence(String reason, Trigger t, Evidence ev) {
        if (t.evidence().isEmpty()) {
            return List.of();
        }
        List<String> out = new java.util.ArrayList<>();
        int open = reason.indexOf('“');
        while (open >= 0) {
            int close = reason.indexOf('”', open + 1);
            String quoted = reason.substring(open + 1, close < 0 ? reason.length() : close).replace("…", "").strip();
            String probe = quoted.length() > 30 ? quoted.substring(0, 30) : quoted;
            if (probe.length() >= 8) {
                for (String id : t.evidence()) {
                    Row r = ev.timeline.byId(id);
                    if (r != null && r.event().text() != null && r.event().text().contains(probe) && !out.contains(id)) {
                        out.add(id);
                        break;
                    }
                }
            }
            open = close < 0 ? -1 : reason.indexOf('“', close + 1);
        }
        if (out.isEmpty()) {
            out.add(t.evidence().getFirst());
        }
        return out;
    }
}
