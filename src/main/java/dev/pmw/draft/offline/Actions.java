package dev.pmw.draft.offline;

import dev.pmw.analysis.BoundaryKind;
import dev.pmw.draft.ActionItem;
import dev.pmw.draft.ActionKind;
import dev.pmw.draft.ActionStatus;
import dev.pmw.draft.Priority;
import dev.pmw.model.EventKind;
import dev.pmw.timeline.Row;

import java.util.ArrayList;
import java.util.List;

/// Action items proposed from the gaps the evidence shows: one per gap, owned by a team (the service's
/// team; people are assigned in the review), prioritised by recurrence risk, due from today.
final class Actions {
    static final int MAX = 8;

    private Actions() {
    }

    static List<ActionItem> propose(Evidence ev, List<Factors.Factor> factors) {
        List<Draft> out = new ArrayList<>();
        String team = team(ev.service);
        for (Row change : ev.changesDuring.stream().limit(1).toList()) {
            boolean runtime = change.event().kind() == EventKind.CONFIG_CHANGE;
            out.add(new Draft("Make the mitigation durable — keep it in code or configuration, or replace it with a fix: “"
                    + Md.unmarked(ev.neutral(change.event().text()), 100) + "”.",
                    team, runtime ? Priority.P0 : Priority.P1, ActionKind.MITIGATE, List.of(change.id())));
        }
        for (Factors.Factor f : factors) {
            switch (f.gap()) {
                case NO_ALERT_ON_RESOURCE -> out.add(new Draft("Add an alert on " + ev.resource + " utilisation"
                        + (ev.service == null ? "" : " of " + ev.service) + " (for example at 80 %) so that saturation pages "
                        + "before requests fail.", team, Priority.P1, ActionKind.DETECT, f.ids()));
                case DETECTION_LAG -> out.add(new Draft("Review the alert that detected the incident: it fired "
                        + Md.minutes(ev.analysis.durations().timeToDetect()) + " after the first failure; check its "
                        + "threshold and evaluation window.", team, Priority.P2, ActionKind.DETECT, f.ids()));
                case SLOW_ACK -> out.add(new Draft("Review the paging route and escalation policy: the page was "
                        + "acknowledged " + Md.minutes(ev.analysis.durations().timeToAcknowledge()) + " after the alert.",
                        team, Priority.P2, ActionKind.PROCESS, f.ids()));
                case CONCERN -> out.add(new Draft("Follow up on the concern raised during the incident: “"
                        + Md.unmarked(ev.neutral(f.row().event().text()), 100) + "”.", team, Priority.P2, ActionKind.PREVENT, f.ids()));
                default -> {
                }
            }
        }
        if (ev.trigger != null) {
            String what = ev.trigger.service() != null ? ev.trigger.service()
                    + (ev.trigger.version() != null ? " " + ev.trigger.version() : "") : "the suspected change";
            String owner = ev.trigger.service() != null ? team(ev.trigger.service()) : team;
            out.add(new Draft("Check changes like " + Md.unmarked(what, 60) + " against production scale before release: "
                    + "resource footprint (connections, concurrency) and timing against peak load.",
                    owner, Priority.P1, ActionKind.PREVENT, ev.trigger.evidence()));
            if (ev.resource != null) {
                out.add(new Draft("Review other jobs and services that share the " + ev.resource
                        + " for the same failure mode.", owner, Priority.P2, ActionKind.PROCESS, ev.trigger.evidence()));
            }
        }
        if (out.isEmpty()) {
            List<String> ids = ev.ids(BoundaryKind.DETECTED);
            out.add(new Draft("Agree on follow-ups in the postmortem review: the evidence shows no specific gap yet.",
                    team, Priority.P2, ActionKind.PROCESS, ids));
        }
        List<ActionItem> items = new ArrayList<>();
        for (Draft d : out.stream().limit(MAX).toList()) {
            items.add(new ActionItem("A" + (items.size() + 1), d.description, d.owner, d.priority,
                    ev.ctx.today().plusDays(d.priority.daysToDue()), ActionStatus.OPEN, d.kind, d.ids));
        }
        return items;
    }

    /// A team as owner: "payment-service team", or a slot to fill.
    static String team(String service) {
        return service == null || service.isBlank() ? "Owning team (to assign)" : service + " team";
    }

    private record Draft(String description, String owner, Priority priority, ActionKind kind, List<String> ids) {
    }
}
