package dev.pmw.ui.analysis;

import dev.pmw.analysis.BoundaryKind;

import java.time.Instant;
import java.util.List;

/// A lifecycle moment as the panel shows it.
///
/// @param kind     which moment
/// @param time     when, or null when it could not be derived
/// @param clock    the time in the display zone ("02:12:00"), or "—"
/// @param relative `T+08:55` from the impact start, or ""
/// @param range    "between 02:03:05 and 02:04:27" when the evidence is ambiguous, else ""
/// @param how      how it was derived, or why it is missing
/// @param pinned   the user pinned it to a row
/// @param evidence ids of the supporting rows, the deciding row first
public record BoundaryItem(BoundaryKind kind, Instant time, String clock, String relative, String range, String how,
                           boolean pinned, List<String> evidence) {
    public BoundaryItem {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    public boolean present() {
        return time != null;
    }

    public String label() {
        return kind.label();
    }
}
