package dev.pmw.project;

import dev.pmw.draft.privacy.Consents;

import java.time.ZoneId;
import java.time.ZoneOffset;

/// Settings that belong to the incident and travel with the project (machine settings such as the
/// AI endpoint and its key never do).
///
/// @param displayZone the zone times are shown in
/// @param template    the postmortem template's name, or null for the default
/// @param aiConsents  the endpoints the user agreed this project's redacted evidence may go to
///                    (so the payload preview is not asked again after reopening)
public record IncidentSettings(ZoneId displayZone, String template, Consents aiConsents) {
    public static final IncidentSettings DEFAULT = new IncidentSettings(ZoneOffset.UTC, null, Consents.NONE);

    public IncidentSettings {
        displayZone = displayZone == null ? ZoneOffset.UTC : displayZone;
        aiConsents = aiConsents == null ? Consents.NONE : aiConsents;
    }

    public IncidentSettings(ZoneId displayZone, String template) {
        this(displayZone, template, Consents.NONE);
    }

    public IncidentSettings withDisplayZone(ZoneId z) {
        return new IncidentSettings(z, template, aiConsents);
    }

    public IncidentSettings withTemplate(String t) {
        return new IncidentSettings(displayZone, t, aiConsents);
    }

    public IncidentSettings withAiConsents(Consents c) {
        return new IncidentSettings(displayZone, template, c);
    }
}
