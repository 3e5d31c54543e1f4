package dev.pmw.export;

import dev.pmw.draft.CitationIndex;
import dev.pmw.draft.Placeholders;
import dev.pmw.draft.PostmortemDocument;
import dev.pmw.draft.Redactor;
import dev.pmw.draft.Section;
import dev.pmw.timeline.Timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/// Exports a postmortem as Markdown in a flavour. Pure: no I/O, safe to call off the UI thread for
/// a live preview. Exports never contain secrets, and contain e-mail addresses and phone numbers
/// only when [ExportOptions#includePersonalData()] is set.
public final class Exporter {
    private Exporter() {
    }

    public static ExportResult export(PostmortemDocument document, Timeline timeline, Flavor flavor) {
        return export(document, timeline, flavor, ExportOptions.DEFAULT);
    }

    public static ExportResult export(PostmortemDocument document, Timeline timeline, Flavor flavor, ExportOptions options) {
        List<String> warnings = new ArrayList<>(checks(document, timeline));
        String assembled = MarkdownAssembler.assemble(document, warnings);
        FlavoredMarkdown md = new FlavoredMarkdown(flavor, new CitationIndex(timeline),
                Redactor.forExport(options.includePersonalData()));
        String text = md.render(assembled);
        return new ExportResult(text, warnings, md.redactions());
    }

    /// What every export warns about: citations naming no row, sections not written, drafts waiting
    /// for review, unknown placeholders in a user layout.
    static List<String> checks(PostmortemDocument doc, Timeline timeline) {
        List<String> out = new ArrayList<>();
        List<String> unresolved = new CitationIndex(timeline).unresolved(doc);
        if (!unresolved.isEmpty()) {
            out.add(unresolved.size() + (unresolved.size() == 1 ? " citation names" : " citations name")
                    + " no timeline row: " + String.join(", ", unresolved));
        }
        for (Section s : doc.sections()) {
            if (s.text().isBlank() && s.intent() != dev.pmw.draft.SectionIntent.ACTION_ITEMS) {
                out.add("section \"" + s.heading() + "\" is empty");
            }
            if (s.proposal() != null) {
                out.add("section \"" + s.heading() + "\" has a newer draft waiting for review (not exported)");
            }
        }
        if (doc.layout() != null) {
            Matcher m = Placeholders.PATTERN.matcher(doc.layout());
            while (m.find()) {
                if (!Placeholders.isKnown(m.group(1))) {
                    out.add("unknown template placeholder {{" + m.group(1).strip() + "}} left in the text");
                }
            }
        }
        return out;
    }
}
