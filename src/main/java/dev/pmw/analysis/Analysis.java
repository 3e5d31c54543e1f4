package dev.pmw.analysis;

import java.util.List;
import java.util.Map;

/// Everything `pmw analyze` derives from a timeline (the `--json` contract in ARCHITECTURE.md).
/// Fields that could not be derived are null and say why: a missing boundary carries its reason,
/// [#missing()] holds the others.
///
/// @param boundaries the five lifecycle moments (always all five keys; missing ones carry a reason)
/// @param durations  minutes between boundaries (null entries when a boundary is missing)
/// @param trigger    the most plausible triggering change, or null
/// @param runnersUp  other candidate changes, most plausible first
/// @param impact     impact figures (fields are null where the evidence has no numbers)
/// @param severity   suggested severity, or null
/// @param questions  open questions for the review (gaps, contradictions, order, detection lag, missing)
/// @param missing    reason per missing field ("trigger" → "no change before the impact start")
public record Analysis(Map<BoundaryKind, Boundary> boundaries, Durations durations, Trigger trigger,
                       List<Trigger> runnersUp, Impact impact, Severity severity, List<OpenQuestion> questions,
                       Map<String, String> missing) {

    public Analysis {
        boundaries = Map.copyOf(boundaries);
        runnersUp = runnersUp == null ? List.of() : List.copyOf(runnersUp);
        questions = questions == null ? List.of() : List.copyOf(questions);
        missing = missing == null ? Map.of() : Map.copyOf(missing);
    }

    public Boundary boundary(BoundaryKind k) {
        return boundaries.get(k);
    }
}
