package dev.pmw.draft;

/// One section a template asks for.
///
/// @param key      unique within the template (`root_cause`, `detection_gaps` …); the project file
///                 and the editor address sections by it
/// @param heading  heading as the template words it ("Root Cause Analysis")
/// @param intent   what goes in it
/// @param group    heading of the enclosing group, or null: sections of one group render as
///                 sub-sections under one `##` heading ("Lessons learned" › "Where we got lucky")
/// @param guidance one line telling the writer (human or model) what the section should say
public record SectionSpec(String key, String heading, SectionIntent intent, String group, String guidance) {
    public SectionSpec {
        if (key == null || key.isBlank() || intent == null) {
            throw new IllegalArgumentException("a section needs a key and an intent");
        }
        heading = heading == null || heading.isBlank() ? intent.label() : heading;
        guidance = guidance == null ? "" : guidance;
    }

    public static SectionSpec of(SectionIntent intent, String heading, String guidance) {
        return new SectionSpec(intent.id(), heading, intent, null, guidance);
    }

    public SectionSpec inGroup(String groupHeading) {
        return new SectionSpec(key, heading, intent, groupHeading, guidance);
    }
}
