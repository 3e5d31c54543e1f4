package dev.pmw.ui.postmortem;

/// Something in the document to look at before it goes out: a claim the evidence does not support
/// or contradicts, or wording the blameless lint flags. The export dialog lists them.
///
/// @param section  key of the section
/// @param heading  its heading
/// @param kind     what kind of finding
/// @param excerpt  the sentence or phrase, shortened
/// @param reason   why
public record Issue(String section, String heading, Kind kind, String excerpt, String reason) {
    public enum Kind {
        UNSUPPORTED("Not supported"), CONTRADICTED("Contradicted"), WORDING("Wording");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /// Claims count more than wording.
    public boolean isClaim() {
        return kind != Kind.WORDING;
    }
}
