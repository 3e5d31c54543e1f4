package dev.pmw.ui.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pmw.export.ExportPreview.Format;
import dev.pmw.ui.SampleData;
import dev.pmw.ui.postmortem.Issue;
import dev.pmw.ui.shell.MainViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExportViewModelTest {

    private static MainViewModel drafted() {
        MainViewModel w = SampleData.loaded();
        w.postmortem().draftAll();
        return w;
    }

    @Test
    void thePreviewFollowsTheFormatAndTheDocument() throws Exception {
        MainViewModel w = drafted();
        ExportViewModel x = w.export();
        String gfm = x.previewProperty().get().text();
        assertTrue(gfm.startsWith("# "), gfm.substring(0, 40));
        assertTrue(gfm.contains("[^e-02kcmrf7yrn5]"), "GitHub: citations are footnotes");
        assertTrue(x.fileName().startsWith("postmortem-") && x.fileName().endsWith(".md"), x.fileName());

        x.formatProperty().set(Format.MARKDOWN_NOTION);
        String notion = x.previewProperty().get().text();
        assertFalse(notion.contains("[^"), "Notion has no footnotes");
        assertTrue(notion.matches("(?s).*\\[\\d+].*"), "numbered references instead");
        assertTrue(x.fileName().endsWith("-notion.md"));

        x.formatProperty().set(Format.JSON);
        JsonNode json = new ObjectMapper().readTree(x.previewProperty().get().text());
        assertEquals("SEV2", json.path("severity").asText());
        assertFalse(json.path("action_items").isEmpty());

        x.formatProperty().set(Format.CSV_JIRA);
        assertTrue(x.previewProperty().get().text().startsWith("Summary,Description,Issue Type,Priority,Due Date"));

        x.formatProperty().set(Format.MARKDOWN_CONFLUENCE);
        w.postmortem().setTitle("Checkout outage");
        assertTrue(x.previewProperty().get().text().startsWith("# Checkout outage"), "follows the document");
        assertEquals("postmortem-checkout-outage-confluence.md", x.fileName());
    }

    @Test
    void personalDataIsRedactedUnlessTheUserOptsIn() {
        MainViewModel w = drafted();
        w.postmortem().setText("summary", "Contact rafa.llorente@example.com about the refunds.");
        ExportViewModel x = w.export();
        assertFalse(x.previewProperty().get().text().contains("rafa.llorente@example.com"));
        assertTrue(x.previewProperty().get().text().contains("(redacted e-mail)"));
        assertEquals("Redacted: 1 e-mail", x.redactionsProperty().get());

        x.includePersonalDataProperty().set(true);
        assertTrue(x.previewProperty().get().text().contains("rafa.llorente@example.com"));
        assertEquals("", x.redactionsProperty().get());
    }

    @Test
    void flaggedClaimsAndWordingAreListedAndAskedAboutBeforeExporting(@TempDir Path dir) throws Exception {
        MainViewModel w = drafted();
        // what the offline draft itself leaves to look at (bullets without citations, questions), elsewhere
        long claims = w.postmortem().issues().stream().filter(i -> i.isClaim() && !edited(i)).count();
        long wording = w.postmortem().issues().stream().filter(i -> !i.isClaim() && !edited(i)).count();
        w.postmortem().setText("timeline", "The first alert fired at 02:05 UTC [e-02kcmrf7yrn5].");
        w.postmortem().setText("root_cause", "Dani broke prod.");
        ExportViewModel x = w.export();

        assertTrue(x.issues().stream().anyMatch(i -> i.kind() == Issue.Kind.CONTRADICTED && i.section().equals("timeline")
                && i.reason().contains("02:05")));
        assertTrue(x.issues().stream().anyMatch(i -> i.kind() == Issue.Kind.WORDING && i.section().equals("root_cause")));
        assertTrue(x.needsConfirmation());
        // "Dani broke prod." names a person without citing anything: unsupported as well as blaming
        assertEquals(claims + 2, x.issues().stream().filter(Issue::isClaim).count());
        assertEquals(wording + 1, x.issues().stream().filter(i -> !i.isClaim()).count());
        assertTrue(x.confirmation().startsWith((claims + 2) + " claims do not match the evidence and " + (wording + 1)
                + " phrase"), x.confirmation());

        x.formatProperty().set(Format.MARKDOWN_NOTION);
        Path target = dir.resolve(x.fileName());
        boolean[] done = {false};
        x.export(target, () -> done[0] = true);
        assertTrue(done[0]);
        assertEquals(x.previewProperty().get().text(), Files.readString(target), "the file is what the preview showed");
        assertEquals(target, x.exportedProperty().get());
        assertTrue(x.outcomeProperty().get().startsWith("Exported Markdown for Notion to"));
    }

    private static boolean edited(Issue i) {
        return i.section().equals("timeline") || i.section().equals("root_cause");
    }

    @Test
    void withoutADocumentThereIsNothingToExport() {
        MainViewModel w = SampleData.loaded();
        ExportViewModel x = w.export();
        assertNull(x.previewProperty().get());
        assertTrue(x.warnings().getFirst().startsWith("There is no postmortem yet"));
        x.dispose();
    }
}
