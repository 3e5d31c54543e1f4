package dev.pmw.ingest.opsgenie;

import dev.pmw.ingest.ParseResult;
import dev.pmw.model.Attr;
import dev.pmw.model.Diagnostic;
import dev.pmw.model.Event;
import dev.pmw.model.EventKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static dev.pmw.ingest.vendor.Fixtures.assertDetected;
import static dev.pmw.ingest.vendor.Fixtures.byText;
import static dev.pmw.ingest.vendor.Fixtures.only;
import static dev.pmw.ingest.vendor.Fixtures.parse;
import static dev.pmw.ingest.vendor.Fixtures.resource;
import static dev.pmw.ingest.vendor.Fixtures.warnings;
import static dev.pmw.ingest.vendor.Fixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/// Fixtures follow the Opsgenie alert-log and notes API shape (vendor doc sample); no real export
/// is redistributable.
class OpsgenieParserTest {
    private static final Path LOGS = resource("fixtures/opsgenie/alert-logs.json");
    private final OpsgenieParser parser = new OpsgenieParser();

    @Test
    void alertLogsAndNotesAreDetected() {
        assertDetected(LOGS, OpsgenieParser.FORMAT);
        assertDetected(resource("fixtures/opsgenie/alert-notes.json"), OpsgenieParser.FORMAT);
    }

    @Test
    void logLinesAreClassifiedByTheirWords() {
        ParseResult r = parse(parser, LOGS);
        assertEquals(9, r.events().size());
        assertEquals(EventKind.PAGE, byText(r, "Alert created via Datadog").kind());
        assertEquals(EventKind.ACKNOWLEDGE, byText(r, "Alert acknowledged via web").kind());
        assertEquals(EventKind.STATUS_CHANGE, byText(r, "unacknowledged").kind(), "not an acknowledgement");
        assertEquals(EventKind.ESCALATE, byText(r, "Escalated to next").kind());
        assertEquals(EventKind.NOTE, byText(r, "Added note").kind());
        assertEquals(EventKind.RESOLVE, byText(r, "Alert closed by").kind());
        assertEquals(EventKind.NOTIFY, byText(r, "Sent [SMS]").kind());
        assertEquals(EventKind.STATUS_CHANGE, byText(r, "Viewed on").kind());
        assertEquals(EventKind.STATUS_CHANGE, byText(r, "is assigned to").kind());
    }

    @Test
    void timesAreExactAndTheOffsetBreaksMillisecondTies() {
        ParseResult r = parse(parser, LOGS);
        Event created = r.events().get(0);
        Event assigned = r.events().get(1);
        assertTrue(created.text().startsWith("Alert created"), "newest-first input comes out oldest first");
        assertTrue(assigned.text().startsWith("Alert is assigned"));
        assertEquals(created.time(), assigned.time(), "same millisecond, ordered by the offset's sequence");
        assertEquals(Instant.parse("2026-01-21T14:41:07.512Z"), created.time());
        assertEquals("2026-01-21T14:41:07.512Z", created.timeInfo().raw());
        assertEquals("Datadog", created.actor());
        assertEquals("system", created.attr(Attr.SUBTYPE));
        Event ack = byText(r, "acknowledged via web");
        assertEquals("omar.haddad@acme-retail.example", ack.actor());
        assertEquals(Instant.parse("2026-01-21T15:20:31.250Z"), r.events().getLast().time());
    }

    @Test
    void notesAreNotes() {
        ParseResult r = parse(parser, resource("fixtures/opsgenie/alert-notes.json"));
        assertEquals(2, r.events().size());
        assertTrue(r.events().stream().allMatch(e -> e.kind() == EventKind.NOTE));
        assertEquals("Looking at the deploy from 14:20.", r.events().getFirst().text());
        assertEquals("alert notes", r.info().dialect());
    }

    @Test
    void entriesWithoutTimeOrTextAreReported(@TempDir Path dir) {
        Path f = write(dir, "logs.json", """
                {"data": [
                  {"log": "Alert closed by Priya Nair via web", "type": "system", "owner": "priya@example.com",
                   "createdAt": "2026-01-21T15:20:31.250Z", "offset": "1769008831250_1769008831250000007"},
                  {"log": "Alert acknowledged via web", "type": "system", "owner": "omar@example.com", "offset": "1_1"},
                  {"type": "system", "owner": "System", "createdAt": "2026-01-21T15:00:00Z", "offset": "2_2"}
                 ], "took": 0.01, "requestId": "x"}
                """);
        ParseResult r = parse(parser, f);
        assertEquals(EventKind.RESOLVE, only(r, e -> true).kind());
        List<Diagnostic> w = warnings(r);
        assertEquals(2, w.size());
        assertTrue(w.get(0).message().contains("no createdAt"));
        assertEquals(4, w.get(0).line());
        assertTrue(w.get(1).message().contains("no log text"));
    }
}
