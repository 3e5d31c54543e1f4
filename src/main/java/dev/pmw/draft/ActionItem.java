package dev.pmw.draft;

import java.time.LocalDate;
import java.util.List;

/// A follow-up the postmortem commits to. Owners are teams, never a person by default (blameless:
/// the review assigns people).
///
/// @param id          stable within the document (`A1`, `A2` …)
/// @param description what to do, specific enough to be checked
/// @param owner       owning team ("payment-service team")
/// @param priority    P0–P2
/// @param due         due date, or null
/// @param status      where it stands
/// @param kind        detect, mitigate, prevent or process
/// @param evidence    event ids of the gap it closes
public record ActionItem(String id, String description, String owner, Priority priority, LocalDate due,
                         ActionStatus status, ActionKind kind, List<String> evidence) {
    public ActionItem {
        if (id == null || id.isBlank() || description == null) {
            throw new IllegalArgumentException("an action item needs an id and a description");
        }
        owner = owner == null ? "" : owner;
        priority = priority == null ? Priority.P2 : priority;
        status = status == null ? ActionStatus.OPEN : status;
        kind = kind == null ? ActionKind.PROCESS : kind;
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    public ActionItem withDescription(String v) {
        return new ActionItem(id, v, owner, priority, due, status, kind, evidence);
    }

    public ActionItem withOwner(String v) {
        return new ActionItem(id, description, v, priority, due, status, kind, evidence);
    }

    public ActionItem withPriority(Priority v) {
        return new ActionItem(id, description, owner, v, due, status, kind, evidence);
    }

    public ActionItem withDue(LocalDate v) {
        return new ActionItem(id, description, owner, priority, v, status, kind, evidence);
    }

    public ActionItem withStatus(ActionStatus v) {
        return new ActionItem(id, description, owner, priority, due, v, kind, evidence);
    }
}
