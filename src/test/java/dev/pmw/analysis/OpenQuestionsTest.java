package dev.pmw.analysis;

import dev.pmw.ingest.LogStore;
import dev.pmw.ingest.LogStoreBuilder;
import dev.pmw.ingest.ParseResult;
import dev.pmw.ingest.SourceInfo;
import dev.pmw.ingest.time.Timestamps;
import dev.pmw.model.Attr;
import dev.pmw.model.Event;
import dev.pmw.model.EventIds;
import dev.pmw.model.EventKind;
import dev.pmw.model.Level;
import dev.pmw.model.SourceRef;
import dev.pmw.timeline.Timeline;
import dev.pmw.timeline.TimelineBuilder;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/// Gaps and contradictions on small incidents built for the purpose.
class OpenQuestionsTest {
    private static final String DAY = "2026-03-10T";

    private static Instant t(String hms) {
        return Instant.parse(DAY + hms + "Z");
    }

    private static Event event(String file, String at, EventKind kind, String actor, String text, String service) {
        return Event.builder(EventIds.of(file, at + kind + text), t(at), SourceRef.of(file, "test"), kind).actor(actor)
                .text(text).attr(Attr.SERVICE, service).build();
    }

    private static ParseResult events(String file, List<Event> events) {
        return PaymentOutage.events(file, "test", events, List.of());
    }

    @Test
    void aSilentStretchDuringTheImpactIsAGap() {
        // one request a second from 13:00 to 16:00; every fifth fails from 14:20 to 15:10; nothing
        // at all is logged from 14:40 to 14:55 (the log shipper was down)
        LogStoreBuilder b = new LogStoreBuilder(SourceRef.of("api.log", "json-logs"), null);
        long start = Timestamps.toNanos(t("13:00:00"));
        int line = 0;
        for (int s = 0; s < 3 * 3600; s++) {
            Instant at = t("13:00:00").plusSeconds(s);
            if (!at.isBefore(t("14:40:00")) && at.isBefore(t("14:55:00"))) {
                continue;
            }
            boolean failing = !at.isBefore(t("14:20:00")) && at.isBefore(t("15:10:00")) && s % 5 == 0;
            b.add(start + s * 1_000_000_000L, failing ? Level.ERROR : Level.INFO,
                    failing ? "upstream timeout after 10000 ms" : "GET /cart 200", "cart", failing ? 504 : 200, null,
                    ++line, line * 100L);
        }
        LogStore store = b.build();
        ParseResult logs = new ParseResult(new SourceInfo("api.log", "json-logs", "", "UTC", false, null, store.size(),
                Map.of()), List.of(), store, List.of(), List.of(), 0);
        ParseResult alerts = events("alerts.md", List.of(
                event("alerts.md", "14:25:00", EventKind.ALERT_TRIGGERED, "Datadog", "[cart] 5xx > 5%", "cart"),
                event("alerts.md", "14:27:00", EventKind.ACKNOWLEDGE, "Ana", "Acknowledged by Ana", "cart"),
                event("alerts.md", "15:12:00", EventKind.ALERT_RECOVERED, "Datadog", "[cart] 5xx > 5%", "cart"),
                event("alerts.md", "15:30:00", EventKind.RESOLVE, "Ana", "Resolved by Ana", "cart")));
        Timeline tl = new TimelineBuilder().build(List.of(logs, alerts));
        Analysis a = new Analyzer().analyze(tl);

        assertEquals(t("14:20:00"), a.boundary(BoundaryKind.IMPACT_START).time());
        assertEquals(t("15:10:00"), a.boundary(BoundaryKind.MITIGATED).time(), "the silence is not a recovery");
        OpenQuestion gap = a.questions().stream().filter(q -> q.kind().equals(OpenQuestion.GAP)).findFirst().orElseThrow();
        assertTrue(gap.question().startsWith("No source recorded anything between 14:39:59 and 14:55:00 UTC (15 min) "
                + "while the impact was ongoing."), gap.question());
        assertEquals(2, gap.evidence().size());
        assertEquals(t("14:55:00"), tl.byId(gap.evidence().get(1)).event().time());
        // 10 of every 50 s fail for 35 minutes of traffic in the window
        assertEquals(35 * 60 / 5, a.impact().failedRequests());
        assertEquals(Long.valueOf(35 * 60 / 5), a.impact().failuresByClass().get("504"));
    }

    @Test
    void aRollbackTimeInChatThatDisagreesWithTheRollbackEventIsAContradiction() {
        String chat = "slack";
        List<Event> ev = List.of(
                event("deploys", "13:50:00", EventKind.DEPLOY, "ci", "checkout-api v2.4.1 deployed", "checkout-api"),
                event("alerts", "14:00:00", EventKind.ALERT_TRIGGERED, "Datadog", "[checkout-api] error rate > 5%", "checkout-api"),
                chatEvent(chat, "14:02:00", "Sam", "ack, on it"),
                chatEvent(chat, "14:03:30", "Sam", "v2.4.1 deployed at 13:50, rolling back"),
                event("deploys", "14:12:00", EventKind.ROLLBACK, "ci", "checkout-api rolled back v2.4.1 -> v2.4.0", "checkout-api"),
                chatEvent(chat, "14:15:00", "Sam", "rolled back checkout-api at 14:05, errors dropping"),
                event("alerts", "14:20:00", EventKind.ALERT_RECOVERED, "Datadog", "[checkout-api] error rate > 5%", "checkout-api"),
                chatEvent(chat, "14:40:00", "Sam", "resolving the incident"));
        Timeline tl = new TimelineBuilder().build(List.of(events("events", ev)));
        Analysis a = new Analyzer().analyze(tl);

        List<OpenQuestion> c = a.questions().stream().filter(q -> q.kind().equals(OpenQuestion.CONTRADICTION)).toList();
        assertEquals(1, c.size(), "the 13:50 deploy time agrees; only the rollback time disagrees: " + c);
        assertEquals("Sam wrote in chat (14:15 UTC) that checkout-api was rolled back at 14:05, but the rollback event "
                + "“checkout-api rolled back v2.4.1 -> v2.4.0” is at 14:12 UTC, 7 min apart. Which time is right?",
                c.getFirst().question());
        assertEquals(List.of(ev.get(5).id(), ev.get(4).id()), c.getFirst().evidence());

        // without logs the start is unknown, the trigger is measured from the detection, and the
        // rollback (after it) is the mitigation action, not a trigger
        assertEquals(ev.get(0).id(), a.trigger().evidence().getFirst());
        assertTrue(a.trigger().summary().startsWith("deploy of checkout-api at 13:50 UTC, 10 min before the detection"),
                a.trigger().summary());
        assertTrue(a.trigger().why().contains("same service as the errors (checkout-api)"), a.trigger().why().toString());
        Boundary mit = a.boundary(BoundaryKind.MITIGATED);
        assertEquals(t("14:20:00"), mit.time());
        assertTrue(mit.evidence().contains(ev.get(4).id()), "the rollback is the mitigation action: " + mit.evidence());
        assertEquals(t("14:02:00"), a.boundary(BoundaryKind.ACKNOWLEDGED).time());
        assertEquals(t("14:40:00"), a.boundary(BoundaryKind.RESOLVED).time());
    }

    private static Event chatEvent(String file, String at, String actor, String text) {
        return Event.builder(EventIds.of(file, at + actor), t(at), SourceRef.of(file, "slack-export"), EventKind.CHAT)
                .actor(actor).text(text).build();
    }
}
