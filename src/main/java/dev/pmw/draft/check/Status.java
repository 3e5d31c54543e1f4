package dev.pmw.draft.check;

/// A sentence's standing against the evidence, from best to worst.
public enum Status {
    /// Cites existing rows and every value in it matches them or the analysis (or, uncited, every
    /// value matches the analysis).
    SUPPORTED,
    /// States nothing checkable and cites nothing ("We will add a pool-saturation monitor.").
    NO_CLAIM,
    /// States a fact but cites no row (or only rows that do not exist).
    UNSUPPORTED,
    /// A value in it disagrees with the rows it cites.
    CONTRADICTED;

    public boolean flagged() {
        return this == UNSUPPORTED || this == CONTRADICTED;
    }
}
