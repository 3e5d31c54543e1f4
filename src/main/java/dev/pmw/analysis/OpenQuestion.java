package dev.pmw.analysis;

import java.util.List;

/// Something the evidence leaves open, phrased blamelessly as a question for the review meeting.
///
/// @param kind     one of [#GAP], [#CONTRADICTION], [#ORDER], [#DETECTION_LAG], [#MISSING] (the
///                 `kind` value in `pmw analyze --json`)
/// @param question the question
/// @param evidence rows it refers to
public record OpenQuestion(String kind, String question, List<String> evidence) {
    /// No row from any source for a long stretch during the impact.
    public static final String GAP = "gap";
    /// Two sources disagree (a time mentioned in chat versus the event it talks about).
    public static final String CONTRADICTION = "contradiction";
    /// Boundaries in an impossible order (acknowledged before detected, resolved before mitigated).
    public static final String ORDER = "order";
    /// The impact began long before the first alert.
    public static final String DETECTION_LAG = "detection_lag";
    /// A boundary or the trigger could not be derived.
    public static final String MISSING = "missing";

    public OpenQuestion {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
