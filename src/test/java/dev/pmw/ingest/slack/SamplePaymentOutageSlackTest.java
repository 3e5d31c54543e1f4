package dev.pmw.ingest.slack;

import dev.pmw.ingest.ParseOptions;
import dev.pmw.ingest.ParseResult;
import dev.pmw.model.Attr;
import dev.pmw.model.Event;
import dev.pmw.model.EventKind;
import dev.pmw.model.TimeFlag;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static dev.pmw.ingest.slack.SlackTesting.byTs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/// The sample incident (samples/payment-service-outage, ground truth in samples/README.md): the
/// export and the copied channel text must tell the same story at the same UTC times.
class SamplePaymentOutageSlackTest {
    private static final Path SAMPLE = Path.of("samples/payment-service-outage");
    private static final String INC = "inc-2026-02-16-payments";
    private static final ParseOptions MADRID = ParseOptions.zone(ZoneId.of("Europe/Madrid"))
            .withReferenceDate(LocalDate.of(2026, 3, 1));

    private static ParseResult export() {
        return SlackTesting.importOne(SAMPLE.resolve("incident-slack-export"), "slack-export");
    }

    private static ParseResult thread(ParseOptions options) {
        return SlackTesting.importOne(SAMPLE.resolve("incident-slack-thread.txt"), "slack-text", options);
    }

    private static List<Event> inChannel(ParseResult r) {
        return r.events().stream().filter(e -> INC.equals(e.attr(Attr.CHANNEL))).toList();
    }

    @Test
    void theExportParsesWithAllChannels() {
        ParseResult r = export();
        SlackTesting.assertNoWarnings(r);
        assertEquals(Map.of(INC, 201, "deploys", 18, "general", 8), r.info().parts());
        List<Event> inc = inChannel(r);
        assertEquals(40, inc.stream().filter(e -> "channel_join".equals(e.attr(Attr.SUBTYPE))).count());
        assertEquals(1, inc.stream().filter(e -> "channel_leave".equals(e.attr(Attr.SUBTYPE))).count());
        assertEquals(8, inc.stream().filter(e -> e.isBot() && !"channel_join".equals(e.attr(Attr.SUBTYPE))).count());
        assertEquals(6, inc.stream().filter(e -> e.attr(Attr.EDITED) != null).count());
        assertEquals(3, inc.stream().filter(e -> e.attr(Attr.FILES) != null).count());
        assertEquals(15, inc.stream().filter(e -> e.attr(Attr.REACTIONS) != null).count());
        int reactionSum = inc.stream().filter(e -> e.attr(Attr.REACTIONS) != null)
                .flatMap(e -> List.of(e.attr(Attr.REACTIONS).split(" ")).stream())
                .mapToInt(s -> Integer.parseInt(s.substring(s.indexOf('×') + 1))).sum();
        assertEquals(47, reactionSum);
        assertTrue(r.events().stream().noneMatch(e -> e.text().contains("&amp;") || e.toString().contains("FAKE0TOKEN")));
        // the two messages with &amp;: one in a link (its label is shown), one in the text
        assertTrue(inc.stream().anyMatch(e -> e.text().equals("p99 + error rate since 02:00: payments overview dashboard")));
        assertTrue(inc.stream().anyMatch(e -> e.text().contains("hold deploys to payment-service & platform-jobs")));
    }

    @Test
    void alertAckAndHotfixAreClassifiedAtTheirExactTimes() {
        ParseResult r = export();
        Event alert = byTs(r, "1771207929.239397");
        assertEquals(EventKind.ALERT_TRIGGERED, alert.kind());
        assertEquals(Instant.parse("2026-02-16T02:12:00Z"), alert.time().truncatedTo(ChronoUnit.MINUTES));
        assertEquals(Instant.parse("2026-02-16T02:12:09.239397Z"), alert.time());
        assertEquals("Datadog", alert.actor());
        assertEquals("[payment-service] API error rate > 5%", alert.attr(Attr.MONITOR));
        assertEquals("5.8%", alert.attr(Attr.VALUE));

        Event ack = byTs(r, "1771208052.814671");
        assertEquals(EventKind.ACKNOWLEDGE, ack.kind());
        assertEquals(Instant.parse("2026-02-16T02:14:12.814671Z"), ack.time());
        assertEquals("Dani Ortega", ack.attr(Attr.RESPONDER));

        Event hotfix = byTs(r, "1771208621.028447");
        assertTrue(hotfix.kind() == EventKind.CONFIG_CHANGE || hotfix.kind() == EventKind.DEPLOY);
        assertEquals("payment-service", hotfix.attr(Attr.SERVICE));
        assertEquals("production", hotfix.attr(Attr.ENVIRONMENT));
        assertEquals("9c1e4b7", hotfix.attr(Attr.COMMIT));
        assertEquals(Instant.parse("2026-02-16T02:23:41.028447Z"), hotfix.time());

        assertEquals(EventKind.DECLARE, inChannel(r).stream().filter(e -> e.text().startsWith("Declaring SEV2"))
                .findFirst().orElseThrow().kind());
        assertEquals(EventKind.RESOLVE, byTs(r, "1771211403.428292").kind());
        assertEquals(EventKind.CHAT, inChannel(r).stream()
                .filter(e -> e.text().startsWith("is this related to the deploy earlier?")).findFirst().orElseThrow().kind());
        // the trigger deploy two days earlier, in #deploys
        Event trigger = byTs(r, "1770982304.026034");
        assertEquals(EventKind.DEPLOY, trigger.kind());
        assertEquals("invoice-reconciliation", trigger.attr(Attr.SERVICE));
        assertEquals("v3.8.0", trigger.attr(Attr.VERSION));
    }

