package dev.pmw.draft;

import java.util.Locale;
import java.util.Optional;

/// What a section is for, whatever the template calls it. Drafters write by intent; exports map
/// intents onto fields (`root_cause`, `contributing_factors` …). The [#id()] is also the placeholder
/// name in user templates (`{{root_cause}}`).
public enum SectionIntent {
    SUMMARY("Summary"),
    STATUS("Status"),
    AUTHORS("Authors"),
    IMPACT("Impact"),
    TIMELINE("Timeline"),
    ROOT_CAUSE("Root cause"),
    TRIGGER("Trigger"),
    CONTRIBUTING_FACTORS("Contributing factors"),
    DETECTION("Detection"),
    RESOLUTION("Resolution"),
    FIVE_WHYS("Five whys"),
    ACTION_ITEMS("Action items"),
    PREVENTIVE_MEASURES("Preventive measures"),
    LESSONS_LEARNED("Lessons learned"),
    WENT_WELL("What went well"),
    WENT_WRONG("What went wrong"),
    LUCKY("Where we got lucky"),
    SUPPORTING_INFORMATION("Supporting information");

    private final String label;

    SectionIntent(String label) {
        this.label = label;
    }

    /// `root_cause`, `five_whys` …
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /// Default heading.
    public String label() {
        return label;
    }

    public static Optional<SectionIntent> fromId(String id) {
        String s = id.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (SectionIntent i : values()) {
            if (i.name().equals(s)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }
}
