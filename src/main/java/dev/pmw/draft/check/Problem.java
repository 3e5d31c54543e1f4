package dev.pmw.draft.check;

/// Why a sentence is flagged, and where to underline.
///
/// @param start   first character of the offending value (or of the sentence)
/// @param end     one past its last character
/// @param kind    what is wrong
/// @param message a plain sentence for the tooltip and the export dialog
public record Problem(int start, int end, Kind kind, String message) {
    public enum Kind {
        /// A factual sentence with no citation that the analysis does not back either.
        NO_CITATION(Status.UNSUPPORTED),
        /// A cited id that is not a row of this timeline.
        UNKNOWN_CITATION(Status.UNSUPPORTED),
        TIME(Status.CONTRADICTED),
        DURATION(Status.CONTRADICTED),
        COUNT(Status.CONTRADICTED),
        VERSION(Status.CONTRADICTED),
        COMMIT(Status.CONTRADICTED),
        NAME(Status.CONTRADICTED);

        private final Status status;

        Kind(Status status) {
            this.status = status;
        }

        /// The sentence status this problem implies.
        public Status status() {
            return status;
        }
    }
}