    @Test
    void threadsSpanningDayFilesAreCountedOnce() {
        ParseResult r = export();
        Event parent = byTs(r, "1771208234.104745");
        assertEquals("8", parent.attr(Attr.REPLY_COUNT));
        List<Event> replies = inChannel(r).stream().filter(e -> e.attr(Attr.THREAD_TS) != null).toList();
        assertEquals(10, replies.size());
        Event late = replies.stream().filter(e -> e.source().entry().equals(INC + "/2026-02-16.json")).findFirst().orElseThrow();
        assertEquals("1771208234.104745", late.attr(Attr.THREAD_TS));
        assertEquals("Marta Rius", late.actor());
        assertEquals(1, replies.stream().filter(e -> "thread_broadcast".equals(e.attr(Attr.SUBTYPE))).count());
    }

    @Test
    void theCopiedThreadReadInMadridGivesTheExportsUtcTimes() {
        ParseResult text = thread(MADRID);
        assertEquals(192, text.events().size());
        assertEquals("Europe/Madrid", text.info().timezone());
        // the channel view: every export message except the 9 thread-only replies
        List<Event> view = inChannel(export()).stream().filter(e -> e.attr(Attr.THREAD_TS) == null
                || "thread_broadcast".equals(e.attr(Attr.SUBTYPE))).toList();
        assertEquals(view.size(), text.events().size());
        for (int i = 0; i < view.size(); i++) {
            Event x = view.get(i);
            Event t = text.events().get(i);
            assertEquals(x.actor(), t.actor(), "message " + (i + 1) + " at line " + t.source().line());
            assertEquals(x.time().truncatedTo(ChronoUnit.MINUTES), t.time(), "message " + (i + 1) + ": " + t.text());
            assertEquals(x.kind(), t.kind(), "message " + (i + 1) + ": " + t.text());
            assertEquals(x.isBot(), t.isBot(), "message " + (i + 1) + ": " + t.actor());
            assertTrue(t.timeInfo().has(TimeFlag.ZONE_ASSUMED) && t.timeInfo().has(TimeFlag.DATE_ASSUMED));
        }
    }

    @Test
    void keyMomentsOfTheCopiedThreadSitOnTheirLines() {
        ParseResult text = thread(MADRID);
        Event finding = text.events().stream().filter(e -> e.source().line() == 134).findFirst().orElseThrow();
        assertEquals("Dani Ortega", finding.actor());
        assertEquals(Instant.parse("2026-02-16T02:17:00Z"), finding.time());
        assertTrue(finding.text().startsWith("Found it: HikariPool-1 in payment-service is exhausted."));
        assertEquals("8", finding.attr(Attr.REPLY_COUNT), "from the \"8 replies\" line");
        assertEquals("eyes×3 point_up×1", finding.attr(Attr.REACTIONS));
        Map<Integer, EventKind> kinds = Map.of(20, EventKind.ALERT_TRIGGERED, 62, EventKind.ACKNOWLEDGE,
                252, EventKind.CONFIG_CHANGE, 346, EventKind.ALERT_RECOVERED, 581, EventKind.RESOLVE, 593, EventKind.RESOLVE);
        kinds.forEach((line, kind) -> assertEquals(kind, text.events().stream().filter(e -> e.source().line() == line)
                .findFirst().orElseThrow().kind(), "line " + line));
        Event broadcast = text.events().stream().filter(e -> e.source().line() == 179).findFirst().orElseThrow();
        assertEquals("thread_broadcast", broadcast.attr(Attr.SUBTYPE));
        assertTrue(broadcast.text().startsWith("invoice-reconciliation moved to 02:00 UTC on Friday"));
    }

    @Test
    void droppingTheWholeSampleFolderFindsTheExportAndTheThreadAndLeavesTheOtherFilesAlone() {
        List<dev.pmw.ingest.Discovered> found = new dev.pmw.ingest.Importer(dev.pmw.ingest.Parsers.all())
                .discover(List.of(SAMPLE), dev.pmw.work.Work.NONE);
        Map<String, String> formats = new java.util.HashMap<>();
        found.forEach(d -> formats.put(Path.of(d.path()).getFileName().toString(), d.format()));
        assertEquals("slack-export", formats.get("incident-slack-export"));
        assertEquals("slack-text", formats.get("incident-slack-thread.txt"));
        for (String other : List.of("error-logs-2026-02-16.json", "datadog-timeline.md", "pagerduty-log-entries.json",
                "git-log.txt")) {
            assertFalse(formats.get(other).startsWith("slack"), other + " taken for " + formats.get(other));
        }
    }

    @Test
    void theWeekdayPicksTheYearWhenNoReferenceDateIsGiven() {
        ParseResult text = thread(ParseOptions.zone(ZoneId.of("Europe/Madrid")).withReferenceDate(LocalDate.of(2027, 1, 10)));
        assertEquals(Instant.parse("2026-02-16T02:12:00Z"), text.events().getFirst().time(),
                "16 February was a Monday in 2026, not in 2027");
        assertFalse(text.info().zoneAssumed());
    }
}
