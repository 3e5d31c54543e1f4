package dev.pmw.draft;

import dev.pmw.analysis.Analysis;
import dev.pmw.analysis.Boundary;
import dev.pmw.analysis.BoundaryKind;
import dev.pmw.analysis.Impact;
import dev.pmw.model.Attr;
import dev.pmw.model.EventKind;
import dev.pmw.timeline.Row;
import dev.pmw.timeline.Timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/// The figures a postmortem states outside its prose, which the JSON export and the template
/// placeholders (`{{severity}}`, `{{duration}}` …) need. Taken from the analysis when drafting; the
/// user may edit them. Null means "not derived": exports say so instead of guessing.
///
/// @param severity         `SEV1`…`SEV4`, or null
/// @param severityReason   why (the analysis policy clause, or "declared during the incident")
/// @param severityEvidence rows supporting the severity
/// @param moments          the lifecycle moments that could be derived, in order
/// @param impactMinutes    impact start to mitigation, minutes
/// @param failedRequests   failed requests in the impact window
/// @param usersAffected    distinct users among failed requests
/// @param impactEvidence   rows supporting the impact figures
/// @param revenueImpact    free text the user fills in; never derived
public record IncidentFacts(String severity, String severityReason, List<String> severityEvidence, List<Moment> moments,
                            Double impactMinutes, Long failedRequests, Long usersAffected, List<String> impactEvidence,
                            String revenueImpact) {
    public static final IncidentFacts NONE = new IncidentFacts(null, null, null, null, null, null, null, null, null);

    public IncidentFacts {
        severityEvidence = severityEvidence == null ? List.of() : List.copyOf(severityEvidence);
        moments = moments == null ? List.of() : List.copyOf(moments);
        impactEvidence = impactEvidence == null ? List.of() : List.copyOf(impactEvidence);
    }

    public Optional<Moment> moment(String kind) {
        return moments.stream().filter(m -> m.kind().equals(kind)).findFirst();
    }

    /// The facts of an analysis. When the analysis suggests no severity, a severity declared in the
    /// timeline ("Declaring SEV2") is used and cited — that is evidence, not policy.
    public static IncidentFacts from(Analysis a, Timeline timeline) {
        List<Moment> moments = new ArrayList<>();
        for (BoundaryKind k : BoundaryKind.values()) {
            Boundary b = a.boundary(k);
            if (b != null && b.present()) {
                moments.add(new Moment(k.id(), b.time(), b.rule(), b.evidence()));
            }
        }
        String severity = null;
        String reason = null;
        List<String> sevEvidence = List.of();
        Row declaredRow = null;
        for (Row r : timeline.rows()) {
            if (r.event().attr(Attr.SEVERITY) != null && r.event().kind() == EventKind.DECLARE) {
                declaredRow = r;
                break;
            }
        }
        Impact i = a.impact();
        if (a.severity() != null && a.severity().level() != null) {
            // the policy's reason rests on the impact (users, failed requests) and on any declaration
            severity = a.severity().level();
            reason = a.severity().reason();
            List<String> ids = new ArrayList<>(i == null ? List.of() : i.evidence().stream().limit(3).toList());
            if (declaredRow != null) {
                ids.add(declaredRow.id());
            }
            sevEvidence = ids;
        } else if (declaredRow != null) {
            severity = declaredRow.event().attr(Attr.SEVERITY);
            reason = "declared during the incident";
            sevEvidence = List.of(declaredRow.id());
        }
        return new IncidentFacts(severity, reason, sevEvidence, moments,
                i == null ? a.durations().timeToMitigate() : i.durationMinutes(),
                i == null ? null : i.failedRequests(), i == null ? null : i.usersAffected(),
                i == null ? List.of() : i.evidence(), null);
    }

    public IncidentFacts withSeverity(String level, String why) {
        return new IncidentFacts(level, why, severityEvidence, moments, impactMinutes, failedRequests, usersAffected,
                impactEvidence, revenueImpact);
    }

    public IncidentFacts withRevenueImpact(String text) {
        return new IncidentFacts(severity, severityReason, severityEvidence, moments, impactMinutes, failedRequests,
                usersAffected, impactEvidence, text);
    }
}
