package dev.pmw.ingest.datadog;

import dev.pmw.ingest.ParseResult;
import dev.pmw.model.Attr;
import dev.pmw.model.Diagnostic;
import dev.pmw.model.Event;
import dev.pmw.model.EventIds;
import dev.pmw.model.EventKind;
import dev.pmw.model.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatadogEventsParserTest {
    private final DatadogEventsParser parser = new DatadogEventsParser();

    private static Path real(String name) {
        return resource("realworld/datadog/" + name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"v1_post_event_response.json", "v2_events_list_page1.json", "v2_events_list_page2.json",
            "v2_events_list_page3.json", "v2_events_search_page1.json", "v2_events_search_page2.json"})
    void realEventResponsesAreDetected(String file) {
        assertDetected(real(file), DatadogEventsParser.FORMAT);
    }

    @Test
    void v1KeepsIdStrNotTheRoundedLong() {
        ParseResult r = parse(parser, real("v1_post_event_response.json"));
        Event e = only(r, x -> true);
        assertEquals("6327818702635911562", e.attr(Attr.EVENT_ID));
        assertEquals("6327818702635911562", e.source().recordKey());
        assertEquals(EventIds.of("v1_post_event_response.json", "6327818702635911562"), e.id());
        assertEquals(Instant.parse("2022-01-06T00:50:51Z"), e.time()); // date_happened 1641430251
        assertEquals("1641430251", e.timeInfo().raw());
        assertEquals("Test-Post_an_event_returns_OK_response-1641430251", e.text());
        assertEquals("A text message.", e.attr(Attr.BODY));
        assertEquals(EventKind.OTHER, e.kind());
        assertTrue(r.diagnostics().isEmpty());
    }

    @Test
    void v2TakesTheInnerMillisecondTimeAndTitle() {
        ParseResult r = parse(parser, real("v2_events_list_page1.json"));
        assertEquals(2, r.events().size());
        Event e = r.events().getFirst();
        assertEquals(Instant.parse("2022-06-20T17:07:32Z"), e.time()); // inner 1655744852000, outer "2022-06-20T17:07:32Z"
        assertEquals("1655744852000", e.timeInfo().raw());
        assertEquals("[Synthetics] EVMGT pipeline test", e.text());
        assertEquals(EventKind.OTHER, e.kind(), "[Synthetics] is not a monitor transition");
        assertEquals("6567977849972254562", e.attr(Attr.EVENT_ID));
        assertEquals("staging", e.attr(Attr.ENVIRONMENT));
        assertEquals("do ani", e.attr(Attr.HOST));
        assertNull(e.attr(Attr.SERVICE), "service 'undefined' is no service");
        assertEquals(Level.INFO, e.level());
        assertTrue(e.attr(Attr.BODY).startsWith("Synthetics test check"));
        assertEquals(Instant.parse("2022-06-20T17:07:30Z"), r.events().get(1).time());
    }

    @Test
    void theEmptyLastPageGivesNoEventsAndNoError() {
        ParseResult r = parse(parser, real("v2_events_list_page3.json"));
        assertTrue(r.events().isEmpty());
        assertTrue(warnings(r).isEmpty());
        assertFalse(r.failed());
    }

    @Test
    void monitorTitlesBecomeAlertTransitions() {
        Path f = resource("fixtures/datadog/v1-events-monitors-and-deploys.json");
        assertDetected(f, DatadogEventsParser.FORMAT);
        ParseResult r = parse(parser, f);
        assertEquals(8, r.events().size());
        Event triggered = byText(r, "[Triggered on");
        assertEquals(EventKind.ALERT_TRIGGERED, triggered.kind());
        assertEquals(Instant.parse("2026-01-21T14:41:00Z"), triggered.time());
        assertEquals("checkout-api 5xx rate above 3%", triggered.attr(Attr.MONITOR));
        assertEquals("91234567", triggered.attr(Attr.MONITOR_ID));
        assertEquals("7369146831270005811", triggered.attr(Attr.EVENT_ID));
        assertEquals("error", triggered.attr(Attr.ALERT_TYPE));
        assertEquals(Level.ERROR, triggered.level());
        assertEquals("checkout-api", triggered.attr(Attr.SERVICE));
        assertFalse(triggered.attr(Attr.BODY).contains("%%%"), "markdown wrapper stripped");
        assertTrue(triggered.attr(Attr.BODY).startsWith("@pagerduty-checkout"));
        Event warn = byText(r, "[P2] [Warn on");
        assertEquals(EventKind.ALERT_WARN, warn.kind());
        assertEquals("checkout-api p95 latency", warn.attr(Attr.MONITOR));
        assertEquals(EventKind.ALERT_WARN, byText(r, "[No Data]").kind());
        assertEquals(EventKind.ALERT_TRIGGERED, byText(r, "[Re-Triggered]").kind());
        Event recovered = byText(r, "[Recovered]");
        assertEquals(EventKind.ALERT_RECOVERED, recovered.kind());
        assertEquals(Instant.parse("2026-01-21T15:06:00Z"), recovered.time());
    }

    @Test
    void cicdAndDeployTaggedEventsAreDeploysWithVersionAndCommit() {
        ParseResult r = parse(parser, resource("fixtures/datadog/v1-events-monitors-and-deploys.json"));
        Event deploy = byText(r, "v2.15.0 deployed");
        assertEquals(EventKind.DEPLOY, deploy.kind());
        assertEquals("checkout-api", deploy.attr(Attr.SERVICE));
        assertEquals("2.15.0", deploy.attr(Attr.VERSION));
        assertEquals("9f3c2e1d8b7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e", deploy.attr(Attr.COMMIT));
        assertEquals("prod", deploy.attr(Attr.ENVIRONMENT));
        assertEquals("deploy-bot", deploy.actor());
        Event rollback = byText(r, "Rollback:");
        assertEquals(EventKind.ROLLBACK, rollback.kind());
        assertEquals("2.14.1", rollback.attr(Attr.VERSION));
        assertEquals(EventKind.CONFIG_CHANGE, byText(r, "Chef run").kind());
        assertNull(byText(r, "[Recovered]").attr(Attr.VERSION), "monitor events carry no deploy attributes");
    }

    @Test
    void anEventWithoutDateIsADiagnosticAndTheRestLoads() {
        ParseResult r = parse(parser, resource("fixtures/datadog/v1-events-monitors-and-deploys.json"));
        List<Diagnostic> w = warnings(r);
        assertEquals(1, w.size(), w.toString());
        assertTrue(w.getFirst().message().contains("no date_happened"));
        assertTrue(w.getFirst().excerpt().contains("disk usage on db-2"));
        assertTrue(w.getFirst().line() > 1);
    }

    @Test
    void eventBridgeMonitorNotificationIsATriggeredAlertAtItsEvaluation() {
        Path f = resource("fixtures/datadog/eventbridge-monitor-triggered.json");
        assertDetected(f, DatadogEventsParser.FORMAT);
        ParseResult r = parse(parser, f);
        Event e = only(r, x -> true);
        assertEquals(EventKind.ALERT_TRIGGERED, e.kind());
        assertEquals(Instant.parse("2026-01-21T14:40:55Z"), e.time(), "meta.result.result_ts");
        assertEquals("checkout-api 5xx rate above 3%", e.attr(Attr.MONITOR));
        assertEquals("91234567", e.attr(Attr.MONITOR_ID));
        assertEquals("checkout-api", e.attr(Attr.SERVICE));
        assertEquals("[Triggered] checkout-api 5xx rate above 3%", e.text());
    }

    @Test
    void webhookRecoveryWithoutTitleUsesTheTransition(@TempDir Path dir) {
        Path f = write(dir, "webhook.json", """
                {"event_type": "query_alert_monitor", "date": 1769008200000,
                 "meta": {"monitor": {"id": 91234567, "name": "checkout-api 5xx rate above 3%"},
                          "transition": {"trans_name": "Recovered", "trans_type": "success"},
                          "states": {"source_state": "Alert", "dest_state": "OK"}}}
                """);
        assertDetected(f, DatadogEventsParser.FORMAT);
        Event e = only(parse(parser, f), x -> true);
        assertEquals(EventKind.ALERT_RECOVERED, e.kind());
        assertEquals(Instant.parse("2026-01-21T15:10:00Z"), e.time());
        assertEquals("[Recovered] checkout-api 5xx rate above 3%", e.text());
    }
}
