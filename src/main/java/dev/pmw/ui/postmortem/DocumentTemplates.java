package dev.pmw.ui.postmortem;

import dev.pmw.draft.PostmortemDocument;
import dev.pmw.draft.Section;
import dev.pmw.draft.SectionSpec;
import dev.pmw.draft.Template;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/// The document's template as a [Template], and moving a document to another template.
final class DocumentTemplates {
    private DocumentTemplates() {
    }

    /// The built-in template of that name, or null (a user template file, known by its file name).
    static Template builtIn(String name) {
        try {
            return dev.pmw.draft.Templates.byName(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /// The document's sections as template slots; guidance comes from `template` where keys match.
    static List<SectionSpec> specs(PostmortemDocument doc, Template template) {
        Map<String, SectionSpec> known = template == null ? Map.of()
                : template.sections().stream().collect(Collectors.toMap(SectionSpec::key, Function.identity()));
        List<SectionSpec> out = new ArrayList<>();
        for (Section s : doc.sections()) {
            SectionSpec k = known.get(s.key());
            out.add(k != null ? k : new SectionSpec(s.key(), s.heading(), s.intent(), s.group(), ""));
        }
        return out;
    }

    /// The template a document was written with: the built-in of its name, else its own sections.
    static Template of(PostmortemDocument doc) {
        Template t = builtIn(doc.template());
        if (t != null && t.sections().stream().map(SectionSpec::key).toList()
                .equals(doc.sections().stream().map(Section::key).toList())) {
            return t;
        }
        return new Template(doc.template(), doc.template(), specs(doc, t), doc.layout(), null);
    }

    /// The document laid out by another template: each new section takes the text of the old section
    /// with its key, else of the first unused one with its intent. Title, facts and action items stay.
    static PostmortemDocument switchTo(PostmortemDocument doc, Template t) {
        PostmortemDocument blank = PostmortemDocument.blank(t, doc.title(), doc.facts()).withActionItems(doc.actionItems());
        Set<String> used = new HashSet<>();
        List<Section> out = new ArrayList<>();
        for (Section fresh : blank.sections()) {
            Optional<Section> old = doc.section(fresh.key()).filter(s -> !used.contains(s.key()))
                    .or(() -> doc.sections().stream().filter(s -> s.intent() == fresh.intent() && !used.contains(s.key()))
                            .findFirst());
            if (old.isPresent()) {
                Section o = old.get();
                used.add(o.key());
                out.add(new Section(fresh.key(), fresh.heading(), fresh.intent(), fresh.group(), o.text(), o.origin(),
                        o.accepted(), o.citations(), o.proposal() == null ? null : retarget(o, fresh)));
            } else {
                out.add(fresh);
            }
        }
        return new PostmortemDocument(blank.title(), t.name(), t.layout(), out, doc.actionItems(), doc.facts());
    }

    /// Headings of sections with text that `t` has no place for (they would be dropped).
    static List<String> dropped(PostmortemDocument doc, Template t) {
        PostmortemDocument moved = switchTo(doc, t);
        Set<String> kept = new HashSet<>();
        for (Section s : moved.sections()) {
            kept.add(s.text());
        }
        return doc.sections().stream().filter(s -> !s.text().isBlank() && !kept.contains(s.text()))
                .map(Section::heading).toList();
    }

    private static dev.pmw.draft.SectionDraft retarget(Section o, Section fresh) {
        var p = o.proposal();
        return new dev.pmw.draft.SectionDraft(fresh.key(), fresh.intent(), p.text(), p.citations(), p.actionItems(),
                p.origin(), p.drafter());
    }
}
