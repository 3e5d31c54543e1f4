package dev.pmw.analysis;

import java.util.List;

/// Something the evidence leaves open, phrased as a question for the review meeting.
///
/// @param kind     `gap`, `contradiction`, `order`, `missing`
/// @param question the question
/// @param evidence rows it refers to
public record OpenQuestion(String kind, String question, List<String> evidence) {
    public OpenQuestion {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
