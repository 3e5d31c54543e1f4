package dev.pmw.ui.ai;

import dev.pmw.draft.PostmortemDocument;
import dev.pmw.draft.Section;
import dev.pmw.draft.SectionSpec;
import dev.pmw.draft.Template;
import dev.pmw.draft.Templates;

import java.util.Optional;

/// The template slot of a document's section, with the guidance the template gives for it: from the
/// document's built-in template when it has one, else the standard template's slot with the same
/// intent, else the section itself without guidance (a user template).
final class SectionSpecs {
    private SectionSpecs() {
    }

    static SectionSpec of(PostmortemDocument doc, String key) {
        Section s = doc.section(key).orElseThrow(() -> new IllegalArgumentException("no section " + key));
        Optional<SectionSpec> exact = builtIn(doc.template()).flatMap(t -> t.sections().stream()
                .filter(x -> x.key().equals(key)).findFirst());
        String guidance = exact.or(() -> Templates.standard().sections().stream()
                        .filter(x -> x.intent() == s.intent()).findFirst())
                .map(SectionSpec::guidance).orElse("");
        return new SectionSpec(s.key(), s.heading(), s.intent(), s.group(), guidance);
    }

    private static Optional<Template> builtIn(String name) {
        try {
            return name == null || name.isBlank() ? Optional.empty() : Optional.of(Templates.byName(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
