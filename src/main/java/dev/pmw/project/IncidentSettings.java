package dev.pmw.project;

import java.time.ZoneId;
import java.time.ZoneOffset;

/// Settings that belong to the incident and travel with the project (machine settings such as the
/// AI endpoint and its key never do).
///
/// @param displayZone the zone times are shown in
/// @param template    the postmortem template's name, or null for the default
public record IncidentSettings(ZoneId displayZone, String template) {
    public static final IncidentSettings DEFAULT = new IncidentSettings(ZoneOffset.UTC, null);

    public IncidentSettings {
        displayZone = displayZone == null ? ZoneOffset.UTC : displayZone;
    }

    public IncidentSettings withDisplayZone(ZoneId z) {
        return new IncidentSettings(z, template);
    }

    public IncidentSettings withTemplate(String t) {
        return new IncidentSettings(displayZone, t);
    }
}
