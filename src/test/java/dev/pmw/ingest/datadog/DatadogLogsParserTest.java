package dev.pmw.ingest.datadog;

import dev.pmw.ingest.LogStore;
import dev.pmw.ingest.ParseOptions;
import dev.pmw.ingest.ParseResult;
import dev.pmw.model.Diagnostic;
import dev.pmw.model.Level;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static dev.pmw.ingest.vendor.Fixtures.assertDetected;
import static dev.pmw.ingest.vendor.Fixtures.parse;
import static dev.pmw.ingest.vendor.Fixtures.resource;
import static dev.pmw.ingest.vendor.Fixtures.warnings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatadogLogsParserTest {
    private final DatadogLogsParser parser = new DatadogLogsParser();

    @Test
    void realLogsApiPagesAreDetectedAndStoredAsLogLines() {
        Path p1 = resource("realworld/datadog/v2_logs_events_list_page1.json");
        Path p2 = resource("realworld/datadog/v2_logs_events_list_page2.json");
        assertDetected(p1, DatadogLogsParser.FORMAT);
        assertDetected(p2, DatadogLogsParser.FORMAT);
        ParseResult r = parse(parser, p1);
        assertTrue(r.events().isEmpty());
        LogStore logs = r.logs();
        assertEquals(2, logs.size());
        assertEquals(Instant.parse("2022-04-12T09:51:55.414Z"), logs.time(0));
        assertEquals(Instant.parse("2022-04-12T09:51:55.408Z"), logs.time(1));
        assertEquals(Level.INFO, logs.level(0));
        assertEquals("- -> /", logs.message(0));
        assertNull(logs.assumedZone());
    }

    @Test
    void customAttributesOneLevelDownGiveTheHttpStatus() {
        LogStore logs = parse(parser, resource("realworld/datadog/v2_logs_events_list_page2.json")).logs();
        assertEquals(1, logs.size());
        assertEquals(200, logs.httpStatus(0));
        assertEquals(Level.INFO, logs.level(0), "status ok");
        assertTrue(logs.message(0).startsWith("169.254.0.1 - - [12/Apr/2022:09:51:55 +0000] \"GET / HTTP/1.1\" 200"));
    }

    @Test
    void logExplorerCsvKeepsMultilineMessagesAndReportsBadDates() {
        Path f = resource("fixtures/datadog/log-explorer-export.csv");
        assertDetected(f, DatadogLogsParser.FORMAT);
        ParseResult r = parse(parser, f);
        LogStore logs = r.logs();
        assertEquals(5, logs.size(), "the row with a bad date is kept without a time");
        assertEquals(Instant.parse("2026-01-21T14:46:03.114Z"), logs.time(0), "newest first, as exported");
        assertEquals(Level.ERROR, logs.level(0));
        assertEquals("Unhandled exception in OrderController\njava.net.SocketTimeoutException: Read timed out\n"
                + "\tat java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:278)", logs.message(1));
        assertEquals("retrying payment-gateway call (attempt 2/3, \"idempotency_key\": \"ord_8812\")", logs.message(2));
        assertEquals(Level.WARN, logs.level(2));
        assertEquals(LogStore.NO_TIME, logs.timeNanos(3));
        List<Diagnostic> w = warnings(r);
        assertEquals(1, w.size());
        assertEquals(7, w.getFirst().line(), "line 7: the quoted message above spans three lines");
        assertNull(logs.assumedZone());
    }

    @Test
    void contentColumnAndDatesWithoutZoneAreReadInTheAssumedZone() {
        Path f = resource("fixtures/datadog/log-explorer-content-nozone.csv");
        assertDetected(f, DatadogLogsParser.FORMAT);
        ParseResult r = parse(parser, f, ParseOptions.zone(ZoneId.of("Europe/Berlin")));
        LogStore logs = r.logs();
        assertEquals(Instant.parse("2026-01-21T14:46:03.114Z"), logs.time(0));
        assertEquals("Europe/Berlin", logs.assumedZone());
        assertTrue(r.info().zoneAssumed());
        assertTrue(r.diagnostics().stream().anyMatch(d -> d.message().contains("no time zone")
                && d.message().contains("Europe/Berlin")), r.diagnostics().toString());
        assertEquals("GET /healthz 200", logs.message(1));
        assertEquals("checkout-api", logs.groupOf(1).service(), "service from the service: tag");
    }
}
