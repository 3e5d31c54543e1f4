package dev.pmw.draft.check;

/// A blameless-language finding: what to underline, why, and a neutral rewrite.
///
/// @param start    first character of the phrase
/// @param end      one past its last character
/// @param category what kind of wording it is
/// @param message  why it is flagged, in a sentence
/// @param rewrite  text to replace `[start, end)` with (empty: delete it), or null when only the
///                 writer can rephrase it; the UI offers it as a quick fix
public record LintFinding(int start, int end, Category category, String message, String rewrite) {
    public enum Category {
        /// A person (or "he", "she", "they") as the subject of a cause: "Dani broke prod".
        PERSON_AS_CAUSE,
        /// What did not happen: "should have", "could have", "if only", "failed to".
        COUNTERFACTUAL,
        /// Hindsight and minimising words: "obviously", "simply", "just", "careless".
        HINDSIGHT,
        /// One cause presented as the whole story: "the root cause was".
        SINGLE_ROOT_CAUSE
    }
}
