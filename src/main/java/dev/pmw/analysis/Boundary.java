package dev.pmw.analysis;

import java.time.Instant;
import java.util.List;

/// A lifecycle moment derived from evidence, or the reason it could not be derived.
///
/// @param kind     which moment
/// @param time     the moment, or null when it could not be derived
/// @param earliest lower end of the range when the evidence is ambiguous, else null
/// @param latest   upper end of the range when the evidence is ambiguous, else null
/// @param evidence ids of the timeline rows that support it, the deciding row first
/// @param rule     how it was derived, in plain words ("first alert trigger or page in the incident window")
/// @param reason   why it is missing (when [#time()] is null), else null
/// @param pinned   true when the user pinned it to a row
public record Boundary(BoundaryKind kind, Instant time, Instant earliest, Instant latest, List<String> evidence,
                       String rule, String reason, boolean pinned) {
    public Boundary {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    public static Boundary missing(BoundaryKind kind, String reason) {
        return new Boundary(kind, null, null, null, List.of(), null, reason, false);
    }

    public static Boundary of(BoundaryKind kind, Instant time, List<String> evidence, String rule) {
        return new Boundary(kind, time, null, null, evidence, rule, null, false);
    }

    /// A boundary the user pinned to a row.
    public static Boundary pinned(BoundaryKind kind, Instant time, String eventId, String rule) {
        return new Boundary(kind, time, null, null, List.of(eventId), rule, null, true);
    }

    /// The same boundary with the range of times the evidence allows; no range when it is narrow.
    public Boundary withRange(Instant from, Instant to) {
        if (from == null || to == null || java.time.Duration.between(from, to).getSeconds() <= AMBIGUOUS_SECONDS) {
            return this;
        }
        return new Boundary(kind, time, from, to, evidence, rule, reason, pinned);
    }

    /// Evidence that differs by no more than this is one moment, not a range.
    public static final long AMBIGUOUS_SECONDS = 60;

    public boolean present() {
        return time != null;
    }
}
