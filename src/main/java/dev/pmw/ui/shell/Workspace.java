package dev.pmw.ui.shell;

/// The two halves of the window: the timeline (sources, filters, chart, table, analysis) and the
/// postmortem (sections, action items, export). Ctrl+1 and Ctrl+2 switch.
public enum Workspace {
    TIMELINE("Timeline"), POSTMORTEM("Postmortem");

    private final String label;

    Workspace(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
