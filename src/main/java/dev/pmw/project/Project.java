package dev.pmw.project;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pmw.timeline.Incident;
import dev.pmw.timeline.LoadedSource;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/// What a `*.pmw` file holds: the incident (sources, their settings and the edit layer), the
/// incident's settings, and the postmortem document. Immutable.
///
/// @param incident the sources and the edit layer
/// @param settings display zone, template
/// @param document the postmortem document as the draft package stores it; kept and returned
///                 untouched (may be null)
/// @param saved    for sources restored without their file: where they were (keyed by display path)
public record Project(Incident incident, IncidentSettings settings, JsonNode document, Map<String, SavedSource> saved) {

    public Project {
        Objects.requireNonNull(incident, "incident");
        settings = settings == null ? IncidentSettings.DEFAULT : settings;
        saved = saved == null ? Map.of() : Map.copyOf(saved);
    }

    public static Project of(Incident incident) {
        return new Project(incident, IncidentSettings.DEFAULT, null, Map.of());
    }

    public static Project empty() {
        return of(Incident.empty());
    }

    /// After an edit, undo, import or source change. Saved locations of sources no longer restored
    /// from the project are dropped.
    public Project withIncident(Incident next) {
        Map<String, SavedSource> keep = new HashMap<>();
        for (LoadedSource s : next.sources()) {
            SavedSource where = saved.get(s.file());
            if (where != null && !s.isRead()) {
                keep.put(s.file(), where);
            }
        }
        return new Project(next, settings, document, keep);
    }

    public Project withSettings(IncidentSettings s) {
        return new Project(incident, s, document, saved);
    }

    public Project withDocument(JsonNode d) {
        return new Project(incident, settings, d, saved);
    }

    /// Whether saving this would write the same project as `other` (the project as last saved or
    /// opened): the same sources, edits, settings and document. Sources compare by identity, so
    /// this is cheap; use it for the unsaved-changes marker.
    public boolean sameContentAs(Project other) {
        if (other == null) {
            return false;
        }
        if (other == this) {
            return true;
        }
        var a = incident.sources();
        var b = other.incident.sources();
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i) && !a.get(i).equals(b.get(i))) {
                return false;
            }
        }
        return incident.edits().equals(other.incident.edits()) && settings.equals(other.settings)
                && incident.disabledRules().equals(other.incident.disabledRules())
                && Objects.equals(document, other.document);
    }
}
