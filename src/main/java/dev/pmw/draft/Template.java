package dev.pmw.draft;

import java.util.List;

/// A postmortem layout: the sections to draft, in order, and for user templates the Markdown
/// layout their placeholders sit in.
///
/// @param name     short id used on the command line (`standard`, `rca`, `google-sre`, or a file name)
/// @param label    human name
/// @param sections sections in document order
/// @param layout   the user template's Markdown with `{{placeholders}}`, or null for built-in layouts
/// @param problems what could not be understood in a user template (unknown placeholders …)
public record Template(String name, String label, List<SectionSpec> sections, String layout,
                       List<TemplateProblem> problems) {
    public Template {
        sections = List.copyOf(sections);
        problems = problems == null ? List.of() : List.copyOf(problems);
        if (sections.stream().map(SectionSpec::key).distinct().count() != sections.size()) {
            throw new IllegalArgumentException("section keys must be unique in template " + name);
        }
    }

    public boolean has(SectionIntent intent) {
        return sections.stream().anyMatch(s -> s.intent() == intent);
    }
}
