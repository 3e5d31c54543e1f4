package dev.pmw.draft.offline;

import dev.pmw.analysis.BoundaryKind;
import dev.pmw.analysis.Impact;
import dev.pmw.draft.Citations;
import dev.pmw.draft.IncidentFacts;
import dev.pmw.draft.IncidentTitle;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/// Summary and impact: what happened, for how long, to how many, each figure cited.
final class SummaryWriter {
    private SummaryWriter() {
    }

    static String summary(Evidence ev) {
        StringBuilder sb = new StringBuilder();
        Instant when = IncidentTitle.when(ev.ctx);
        String on = when == null ? "" : "On " + when.atOffset(ZoneOffset.UTC).toLocalDate() + ", ";
        String subject = ev.service == null ? "the affected service" : ev.service;
        if (ev.impactStart != null && ev.mitigated != null) {
            sb.append(capital(on + subject + " was impaired for " + Md.minutes(ev.impactStart, ev.mitigated) + ", from "
                    + Md.time(ev.impactStart) + " to " + Md.time(ev.mitigated)))
                    .append(Citations.after(Factors.concat(first(ev, BoundaryKind.IMPACT_START), first(ev, BoundaryKind.MITIGATED))))
                    .append(". ");
        } else if (ev.impactStart != null) {
            sb.append(capital(on + "the impact on " + subject + " started at " + Md.time(ev.impactStart)))
                    .append(Citations.after(first(ev, BoundaryKind.IMPACT_START)))
                    .append("; when it was mitigated could not be derived (").append(ev.missing(BoundaryKind.MITIGATED)).append("). ");
        } else {
            sb.append(capital(on + (ev.service == null ? "an incident occurred" : "an incident affected " + subject)
                    + ". When the impact started could not be derived from "
                    + "the evidence (" + ev.missing(BoundaryKind.IMPACT_START) + ")"))
                    .append(Citations.after(first(ev, BoundaryKind.DETECTED))).append(". ");
        }
        Impact i = ev.impact;
        if (i != null && i.failedRequests() != null) {
            sb.append(Md.count(i.failedRequests())).append(i.failedRequests() == 1 ? " request failed" : " requests failed");
            if (i.usersAffected() != null) {
                sb.append(" and ").append(Md.count(i.usersAffected())).append(" distinct users were affected");
            }
            sb.append(Citations.after(i.evidence())).append(". ");
        }
        if (ev.detected != null) {
            sb.append("The first alert fired at ").append(Md.time(ev.detected));
            Double ttd = ev.analysis.durations().timeToDetect();
            if (ttd != null) {
                sb.append(", ").append(Md.minutes(ttd)).append(" after the impact started");
            }
            sb.append(Citations.after(first(ev, BoundaryKind.DETECTED)));
            if (ev.acknowledged != null) {
                sb.append("; the page was acknowledged at ").append(Md.time(ev.acknowledged))
                        .append(Citations.after(first(ev, BoundaryKind.ACKNOWLEDGED)));
            }
            sb.append(". ");
        }
        if (ev.resolved != null) {
            sb.append("The incident was resolved at ").append(Md.time(ev.resolved))
                    .append(Citations.after(first(ev, BoundaryKind.RESOLVED))).append(". ");
        }
        if (ev.trigger != null) {
            sb.append("Working hypothesis for the trigger, to confirm in the review: ")
                    .append(Md.quote(ev.neutral(ev.trigger.summary()), 200)).append(Citations.after(ev.trigger.evidence())).append('.');
        } else {
            sb.append("No triggering change has been identified from the evidence yet (to discuss in the review).");
        }
        IncidentFacts f = IncidentFacts.from(ev.analysis, ev.timeline);
        if (f.severity() != null) {
            sb.append(" Severity: ").append(f.severity()).append(f.severityReason() == null ? "" : " (" + Md.quote(f.severityReason(), 120) + ")")
                    .append(Citations.after(f.severityEvidence())).append('.');
        }
        return sb.toString().strip() + "\n";
    }

