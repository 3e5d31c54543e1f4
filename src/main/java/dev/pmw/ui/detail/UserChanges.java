package dev.pmw.ui.detail;

import dev.pmw.model.Event;
import dev.pmw.timeline.Row;
import dev.pmw.timeline.RowState;
import dev.pmw.timeline.edit.Field;
import dev.pmw.timeline.edit.RelevanceOverride;
import dev.pmw.timeline.query.RowLabels;
import dev.pmw.ui.timeline.TimeDisplay;

import java.util.ArrayList;
import java.util.List;

/// What the user did to a row, in words, with what the source said before.
final class UserChanges {
    private UserChanges() {
    }

    static String describe(Row r, TimeDisplay time) {
        RowState s = r.state();
        List<String> parts = new ArrayList<>();
        if (r.isManual()) {
            parts.add("Added by you");
        }
        if (r.isOrphaned()) {
            parts.add("Edited, but no longer in its source (shown as you left it)");
        }
        if (s.pinned()) {
            parts.add("Pinned");
        }
        if (s.hidden()) {
            parts.add("Hidden by you");
        }
        if (s.override() == RelevanceOverride.PROMOTED) {
            parts.add("Promoted");
        } else if (s.override() == RelevanceOverride.DEMOTED) {
            parts.add("Demoted");
        }
        Event o = r.original();
        for (Field f : Field.values()) {
            if (r.isEdited(f)) {
                String was = switch (f) {
                    case TIME -> time.full(o.time());
                    case TEXT -> "“" + cut(RowLabels.oneLine(o.text())) + "”";
                    case KIND -> o.kind().label();
                    case ACTOR -> o.actor().isEmpty() ? "none" : o.actor();
                };
                parts.add(Character.toUpperCase(f.label().charAt(0)) + f.label().substring(1) + " edited (was " + was + ")");
            }
        }
        if (s.mergedInto() != null) {
            parts.add("Merged into another row");
        }
        if (!s.mergedFrom().isEmpty()) {
            parts.add(s.mergedFrom().size() + (s.mergedFrom().size() == 1 ? " row" : " rows") + " merged into this one");
        }
        if (s.splitFrom() != null) {
            parts.add("A part of a split burst");
        }
        if (s.note() != null && !s.note().isBlank()) {
            parts.add("Note: " + s.note());
        }
        return String.join(" · ", parts);
    }

    private static String cut(String s) {
        return s.length() > 80 ? s.substring(0, 79) + "…" : s;
    }
}
