package dev.pmw.draft;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/// The `{{placeholder}}` vocabulary of user templates: section placeholders (replaced by a drafted
/// section, one per intent id plus a few common aliases) and scalar placeholders (replaced by a
/// single value: title, severity, times).
public final class Placeholders {
    /// `{{ name }}`: letters, digits, `_`, `-`, spaces.
    public static final Pattern PATTERN = Pattern.compile("\\{\\{\\s*([A-Za-z][A-Za-z0-9_ -]{0,60}?)\\s*}}");

    public static final Set<String> SCALARS = Set.of("title", "incident_summary", "date", "severity", "duration",
            "impact_scope", "impact_start", "detected", "acknowledged", "mitigated", "resolved");

    private static final Map<String, SectionIntent> ALIASES = Map.ofEntries(
            Map.entry("root_causes", SectionIntent.ROOT_CAUSE),
            Map.entry("primary_cause", SectionIntent.ROOT_CAUSE),
            Map.entry("detection_gaps", SectionIntent.DETECTION),
            Map.entry("mitigation_steps", SectionIntent.RESOLUTION),
            Map.entry("mitigation", SectionIntent.RESOLUTION),
            Map.entry("remediation", SectionIntent.RESOLUTION),
            Map.entry("corrective_actions", SectionIntent.ACTION_ITEMS),
            Map.entry("preventive_actions", SectionIntent.PREVENTIVE_MEASURES),
            Map.entry("lessons", SectionIntent.LESSONS_LEARNED),
            Map.entry("what_went_well", SectionIntent.WENT_WELL),
            Map.entry("what_went_wrong", SectionIntent.WENT_WRONG),
            Map.entry("where_we_got_lucky", SectionIntent.LUCKY),
            Map.entry("supporting_info", SectionIntent.SUPPORTING_INFORMATION),
            Map.entry("5_whys", SectionIntent.FIVE_WHYS),
            Map.entry("five_why", SectionIntent.FIVE_WHYS));

    private Placeholders() {
    }

    /// `Root Cause` → `root_cause`.
    public static String normalise(String name) {
        return name.trim().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    }

    public static boolean isScalar(String name) {
        return SCALARS.contains(normalise(name));
    }

    /// The section intent a placeholder stands for, if it is a section placeholder.
    public static Optional<SectionIntent> intentOf(String name) {
        String n = normalise(name);
        SectionIntent alias = ALIASES.get(n);
        return alias != null ? Optional.of(alias) : SectionIntent.fromId(n);
    }

    public static boolean isKnown(String name) {
        return isScalar(name) || intentOf(name).isPresent();
    }
}
