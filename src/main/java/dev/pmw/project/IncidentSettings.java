package dev.pmw.project;

import dev.pmw.draft.privacy.Consents;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

/// Settings that belong to the incident and travel with the project (machine settings such as the
/// AI endpoint and its key never do).
///
/// @param displayZone the zone times are shown in
/// @param template    the postmortem template's name, or null for the default
/// @param aiConsents  the endpoints the user agreed this project's redacted evidence may go to
///                    (so the payload preview is not asked again after reopening)
/// @param redactNames names the user listed to be replaced by placeholders before anything is sent
///                    to a model (a customer, a colleague's nickname), besides the detected ones
public record IncidentSettings(ZoneId displayZone, String template, Consents aiConsents, List<String> redactNames) {
    public static final IncidentSettings DEFAULT = new IncidentSettings(ZoneOffset.UTC, null, Consents.NONE, List.of());

    public IncidentSettings {
        displayZone = displayZone == null ? ZoneOffset.UTC : displayZone;
        aiConsents = aiConsents == null ? Consents.NONE : aiConsents;
        redactNames = redactNames == null ? List.of() : List.copyOf(redactNames);
    }

    public IncidentSettings(ZoneId displayZone, String template) {
        this(displayZone, template, Consents.NONE, List.of());
    }

    public IncidentSettings(ZoneId displayZone, String template, Consents aiConsents) {
        this(displayZone, template, aiConsents, List.of());
    }

    public IncidentSettings withDisplayZone(ZoneId z) {
        return new IncidentSettings(z, template, aiConsents, redactNames);
    }

    public IncidentSettings withTemplate(String t) {
        return new IncidentSettings(displayZone, t, aiConsents, redactNames);
    }

    public IncidentSettings withAiConsents(Consents c) {
        return new IncidentSettings(displayZone, template, c, redactNames);
    }

    public IncidentSettings withRedactNames(List<String> names) {
        return new IncidentSettings(displayZone, template, aiConsents, names);
    }
}
