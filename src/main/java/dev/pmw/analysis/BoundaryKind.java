package dev.pmw.analysis;

/// The lifecycle moments of an incident, in their natural order.
public enum BoundaryKind {
    IMPACT_START("impact_start", "Impact start"),
    DETECTED("detected", "Detected"),
    ACKNOWLEDGED("acknowledged", "Acknowledged"),
    MITIGATED("mitigated", "Mitigated"),
    RESOLVED("resolved", "Resolved");

    private final String id;
    private final String label;

    BoundaryKind(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /// Contract field name in `pmw analyze --json`.
    public String id() {
        return id;
    }

    public String label() {
        return label;
    }
}
