package dev.pmw.ingest.csv;

import dev.pmw.ingest.ParseOptions;
import dev.pmw.ingest.ParseResult;
import dev.pmw.model.Attr;
import dev.pmw.model.Diagnostic;
import dev.pmw.model.Event;
import dev.pmw.model.EventKind;
import dev.pmw.model.Level;
import dev.pmw.model.TimeFlag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static dev.pmw.ingest.vendor.Fixtures.assertDetected;
import static dev.pmw.ingest.vendor.Fixtures.parse;
import static dev.pmw.ingest.vendor.Fixtures.resource;
import static dev.pmw.ingest.vendor.Fixtures.source;
import static dev.pmw.ingest.vendor.Fixtures.warnings;
import static dev.pmw.ingest.vendor.Fixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CsvParserTest {
    private static final Path CALENDAR = resource("fixtures/csv/change-calendar.csv");
    private final CsvParser parser = new CsvParser();

    @Test
    void changeCalendarRowsBecomeEventsWithKindsFromTheTypeColumn() {
        assertDetected(CALENDAR, CsvParser.FORMAT);
        ParseResult r = parse(parser, CALENDAR);
        assertEquals(4, r.events().size());
        Event deploy = r.events().get(0);
        assertEquals(EventKind.DEPLOY, deploy.kind());
        assertEquals(Instant.parse("2026-01-21T14:20:03Z"), deploy.time());
        assertEquals("Deploy v2.15.0 (release train)", deploy.text());
        assertEquals("deploy-bot", deploy.actor());
        assertEquals("checkout-api", deploy.attr(Attr.SERVICE));
        assertEquals(2, deploy.source().line());
        Event config = r.events().get(1);
        assertEquals(EventKind.CONFIG_CHANGE, config.kind());
        assertEquals(Instant.parse("2026-01-21T13:58:40Z"), config.time(), "+01:00 offset kept");
        assertEquals("Raise client timeout\nfrom 10s to 20s (CHG-1187)", config.text());
        assertEquals("=HYPERLINK(\"https://changes.acme-retail.example/CHG-1187\",\"CHG-1187\")", config.attr(Attr.URL),
                "a formula is data, never evaluated");
        Event rollback = r.events().get(2);
        assertEquals(EventKind.ROLLBACK, rollback.kind());
        assertEquals(5, rollback.source().line(), "the quoted line break moved it down a line");
        assertEquals("Rollback to v2.14.1, \"5xx regression\"", rollback.text());
        Event other = r.events().get(3);
        assertEquals(EventKind.OTHER, other.kind(), "'maintenance window' names no kind");
        assertEquals("=1+1", other.text());
        assertEquals("@cmd", other.actor());
    }

    @Test
    void aRowWithoutReadableTimeIsADiagnostic() {
        ParseResult r = parse(parser, CALENDAR);
        List<Diagnostic> w = warnings(r);
        assertEquals(1, w.size());
        assertEquals(7, w.getFirst().line());
        assertTrue(w.getFirst().message().contains("not a readable time"));
        assertTrue(w.getFirst().excerpt().startsWith("not-a-date | deploy"));
    }

    @Test
    void germanExcelExportWithSemicolonsAndDayFirstDatesFoundByContent() {
        Path f = resource("fixtures/csv/stoerungen-de.csv");
        assertDetected(f, CsvParser.FORMAT);
        ParseResult r = parse(parser, f, ParseOptions.zone(ZoneId.of("Europe/Berlin")));
        assertEquals("semicolon", r.info().dialect());
        assertEquals(3, r.events().size());
        Event first = r.events().getFirst();
        assertEquals(Instant.parse("2026-01-21T14:41:07Z"), first.time());
        assertEquals("21.01.2026 15:41:07", first.timeInfo().raw());
        assertTrue(first.timeInfo().has(TimeFlag.ZONE_ASSUMED));
        assertEquals("Europe/Berlin", r.info().timezone());
        assertTrue(r.diagnostics().stream().anyMatch(d -> d.message().equals(
                "the Zeitpunkt column has no time zone; times were read as Europe/Berlin")), r.diagnostics().toString());
        assertEquals("Ereignis: Alarm ausgelöst · Dienst: checkout-api · Wert: 4,2 · Bearbeiter: Datadog", first.text(),
                "no message column: the other cells, named");
        assertEquals(EventKind.OTHER, first.kind());
    }

    @Test
    void tabSeparatedWithLevels() {
        Path f = resource("fixtures/csv/events.tsv");
        ParseResult r = parse(parser, f);
        assertEquals("tab", r.info().dialect());
        assertEquals(Level.ERROR, r.events().getFirst().level());
        assertEquals("upstream timed out", r.events().getFirst().text());
        assertFalse(r.info().zoneAssumed());
    }

    @Test
    void aZoneInTheTimeHeaderIsNotAnAssumption(@TempDir Path dir) {
        Path f = write(dir, "status-page.csv", """
                Time (UTC),Status,Message
                2026-01-21 14:41:00,Investigating,Elevated checkout errors
                2026-01-21 15:20:31,Resolved,All systems operational
                """);
        ParseResult r = parse(parser, f);
        assertEquals(Instant.parse("2026-01-21T14:41:00Z"), r.events().getFirst().time());
        assertTrue(r.events().getFirst().timeInfo().flags().isEmpty());
        assertEquals(EventKind.RESOLVE, r.events().getLast().kind());
        assertEquals("Resolved", r.events().getLast().attr(Attr.STATUS));
    }

    @Test
    void usMonthFirstDatesAreRecognisedByDaysAboveTwelve(@TempDir Path dir) {
        Path f = write(dir, "us.csv", """
                Date,Event
                1/21/2026 2:41:07 PM,page sent
                1/9/2026 9:05:00 AM,old page
                """);
        ParseResult r = parse(parser, f, ParseOptions.zone(ZoneId.of("America/New_York")));
        assertEquals(Instant.parse("2026-01-21T19:41:07Z"), r.events().getFirst().time());
        assertEquals(Instant.parse("2026-01-09T14:05:00Z"), r.events().getLast().time(), "January 9th, not September 1st");
        assertEquals(EventKind.OTHER, r.events().getFirst().kind(), "no status or kind column: other");
        assertEquals("page sent", r.events().getFirst().text());
    }

    @Test
    void logLinesAndHeaderlessDataAreNotClaimed(@TempDir Path dir) {
        Path logs = write(dir, "app.log", """
                2026-02-16 02:03:05,041 WARN [pool] HikariPool-1 - Connection is not available, request timed out after 30000ms.
                2026-02-16 02:03:06,112 ERROR [http] POST /v1/payments 503, took 30012ms
                """);
        assertEquals(0, parser.detect(source(logs).sniff()));
        Path noTime = write(dir, "owners.csv", "service,owner\ncheckout-api,team-checkout\n");
        assertTrue(parser.detect(source(noTime).sniff()) <= 5, "a table without times is barely a candidate");
        assertTrue(parse(parser, noTime).failed());
    }
}
