package dev.pmw.draft;

import java.time.Instant;
import java.util.List;

/// A lifecycle moment as the document states it (copied from the analysis when drafting, editable).
///
/// @param kind     `impact_start`, `detected`, `acknowledged`, `mitigated`, `resolved`
/// @param time     the moment
/// @param rule     how it was derived
/// @param evidence supporting event ids
public record Moment(String kind, Instant time, String rule, List<String> evidence) {
    public Moment {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        rule = rule == null ? "" : rule;
    }
}
