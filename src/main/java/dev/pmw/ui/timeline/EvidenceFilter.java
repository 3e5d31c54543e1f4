package dev.pmw.ui.timeline;

import java.util.List;

/// "Show me the rows behind this": the table shows exactly these rows (in time order), whatever
/// the other criteria say, until the filter is cleared. Set by the analysis panel (the evidence of
/// a boundary, the trigger, an open question) and by citations in the postmortem.
///
/// @param label what the rows are evidence of ("Detected", "Root cause")
/// @param ids   event ids of the rows; ids no longer in the timeline are ignored
/// @param focus the id to select among them, or null for the first
public record EvidenceFilter(String label, List<String> ids, String focus) {
    public EvidenceFilter {
        label = label == null ? "" : label;
        ids = List.copyOf(ids);
    }

    public EvidenceFilter(String label, List<String> ids) {
        this(label, ids, null);
    }
}