    static String impact(Evidence ev) {
        List<String> lines = new ArrayList<>();
        if (ev.impactStart != null && ev.mitigated != null) {
            lines.add("**Duration:** " + Md.minutes(ev.impactStart, ev.mitigated) + " of impact, from " + Md.time(ev.impactStart)
                    + " (" + rule(ev, BoundaryKind.IMPACT_START) + ") to " + Md.time(ev.mitigated) + " (" + rule(ev, BoundaryKind.MITIGATED) + ")"
                    + Citations.after(Factors.concat(first(ev, BoundaryKind.IMPACT_START), first(ev, BoundaryKind.MITIGATED))) + ".");
        } else {
            lines.add("**Duration:** not derived — impact start: " + (ev.impactStart == null ? ev.missing(BoundaryKind.IMPACT_START)
                    : Md.time(ev.impactStart)) + "; mitigation: " + (ev.mitigated == null ? ev.missing(BoundaryKind.MITIGATED)
                    : Md.time(ev.mitigated)) + Citations.after(Factors.concat(first(ev, BoundaryKind.IMPACT_START),
                    first(ev, BoundaryKind.MITIGATED))) + ".");
        }
        if (ev.resolved != null && ev.impactStart != null) {
            lines.add("**Time to resolve:** " + Md.minutes(ev.impactStart, ev.resolved) + " (resolved at " + Md.time(ev.resolved) + ")"
                    + Citations.after(first(ev, BoundaryKind.RESOLVED)) + ".");
        }
        Impact i = ev.impact;
        if (i != null && i.failedRequests() != null) {
            String byClass = i.failuresByClass().isEmpty() ? "" : " (" + String.join(", ", i.failuresByClass().entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .map(e -> Md.quote(e.getKey(), 60) + ": " + Md.count(e.getValue())).toList()) + ")";
            lines.add("**Failed requests:** " + Md.count(i.failedRequests()) + byClass + Citations.after(i.evidence()) + ".");
        } else {
            lines.add("**Failed requests:** not derived from the evidence (" + ev.missing("impact") + ").");
        }
        if (i != null && i.usersAffected() != null) {
            lines.add("**Users affected:** " + Md.count(i.usersAffected()) + " distinct users among the failed requests"
                    + Citations.after(i.evidence()) + ".");
        } else {
            lines.add("**Users affected:** not derived from the evidence.");
        }
        if (i != null && !i.symptoms().isEmpty()) {
            lines.add("**Reported symptoms:** " + String.join("; ", i.symptoms().stream().limit(4)
                    .map(s -> Md.quote(ev.neutral(s.text()), 120)).toList())
                    + Citations.after(i.symptoms().stream().map(dev.pmw.analysis.Symptom::evidence).limit(4).toList()) + ".");
        }
        IncidentFacts f = IncidentFacts.from(ev.analysis, ev.timeline);
        if (f.severity() != null) {
            lines.add("**Severity:** " + f.severity() + (f.severityReason() == null ? "" : " — " + Md.quote(f.severityReason(), 160))
                    + Citations.after(f.severityEvidence()) + ".");
        } else {
            lines.add("**Severity:** not suggested by the analysis (" + ev.missing("severity") + ").");
        }
        lines.add(Md.todo("revenue or SLA impact, data loss or corruption, and customer communication are not in the evidence."));
        StringBuilder sb = new StringBuilder();
        lines.forEach(l -> sb.append("- ").append(l).append('\n'));
        return sb.toString();
    }

    static List<String> first(Evidence ev, BoundaryKind k) {
        List<String> ids = ev.ids(k);
        return ids.isEmpty() ? List.of() : List.of(ids.getFirst());
    }

    static String rule(Evidence ev, BoundaryKind k) {
        var b = ev.boundary(k);
        return b == null || b.rule() == null || b.rule().isBlank() ? k.label().toLowerCase(Locale.ROOT) : Md.quote(b.rule(), 80);
    }

    static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
