package dev.pmw.ui.postmortem;

/// Something to show on a stretch of a section's text: a citation, a sentence the evidence does not
/// support, a value that contradicts it, or wording the blameless lint flags.
///
/// @param start    first character
/// @param end      one past the last character
/// @param kind     what it is (decides the style)
/// @param message  what the tooltip says
/// @param rewrite  for lint: the neutral text to put in place of `[start, end)` ("" deletes it), or
///                 null when there is no quick fix
/// @param citation for citations: the first cited event id, else null
public record Mark(int start, int end, Kind kind, String message, String rewrite, String citation) {
    public enum Kind {
        /// `[e-…]` naming a row of the timeline.
        CITATION("citation"),
        /// `[e-…]` naming no row.
        CITATION_UNKNOWN("citation-unknown"),
        /// A factual sentence without evidence.
        UNSUPPORTED("claim-unsupported"),
        /// A sentence whose values disagree with the rows it cites.
        CONTRADICTED("claim-contradicted"),
        /// The exact value that is wrong, inside a flagged sentence.
        WRONG_VALUE("claim-value"),
        /// Blame, counterfactual, hindsight or single-root-cause wording.
        LINT("lint");

        private final String styleClass;

        Kind(String styleClass) {
            this.styleClass = styleClass;
        }

        /// The style class in `app.css`.
        public String styleClass() {
            return styleClass;
        }
    }

    public boolean covers(int position) {
        return position >= start && position < end;
    }

    /// A quick fix can be offered.
    public boolean fixable() {
        return kind == Kind.LINT && rewrite != null;
    }
}
