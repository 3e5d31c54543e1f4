package dev.pmw.ingest.datadog;

import dev.pmw.ingest.ParseOptions;
import dev.pmw.ingest.ParseResult;
import dev.pmw.model.Attr;
import dev.pmw.model.Diagnostic;
import dev.pmw.model.Event;
import dev.pmw.model.EventKind;
import dev.pmw.model.Level;
import dev.pmw.model.TimeFlag;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static dev.pmw.ingest.vendor.Fixtures.assertDetected;
import static dev.pmw.ingest.vendor.Fixtures.infos;
import static dev.pmw.ingest.vendor.Fixtures.parse;
import static dev.pmw.ingest.vendor.Fixtures.resource;
import static dev.pmw.ingest.vendor.Fixtures.warnings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatadogTimelineParserTest {
    private final DatadogTimelineParser parser = new DatadogTimelineParser();

    @Test
    void csvTimelineWithZoneInTheHeader() {
        Path f = resource("fixtures/datadog/alert-timeline.csv");
        assertDetected(f, DatadogTimelineParser.FORMAT);
        ParseResult r = parse(parser, f);
        assertEquals(List.of(EventKind.ALERT_TRIGGERED, EventKind.ALERT_WARN, EventKind.ALERT_WARN, EventKind.ALERT_RECOVERED,
                EventKind.ALERT_RECOVERED), r.events().stream().map(Event::kind).toList());
        Event first = r.events().getFirst();
        assertEquals(Instant.parse("2026-01-21T14:41:00Z"), first.time());
        assertTrue(first.timeInfo().flags().isEmpty(), "the header says UTC: nothing assumed");
        assertEquals("checkout-api 5xx rate above 3%", first.attr(Attr.MONITOR));
        assertEquals("91234567", first.attr(Attr.MONITOR_ID));
        assertEquals("4.2%", first.attr(Attr.VALUE));
        assertEquals("3%", first.attr(Attr.THRESHOLD));
        assertEquals(Level.ERROR, first.level());
        assertEquals("[Triggered] checkout-api 5xx rate above 3% — 4.2% (threshold 3%)", first.text());
        assertEquals("No Data", r.events().get(2).attr(Attr.STATUS));
        assertEquals(Instant.parse("2026-01-21T15:09:00Z"), r.events().get(4).time(), "day-first date, no seconds");
        assertFalse(r.info().zoneAssumed());
        Diagnostic missing = warnings(r).getFirst();
        assertEquals(1, warnings(r).size());
        assertEquals(7, missing.line());
        assertTrue(missing.message().contains("no time"));
    }

    @Test
    void markdownWithoutZoneIsReadInTheAssumedZoneAndSaysSo() {
        Path f = resource("fixtures/datadog/alert-timeline-nozone.md");
        assertDetected(f, DatadogTimelineParser.FORMAT);
        ParseResult r = parse(parser, f, ParseOptions.zone(ZoneId.of("Europe/Madrid")));
        assertEquals(4, r.events().size());
        Event first = r.events().getFirst();
        assertEquals(Instant.parse("2026-01-21T14:41:00Z"), first.time());
        assertTrue(first.timeInfo().has(TimeFlag.ZONE_ASSUMED));
        assertEquals("checkout-api 5xx rate above 3%", first.attr(Attr.MONITOR), "bold markup removed");
        Event clockOnly = r.events().get(1);
        assertEquals(Instant.parse("2026-01-21T14:44:30Z"), clockOnly.time(), "the date of the row above");
        assertTrue(clockOnly.timeInfo().has(TimeFlag.DATE_ASSUMED));
        assertEquals("checkout-api p95 latency", clockOnly.attr(Attr.MONITOR), "link text kept, URL dropped");
        Event muted = r.events().get(3);
        assertEquals(EventKind.STATUS_CHANGE, muted.kind());
        assertEquals("checkout-api error budget | burn rate", muted.attr(Attr.MONITOR), "escaped pipe stays in the cell");
        assertTrue(r.info().zoneAssumed());
        assertTrue(infos(r).stream().anyMatch(d -> d.message().contains("does not say its time zone")
                && d.message().contains("Europe/Madrid")));
        Diagnostic bad = warnings(r).getFirst();
        assertEquals(9, bad.line());
        assertTrue(bad.message().contains("soon"));
    }

    @Test
    void aHeaderWithoutTimelineColumnsIsNotATimeline() {
        Path f = resource("fixtures/datadog/log-explorer-export.csv");
        assertEquals(0, parser.detect(dev.pmw.ingest.vendor.Fixtures.source(f).sniff()));
    }

    @Test
    void sampleIncidentTimelineIsReadExactly() {
        Path f = Path.of("samples/payment-service-outage/datadog-timeline.md");
        assertDetected(f, DatadogTimelineParser.FORMAT);
        ParseResult r = parse(parser, f);
        assertEquals(10, r.events().size());
        assertTrue(r.diagnostics().isEmpty(), r.diagnostics().toString());
        assertFalse(r.info().zoneAssumed(), "the header says UTC");
        Event trigger = r.events().get(4);
        assertEquals(EventKind.ALERT_TRIGGERED, trigger.kind());
        assertEquals(Instant.parse("2026-02-16T02:12:00Z"), trigger.time());
        assertEquals("[payment-service] API error rate > 5%", trigger.attr(Attr.MONITOR));
        assertEquals("48213901", trigger.attr(Attr.MONITOR_ID), "from the 'Monitors in scope' list");
        assertEquals("payment-service", trigger.attr(Attr.SERVICE));
        assertEquals("5.8%", trigger.attr(Attr.VALUE));
        assertEquals("5%", trigger.attr(Attr.THRESHOLD));
        Event recovered = r.events().get(6);
        assertEquals(EventKind.ALERT_RECOVERED, recovered.kind());
        assertEquals(Instant.parse("2026-02-16T02:31:00Z"), recovered.time());
        assertEquals(EventKind.ALERT_WARN, r.events().getFirst().kind());
        assertEquals(EventKind.ALERT_RECOVERED, r.events().get(1).kind(), "OK is a recovery");
        assertEquals("47110022", r.events().getFirst().attr(Attr.MONITOR_ID),
                "a row naming the monitor plus its group ('… on jobs-cron-5b8d-2') matches the listed monitor");
    }
}
