package dev.pmw.timeline.query;

import dev.pmw.model.Event;
import dev.pmw.model.EventIds;
import dev.pmw.model.EventKind;
import dev.pmw.model.Level;
import dev.pmw.model.SourceRef;
import dev.pmw.timeline.Relevance;
import dev.pmw.timeline.Row;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TimelineIndexTest {
    static final Instant T0 = Instant.parse("2026-02-16T02:00:00Z");
    static final List<String> FILES = List.of("/in/slack-export", "/in/error-logs.json", "/in/pagerduty.json");

    /// 0 02:03 log burst 02:03–02:30, ERROR, 137 lines  (logs)
    /// 1 02:12 alert triggered                          (pagerduty)
    /// 2 02:14 chat "ack, looking" by Dani              (slack)
    /// 3 02:17 chat finding by Dani, pinned             (slack)
    /// 4 02:20 chat "+1" by Jordi, hidden as chatter     (slack)
    /// 5 02:23 log "Configuration reloaded …" INFO      (logs)
    /// 6 02:40 note added by hand, edited               (manual)
    static final List<Row> ROWS = List.of(
            row(180, EventKind.LOG_BURST, "payment-service", "request 1234 timed out after 30000ms", Level.ERROR, 1, true, 137, 1800),
            row(720, EventKind.ALERT_TRIGGERED, "Datadog", "[Triggered] API error rate > 5%", Level.UNKNOWN, 2, true, 1, 0),
            row(840, EventKind.CHAT, "Dani Ortega", "ack, looking", Level.UNKNOWN, 0, true, 1, 0),
            row(1020, EventKind.CHAT, "Dani Ortega", "Found it: HikariPool-1\nis EXHAUSTED", Level.UNKNOWN, 0, true, 1, 0),
            row(1200, EventKind.CHAT, "Jordi Puig", "+1", Level.UNKNOWN, 0, false, 1, 0),
            row(1380, EventKind.LOG, "payment-service", "Configuration reloaded: db.pool.max_size 10 -> 50", Level.INFO, 1, true, 1, 0),
            row(2400, EventKind.NOTE, "me", "customers saw failed card payments", Level.UNKNOWN, -1, true, 1, 0));

    static final RowFlags FLAGS = new RowFlags() {
        @Override
        public boolean pinned(Row r) {
            return r == ROWS.get(3);
        }

        @Override
        public boolean edited(Row r) {
            return r == ROWS.get(6);
        }
    };

    final TimelineIndex ix = TimelineIndex.of(ROWS, FILES, FLAGS);

    @Test
    void everyTermMustOccurSomewhereInTextActorKindOrSourceIgnoringCaseAndLineBreaks() {
        assertArrayEquals(new int[] {3}, ix.filter(TimelineQuery.ALL.withText("exhausted dani", false)));
        assertArrayEquals(new int[] {3}, ix.filter(TimelineQuery.ALL.withText("hikaripool-1 is exhausted", false)));
        assertArrayEquals(new int[] {2, 3, 4}, ix.filter(TimelineQuery.ALL.withText("#inc-payments", false)));
        assertArrayEquals(new int[] {1}, ix.filter(TimelineQuery.ALL.withText("alert", false)), "kind label");
        assertArrayEquals(new int[] {0, 5}, ix.filter(TimelineQuery.ALL.withText("error-logs.json", false)), "file name");
        assertArrayEquals(new int[0], ix.filter(TimelineQuery.ALL.withText("exhausted jordi", false)));
    }

    @Test
    void regexIsCaseInsensitiveAndDoesNotReachAcrossFields() {
        assertArrayEquals(new int[] {0, 3}, ix.filter(TimelineQuery.ALL.withText("TIMED? OUT|Hikari\\w+", true)));
        assertArrayEquals(new int[] {5}, ix.filter(TimelineQuery.ALL.withText("max_size \\d+ -> \\d+", true)));
        assertArrayEquals(new int[0], ix.filter(TimelineQuery.ALL.withText("looking.dani", true)),
                "text and actor are separate fields");
        assertArrayEquals(new int[] {4}, ix.filter(TimelineQuery.ALL.withText("^\\+1$", true)), "anchors at the text's ends");
    }

    @Test
    void anInvalidRegexSaysWhy() {
        TimelineQuery q = TimelineQuery.ALL.withText("pool (exhausted", true);
        assertNotNull(q.regexError());
        assertNull(TimelineQuery.ALL.withText("pool (exhausted", false).regexError(), "plain text is never invalid");
        assertThrows(java.util.regex.PatternSyntaxException.class, () -> ix.filter(q));
    }

    @Test
    void kindsLevelsSourcesAndActorsCombine() {
        assertArrayEquals(new int[] {2, 3, 4}, ix.filter(TimelineQuery.ALL.withKinds(Set.of(EventKind.CHAT))));
        assertArrayEquals(new int[] {0}, ix.filter(TimelineQuery.ALL.withLevels(Set.of(Level.ERROR, Level.FATAL))));
        assertArrayEquals(new int[] {0, 5}, ix.filter(TimelineQuery.ALL.withSources(Set.of("/in/error-logs.json"))));
        assertArrayEquals(new int[] {6}, ix.filter(TimelineQuery.ALL.withSources(Set.of(TimelineQuery.MANUAL))));
        assertArrayEquals(new int[] {2, 3}, ix.filter(TimelineQuery.ALL.withActors(Set.of("Dani Ortega"))));
        assertArrayEquals(new int[] {3}, ix.filter(TimelineQuery.ALL.withActors(Set.of("Dani Ortega"))
                .withKinds(Set.of(EventKind.CHAT)).withText("found", false)));
    }

    @Test
    void pinnedAndEditedComeFromTheEditLayer() {
        assertArrayEquals(new int[] {3}, ix.filter(TimelineQuery.ALL.withPinned(TimelineQuery.Flag.ONLY)));
        assertEquals(6, ix.filter(TimelineQuery.ALL.withPinned(TimelineQuery.Flag.EXCEPT)).length);
        assertArrayEquals(new int[] {6}, ix.filter(TimelineQuery.ALL.withEdited(TimelineQuery.Flag.ONLY)));
    }

    @Test
    void aBurstOverlappingTheWindowIsInItAndBoundsAreInclusive() {
        // 02:25–02:30: only the burst (02:03–02:33) spans it
        assertArrayEquals(new int[] {0}, ix.filter(TimelineQuery.ALL.withWindow(T0.plusSeconds(1500), T0.plusSeconds(1800))));
        // 02:14 exactly to 02:17 exactly
        assertArrayEquals(new int[] {0, 2, 3}, ix.filter(TimelineQuery.ALL.withWindow(T0.plusSeconds(840), T0.plusSeconds(1020))));
        // reversed bounds are put in order
        assertArrayEquals(new int[] {0, 2, 3}, ix.filter(TimelineQuery.ALL.withWindow(T0.plusSeconds(1020), T0.plusSeconds(840))));
        // open-ended
        assertArrayEquals(new int[] {6}, ix.filter(TimelineQuery.ALL.withWindow(T0.plusSeconds(2401 - 1), null)));
    }

    @Test
    void keyOnlyAlsoReportsWhatMatchesWithoutIt() {
        TimelineIndex.Matches m = ix.run(TimelineQuery.KEY.withKinds(Set.of(EventKind.CHAT)), () -> false);
        assertArrayEquals(new int[] {2, 3}, m.rows());
        assertArrayEquals(new int[] {2, 3, 4}, m.unfiltered());
        assertEquals(7, ix.filter(TimelineQuery.ALL).length);
        assertEquals(6, ix.filter(TimelineQuery.KEY).length);
    }

    @Test
    void aStoppedRunEndsWithCancellation() {
        assertThrows(QueryCancelledException.class, () -> ix.run(TimelineQuery.ALL.withText("pool", false), () -> true));
    }

    @Test
    void largeTimelinesGiveTheSameAnswerInParallelChunks() {
        List<Row> many = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            Row r = ROWS.get(i % ROWS.size());
            Event e = r.event();
            many.add(new Row(e.withTime(T0.plusSeconds(i), e.timeInfo()), r.relevance(), r.source()));
        }
        TimelineIndex big = TimelineIndex.of(many, FILES, RowFlags.NONE);
        int[] hits = big.filter(TimelineQuery.ALL.withText("exhausted", false));
        assertEquals(100_000 / 7 + (100_000 % 7 > 3 ? 1 : 0), hits.length);
        for (int h : hits) {
            assertEquals(3, h % 7);
        }
        int[] sorted = hits.clone();
        Arrays.sort(sorted);
        assertArrayEquals(sorted, hits, "ascending, chunk order kept");
    }

    static Row row(long s, EventKind kind, String actor, String text, Level level, int source, boolean key, int count,
                   long spanSeconds) {
        String file = source < 0 ? "" : FILES.get(source);
        SourceRef ref = new SourceRef(file, source == 0 ? "slack-export" : "test", null, source == 0 ? "inc-payments" : null,
                0, -1, null);
        Event e = Event.builder(EventIds.of(file, text + s), T0.plusSeconds(s), ref, kind).actor(actor).text(text)
                .level(level).count(count).endTime(spanSeconds > 0 ? T0.plusSeconds(s + spanSeconds) : null).build();
        return new Row(e, new Relevance(key ? 0.9 : 0.1, List.of(), key ? null : "chatter"), source);
    }
}
