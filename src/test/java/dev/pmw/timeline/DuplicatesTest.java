package dev.pmw.timeline;

import dev.pmw.ingest.ParseOptions;
import dev.pmw.model.Attr;
import dev.pmw.model.EventKind;
import dev.pmw.work.Work;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/// The whole sample incident: each happening is one key row even when three sources record it.
class DuplicatesTest {
    private static Timeline timeline;

    @BeforeAll
    static void load() {
        timeline = new Incident(new IncidentLoader().load(List.of(Path.of("samples/payment-service-outage")),
                new ParseOptions(ZoneId.of("UTC"), false, null, null), Work.NONE)).timeline();
    }

    @Test
    void theErrorRateAlertIsOneKeyRowFromTheDatadogExportAndItsSlackPostIsItsDuplicate() {
        List<Row> alerts = timeline.rows().stream().filter(r -> r.event().kind() == EventKind.ALERT_TRIGGERED
                && "[payment-service] API error rate > 5%".equals(r.event().attr(Attr.MONITOR))).toList();
        assertTrue(alerts.size() >= 2, "the export and the Slack bot both record it");
        List<Row> key = alerts.stream().filter(Row::isKey).toList();
        assertEquals(1, key.size());
        assertEquals("datadog-timeline", key.getFirst().event().source().format());
        assertEquals("2026-02-16T02:12:00Z", key.getFirst().event().time().toString());
        alerts.stream().filter(r -> !r.isKey()).forEach(r -> {
            assertNotNull(r.event().attr(Attr.DUPLICATE_OF));
            assertEquals("duplicates", r.relevance().hiddenBy());
        });
    }

    @Test
    void thePagerDutyAckIsKeptFromPagerDutyNotFromTheSlackBot() {
        List<Row> acks = timeline.keyRows().stream().filter(r -> r.event().kind() == EventKind.ACKNOWLEDGE).toList();
        assertEquals(1, acks.size(), acks.toString());
        assertEquals("pagerduty", acks.getFirst().event().source().format());
        assertEquals("2026-02-16T02:14:10Z", acks.getFirst().event().time().toString());
    }

    @Test
    void theHotfixPostedToTwoChannelsIsOneKeyRowBesideTheReloadTheLogsRecorded() {
        List<Row> hotfix = timeline.keyRows().stream().filter(r -> r.event().kind() == EventKind.CONFIG_CHANGE).toList();
        assertEquals(1, hotfix.stream().filter(r -> r.event().source().format().equals("slack-export")).count(),
                "the deploy-bot post in #inc and #deploys is one row");
        assertEquals(1, hotfix.stream().filter(r -> r.event().source().format().equals("json-logs")).count(),
                "the three pods' reload lines are one burst row");
    }
}
