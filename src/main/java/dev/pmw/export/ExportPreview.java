package dev.pmw.export;

import dev.pmw.draft.PostmortemDocument;
import dev.pmw.timeline.Timeline;

import java.text.Normalizer;
import java.util.Locale;

/// What the export dialog shows: the exact text that would be written for a format, a suggested file
/// name, and the warnings. Pure and side-effect free; call it off the UI thread and show the result.
public final class ExportPreview {
    /// Every export the dialog offers.
    public enum Format {
        MARKDOWN_GFM("Markdown (GitHub)", ".md", "text/markdown"),
        MARKDOWN_NOTION("Markdown for Notion", "-notion.md", "text/markdown"),
        MARKDOWN_CONFLUENCE("Markdown for Confluence", "-confluence.md", "text/markdown"),
        JSON("JSON (postmortem schema)", ".json", "application/json"),
        CSV_JIRA("Action items CSV (Jira)", "-actions-jira.csv", "text/csv"),
        CSV_GITHUB("Action items CSV (GitHub)", "-actions-github.csv", "text/csv");

        private final String label;
        private final String suffix;
        private final String mediaType;

        Format(String label, String suffix, String mediaType) {
            this.label = label;
            this.suffix = suffix;
            this.mediaType = mediaType;
        }

        public String label() {
            return label;
        }

        public String mediaType() {
            return mediaType;
        }
    }

    /// @param format   the format shown
    /// @param text     the content exactly as it would be written
    /// @param fileName suggested file name
    /// @param result   warnings and redaction counts
    public record Preview(Format format, String text, String fileName, ExportResult result) {
    }

    private ExportPreview() {
    }

    public static Preview render(PostmortemDocument doc, Timeline timeline, Format format, ExportOptions options) {
        ExportResult r = switch (format) {
            case MARKDOWN_GFM -> Exporter.export(doc, timeline, Flavor.GFM, options);
            case MARKDOWN_NOTION -> Exporter.export(doc, timeline, Flavor.NOTION, options);
            case MARKDOWN_CONFLUENCE -> Exporter.export(doc, timeline, Flavor.CONFLUENCE, options);
            case JSON -> JsonExport.export(doc, timeline, options);
            case CSV_JIRA -> ActionItemsCsv.export(doc, ActionItemsCsv.Target.JIRA, options);
            case CSV_GITHUB -> ActionItemsCsv.export(doc, ActionItemsCsv.Target.GITHUB, options);
        };
        return new Preview(format, r.text(), baseName(doc) + format.suffix, r);
    }

    /// "postmortem-2026-02-16-payment-service-api-error-rate-5" from the title.
    static String baseName(PostmortemDocument doc) {
        String ascii = Normalizer.normalize(doc.title(), Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-+[^-]*$", "");
        }
        return "postmortem" + (slug.isEmpty() ? "" : "-" + slug);
    }
}
