package dev.pmw.timeline;

import dev.pmw.ingest.LogStore;
import dev.pmw.ingest.LogStoreBuilder;
import dev.pmw.ingest.ParseResult;
import dev.pmw.ingest.SourceInfo;
import dev.pmw.model.Attr;
import dev.pmw.model.Event;
import dev.pmw.model.EventIds;
import dev.pmw.model.EventKind;
import dev.pmw.model.Level;
import dev.pmw.model.SourceRef;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimelineBuilderTest {
    private static final Instant T0 = Instant.parse("2026-02-16T02:00:00Z");

    @Test
    void chatterJoinsAndEmojiAreHiddenWithTheirRuleWhileFindingsAndAlertsAreKey() {
        List<Event> chat = List.of(
                chat(60, "Rafa", "anyone else seeing this?", null),
                chat(61, "Jordi", "", "channel_join"),
                chat(62, "Lucía", ":eyes:", null),
                chat(63, "Tomás", "+1", null),
                chat(64, "Dani", "Found it: payment-service HikariPool is exhausted, active=10 waiting=37", null),
                chat(65, "Dani", "Applying hotfix: bumping db pool max size 10 -> 50", null),
                alert(66, EventKind.ALERT_TRIGGERED, "[Triggered] API error rate > 5%"));
        Timeline t = new TimelineBuilder().build(List.of(result("chat.json", chat, null)));

        assertEquals(7, t.size());
        assertEquals(List.of("Found it: payment-service HikariPool is exhausted, active=10 waiting=37",
                "Applying hotfix: bumping db pool max size 10 -> 50", "[Triggered] API error rate > 5%"),
                t.keyRows().stream().map(r -> r.event().text()).toList());
        assertEquals("chatter", t.rows().get(0).relevance().hiddenBy());
        assertEquals("joins", t.rows().get(1).relevance().hiddenBy());
        assertEquals("emoji", t.rows().get(2).relevance().hiddenBy());
        assertEquals("acks", t.rows().get(3).relevance().hiddenBy());
        assertTrue(t.hiddenSummary().startsWith("4 rows hidden: "), t.hiddenSummary());
        assertTrue(t.rows().get(6).relevance().reasons().contains("alert state change"));
    }

    @Test
    void aNoiseRuleSwitchedOffShowsTheRowsItHidWhileTheOtherRulesStillHide() {
        List<Event> chat = List.of(
                chat(60, "Rafa", "anyone else seeing this?", null),
                chat(61, "Jordi", "", "channel_join"),
                chat(64, "Dani", "Found it: payment-service HikariPool is exhausted", null),
                alert(66, EventKind.ALERT_TRIGGERED, "[Triggered] API error rate > 5%"));
        Timeline t = new TimelineBuilder().rules(RelevanceRules.defaults().without(java.util.Set.of("chatter")))
                .build(List.of(result("chat.json", chat, null)));
        Row chatter = t.rows().getFirst();
        assertTrue(chatter.isKey(), "not hidden as low relevance either");
        assertTrue(chatter.relevance().reasons().contains("shown: chatter rule switched off"), chatter.relevance().reasons().toString());
        assertEquals("joins", t.rows().get(1).relevance().hiddenBy());
        assertEquals(3, t.keyRows().size());
    }

    @Test
    void repeatedLogLinesBecomeOneBurstAndAQuietGapSplitsThem() {
        LogStoreBuilder b = new LogStoreBuilder(SourceRef.of("app.json", "json-logs"), null);
        int line = 1;
        for (int i = 0; i < 50; i++) { // 02:04:00 .. 02:08:05, every 5 s
            b.add(nanos(240 + i * 5), Level.ERROR, "request " + (1000 + i) + " timed out after 30000ms", "payment-service", 503, "u" + i, line++, line * 100L);
        }
        b.add(nanos(2000), Level.ERROR, "request 77 timed out after 30000ms", "payment-service", 503, "u9", line++, line * 100L);
        b.add(nanos(300), Level.INFO, "Configuration reloaded: db.pool.max_size 10 -> 50", "payment-service", 0, null, line++, line * 100L);
        Timeline t = new TimelineBuilder().build(List.of(result("app.json", List.of(), b.build())));

        List<Row> rows = t.rows();
        assertEquals(3, rows.size());
        Row burst = rows.getFirst();
        assertEquals(EventKind.LOG_BURST, burst.event().kind());
        assertEquals(50, burst.event().count());
        assertEquals(T0.plusSeconds(240), burst.event().time());
        assertEquals(T0.plusSeconds(240 + 49 * 5), burst.event().endTime());
        assertEquals("request # timed out after #", burst.event().attr(Attr.TEMPLATE));
        assertTrue(burst.isKey(), "an error burst is a key event");
        assertEquals(EventKind.CONFIG_CHANGE, rows.get(1).event().kind()); // the config line at 02:05 is a change
        assertTrue(rows.get(1).isKey(), "a config reload is a notable log line");
        assertEquals(1, rows.get(2).event().count(), "a line 30 min later starts a new cluster");
    }

    @Test
    void equalTimesKeepSourceOrderThenRecordOrder() {
        List<Event> a = List.of(alert(10, EventKind.ALERT_TRIGGERED, "a1"), alert(10, EventKind.ALERT_TRIGGERED, "a2"));
        List<Event> b = List.of(alert(10, EventKind.ALERT_RECOVERED, "b1"));
        Timeline t = new TimelineBuilder().build(List.of(result("a.json", a, null), result("b.json", b, null)));
        assertEquals(List.of("a1", "a2", "b1"), t.rows().stream().map(r -> r.event().text()).toList());
    }

    @Test
    void incidentWindowIgnoresAnEarlyUnrelatedRecoveryAndHidesChatOutsideIt() {
        List<Event> events = new ArrayList<>();
        events.add(alert(-5000, EventKind.ALERT_RECOVERED, "[Recovered] disk usage on batch-3"));
        events.add(alert(720, EventKind.ALERT_TRIGGERED, "[Triggered] API error rate > 5%"));
        events.add(alert(1860, EventKind.ALERT_RECOVERED, "[Recovered] API error rate > 5%"));
        events.add(chat(-20000, "Ben", "Deployed the new landing page, all fixed", null));
        Timeline t = new TimelineBuilder().build(List.of(result("dd.md", events, null)));
        assertEquals(T0.plusSeconds(720).minusSeconds(1800), t.context().windowStart());
        assertEquals(T0.plusSeconds(720).plusSeconds(1800), t.context().windowEnd(), "recoveries are not anchors");
        Row oldChat = t.rows().getFirst();
        assertFalse(oldChat.isKey());
        assertEquals("outside-window", oldChat.relevance().hiddenBy());
    }

    static long nanos(long secondsAfterT0) {
        return T0.plusSeconds(secondsAfterT0).getEpochSecond() * 1_000_000_000L;
    }

    static Event chat(long s, String actor, String text, String subtype) {
        return Event.builder(EventIds.of("chat.json", actor + s), T0.plusSeconds(s), SourceRef.of("chat.json", "slack-export"), EventKind.CHAT)
                .actor(actor).text(text).attr(Attr.SUBTYPE, subtype).build();
    }

    static Event alert(long s, EventKind kind, String text) {
        return Event.builder(EventIds.of("dd.md", text + s), T0.plusSeconds(s), SourceRef.of("dd.md", "datadog-timeline"), kind)
                .actor("Datadog").text(text).build();
    }

    static ParseResult result(String file, List<Event> events, LogStore logs) {
        return new ParseResult(new SourceInfo(file, "test", "", "UTC", false, null, events.size(), null), events, logs,
                List.of(), List.of(), 0);
    }
}
