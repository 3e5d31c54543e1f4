package dev.pmw.draft.check;

import java.util.List;

/// The verdict on one sentence.
///
/// @param start     first character of the sentence in the checked text
/// @param end       one past its last character
/// @param status    the verdict
/// @param citations the ids it cites, in order, existing or not
/// @param problems  what is wrong, with positions to underline (empty when supported)
public record SentenceCheck(int start, int end, Status status, List<String> citations, List<Problem> problems) {
    public SentenceCheck {
        citations = List.copyOf(citations);
        problems = List.copyOf(problems);
    }

    /// All problems' messages in one line, for a tooltip or a footnote.
    public String reason() {
        return String.join("; ", problems.stream().map(Problem::message).toList());
    }
}
