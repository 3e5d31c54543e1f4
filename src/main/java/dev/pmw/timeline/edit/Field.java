package dev.pmw.timeline.edit;

/// The fields of a row the user can edit inline. A row shows an "edited" marker on each field
/// listed in [dev.pmw.timeline.RowState#edited()].
public enum Field {
    TIME("time"),
    TEXT("text"),
    KIND("kind"),
    ACTOR("actor");

    private final String label;

    Field(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
