package dev.pmw.export;

import dev.pmw.draft.DocumentDrafter;
import dev.pmw.draft.PostmortemDocument;
import dev.pmw.draft.Redactor;
import dev.pmw.draft.SampleStory;
import dev.pmw.draft.SectionIntent;
import dev.pmw.draft.Templates;
import dev.pmw.draft.offline.EvidenceDrafter;
import dev.pmw.work.Work;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/// Exports carry no secrets, and no phone numbers or e-mail addresses unless the user opts in — in the
/// prose, the quoted evidence, the JSON and the CSV.
class RedactionExportTest {
    private final SampleStory story = new SampleStory();
    private final PostmortemDocument doc;

    RedactionExportTest() {
        PostmortemDocument d = DocumentDrafter.draft(new EvidenceDrafter(), story.context(), Templates.standard(), Work.NONE);
        String impact = d.section(SectionIntent.IMPACT).orElseThrow().text();
        // the user cites the page notification (contact details) and the screenshot message (file token)
        d = d.withUserText("impact", impact + "- Paged on call at " + SampleStory.PHONE + " [" + story.notify.id() + "]; screenshot "
                + "[" + story.reloaded.id() + "].\n- Escalated to oncall\\_lead@ferropay.example with key sk-proj-abc\\_defghijklmnopqrstuvwxyz "
                + "and `sk-proj-ghi_jklmnopqrstuvwxyzabcdef`.\n");
        this.doc = d.withActionItem(d.actionItems().getFirst().withOwner("payments team (" + SampleStory.EMAIL + ")"));
    }

    @Test
    void byDefaultEveryFormatIsRedacted() {
        for (ExportPreview.Format f : ExportPreview.Format.values()) {
            ExportResult r = ExportPreview.render(doc, story.timeline, f, ExportOptions.DEFAULT).result();
            String text = r.text();
            assertFalse(text.contains("612 345 678"), f + " leaks the phone number");
            assertFalse(text.contains("dani.ortega@"), f + " leaks the e-mail address");
            assertFalse(text.contains("xoxe-") || text.contains("FAKE0TOKEN"), f + " leaks the file token");
            assertFalse(text.contains("oncall") || text.contains("defghijklmnop") || text.contains("jklmnopqrs"),
                    f + " leaks what Markdown escaped");
            assertTrue(r.redactionCount() > 0, f.name());
        }
        String md = Exporter.export(doc, story.timeline, Flavor.GFM).text();
        assertTrue(md.contains("(redacted phone)") && md.contains("(redacted e-mail)"), "the reader sees that something was removed");
        assertTrue(md.contains("screenshot.png?t=REDACTED"), "the link stays, its token goes");
    }

    @Test
    void optingInKeepsContactsButNeverTokens() {
        ExportOptions keep = new ExportOptions(true);
        for (ExportPreview.Format f : List.of(ExportPreview.Format.MARKDOWN_GFM, ExportPreview.Format.JSON, ExportPreview.Format.CSV_JIRA)) {
            ExportResult r = ExportPreview.render(doc, story.timeline, f, keep).result();
            assertTrue(r.text().contains(SampleStory.EMAIL), f.name());
            assertFalse(r.text().contains("xoxe-"), f.name());
        }
        ExportResult md = Exporter.export(doc, story.timeline, Flavor.NOTION, keep);
        assertTrue(md.text().contains(SampleStory.PHONE), "in the prose and the quoted notification");
        assertEquals(null, md.redactions().get(Redactor.Kind.PHONE));
        assertTrue(md.redactions().get(Redactor.Kind.SECRET) >= 1);
    }
}
