package dev.pmw.analysis;

import dev.pmw.timeline.Timeline;

import java.util.EnumMap;
import java.util.Map;

/// Derives the postmortem facts from a timeline. First cut: nothing is derived yet and every field
/// says so; the analysis issue replaces this with evidence rules.
public final class Analyzer {

    public Analysis analyze(Timeline timeline) {
        Map<BoundaryKind, Boundary> b = new EnumMap<>(BoundaryKind.class);
        for (BoundaryKind k : BoundaryKind.values()) {
            b.put(k, Boundary.missing(k, "boundary analysis is not implemented yet"));
        }
        return new Analysis(b, Durations.NONE, null, null, null, null, null,
                Map.of("trigger", "trigger analysis is not implemented yet",
                        "impact", "impact analysis is not implemented yet",
                        "severity", "severity analysis is not implemented yet"));
    }
}
