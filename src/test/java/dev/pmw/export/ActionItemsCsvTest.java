package dev.pmw.export;

import dev.pmw.draft.ActionItem;
import dev.pmw.draft.ActionKind;
import dev.pmw.draft.ActionStatus;
import dev.pmw.draft.DocumentDrafter;
import dev.pmw.draft.PostmortemDocument;
import dev.pmw.draft.Priority;
import dev.pmw.draft.SampleStory;
import dev.pmw.draft.Templates;
import dev.pmw.draft.offline.EvidenceDrafter;
import dev.pmw.ingest.csv.CsvReader;
import dev.pmw.work.Work;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/// Action items as CSV for Jira's and GitHub's importers, read back with an RFC 4180 reader.
class ActionItemsCsvTest {
    private final SampleStory story = new SampleStory();
    private final PostmortemDocument doc = DocumentDrafter.draft(new EvidenceDrafter(), story.context(), Templates.standard(), Work.NONE)
            .withActionItem(new ActionItem("A9", "=HYPERLINK(\"http://evil.example\",\"click\") and \"quoted\", with a comma",
                    "payments, platform team", Priority.P2, LocalDate.parse("2026-03-03"), ActionStatus.IN_PROGRESS,
                    ActionKind.PROCESS, List.of(story.ack.id())))
            .withActionItem(new ActionItem("A10", "-1 retries\nthen a second line", "@oncall", Priority.P1, null, null, null, List.of()));

    @Test
    void jiraGetsItsHeadersOneRowPerItemAndEveryColumnEveryTime() throws IOException {
        String csv = ActionItemsCsv.export(doc, ActionItemsCsv.Target.JIRA, ExportOptions.DEFAULT).text();
        assertTrue(csv.startsWith("Summary,"), "no byte-order mark before the Summary header");
        assertTrue(csv.contains("\r\n"));
        List<List<String>> rows = read(csv);
        assertEquals(List.of("Summary", "Description", "Issue Type", "Priority", "Due Date", "Labels", "Labels", "Labels"), rows.getFirst());
        assertEquals(doc.actionItems().size() + 1, rows.size());
        rows.forEach(r -> assertEquals(8, r.size(), "every row has every column: " + r));
        ActionItem first = doc.actionItems().getFirst();
        List<String> a1 = rows.get(1);
        assertEquals(first.description(), a1.get(0), "short enough for a Jira summary");
        assertTrue(a1.get(1).startsWith(first.description() + "\n\nOwner: payment-service team\nPriority: P0\nDue: 2026-02-19\n"), a1.get(1));
        assertTrue(a1.get(1).contains("Evidence: " + String.join(", ", first.evidence())));
        assertEquals(List.of("Task", "Highest", "2026-02-19", "postmortem", "mitigate", "team-payment-service"), a1.subList(2, 8));
        rows.stream().skip(1).map(r -> r.get(0)).forEach(s -> assertTrue(s.length() <= 250, "Jira summaries stop at 255"));
    }

    @Test
    void quotingAndTheFormulaGuard() throws IOException {
        String csv = ActionItemsCsv.export(doc, ActionItemsCsv.Target.JIRA, ExportOptions.DEFAULT).text();
        List<List<String>> rows = read(csv);
        List<String> evil = rows.get(rows.size() - 2);
        assertEquals("'=HYPERLINK(\"http://evil.example\",\"click\") and \"quoted\", with a comma", evil.get(0),
                "a formula is text to a spreadsheet, and quotes and commas survive");
        assertEquals("team-payments-platform", evil.get(7));
        assertTrue(csv.contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\") and \"\"quoted\"\", with a comma\""), "RFC 4180 doubling");
        List<String> multi = rows.getLast();
        assertEquals("'-1 retries then a second line", multi.get(0), "one-line summary, guarded");
        assertTrue(multi.get(1).startsWith("'-1 retries\nthen a second line\n\nOwner: @oncall"), "line breaks kept inside quotes: " + multi.get(1));
        assertEquals("", multi.get(4), "no due date: empty cell, column kept");
        for (List<String> r : rows) {
            for (String cell : r) {
                assertFalse(!cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0, "unguarded cell: " + cell);
            }
        }
    }

    @Test
    void githubGetsTitleBodyAndLabels() throws IOException {
        String csv = ActionItemsCsv.export(doc, ActionItemsCsv.Target.GITHUB, ExportOptions.DEFAULT).text();
        List<List<String>> rows = read(csv);
        assertEquals(List.of("title", "body", "labels", "assignees", "milestone"), rows.getFirst());
        List<String> a2 = rows.get(2);
        assertEquals(doc.actionItems().get(1).description(), a2.get(0));
        assertEquals("postmortem,P1,detect,team-payment-service", a2.get(2));
        assertEquals("", a2.get(3), "owners are teams, not GitHub users");
    }

    private static List<List<String>> read(String csv) throws IOException {
        List<List<String>> out = new ArrayList<>();
        try (CsvReader r = new CsvReader(new StringReader(csv), ',')) {
            for (CsvReader.Row row = r.next(); row != null; row = r.next()) {
                assertEquals(null, row.problem(), "line " + row.line());
                out.add(row.fields());
            }
        }
        return out;
    }
}
