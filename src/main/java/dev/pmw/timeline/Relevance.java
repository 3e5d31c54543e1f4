package dev.pmw.timeline;

import java.util.List;

/// Why a row is shown or hidden: a score from the signal rules that matched, and the noise rule
/// that hides it (null when it is not hidden). Every row is explained.
///
/// @param score    0..1
/// @param reasons  labels of the rules that matched, strongest first ("alert state change")
/// @param hiddenBy id of the noise rule that hides the row in the key-events view, or null
public record Relevance(double score, List<String> reasons, String hiddenBy) {

    /// Rows at or above this score (and not hidden by a noise rule) are key events.
    public static final double KEY_THRESHOLD = 0.5;

    public Relevance {
        reasons = List.copyOf(reasons);
        score = Math.max(0, Math.min(1, score));
    }

    public boolean isKey() {
        return hiddenBy == null;
    }
}
