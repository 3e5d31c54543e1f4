package dev.pmw.timeline.edit;

import dev.pmw.ingest.LogStore;
import dev.pmw.ingest.LogStoreBuilder;
import dev.pmw.ingest.ParseOptions;
import dev.pmw.ingest.ParseResult;
import dev.pmw.ingest.SourceInfo;
import dev.pmw.model.Attr;
import dev.pmw.model.Event;
import dev.pmw.model.EventIds;
import dev.pmw.model.EventKind;
import dev.pmw.model.Level;
import dev.pmw.model.SourceRef;
import dev.pmw.timeline.Incident;
import dev.pmw.timeline.LoadedSource;
import dev.pmw.timeline.Row;
import dev.pmw.timeline.SourceSettings;
import dev.pmw.timeline.Timeline;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/// A small incident: a chat channel with an alert, chatter and findings, and a log file with a
/// burst of 40 errors (02:04:00–02:07:15, every 5 s) and one config line.
final class EditFixtures {
    static final Instant T0 = Instant.parse("2026-02-16T02:00:00Z");

    private EditFixtures() {
    }

    static List<Event> chat() {
        return List.of(
                chat(600, "Rafa", "anyone else seeing this?"),
                chat(700, "Dani", "Found it: payment-service HikariPool is exhausted, active=10 waiting=37"),
                chat(710, "Bot", "[Triggered] API error rate > 5%", EventKind.ALERT_TRIGGERED),
                chat(800, "Marta", "the nightly job moved to 02:00 last week"),
                chat(900, "Dani", "Applying hotfix: bumping db pool max size 10 -> 50"));
    }

    static Event chat(long s, String actor, String text) {
        return chat(s, actor, text, EventKind.CHAT);
    }

    static Event chat(long s, String actor, String text, EventKind kind) {
        return Event.builder(EventIds.of("chat.json", actor + s), T0.plusSeconds(s),
                        new SourceRef("chat.json", "slack-export", null, "inc", s, -1, actor + s), kind)
                .actor(actor).text(text).build();
    }

    static LogStore logs() {
        LogStoreBuilder b = new LogStoreBuilder(SourceRef.of("app.json", "json-logs"), null);
        int line = 1;
        for (int i = 0; i < 40; i++) {
            b.add(nanos(240 + i * 5), Level.ERROR, "request " + (1000 + i) + " timed out after 30000ms", "payment-service",
                    503, "u" + i, line++, line * 100L);
        }
        b.add(nanos(1380), Level.INFO, "Configuration reloaded: db.pool.max_size 10 -> 50", "payment-service", 0, null,
                line++, line * 100L);
        return b.build();
    }

    static long nanos(long s) {
        return T0.plusSeconds(s).getEpochSecond() * 1_000_000_000L;
    }

    static ParseResult result(String file, String format, List<Event> events, LogStore logs) {
        long records = events.size() + (logs == null ? 0 : logs.size());
        return new ParseResult(new SourceInfo(file, format, "", "UTC", false, null, records, null), events, logs,
                List.of(), List.of(), 0);
    }

    static LoadedSource source(ParseResult r) {
        return new LoadedSource(null, new ParseOptions(ZoneOffset.UTC, true, null, null), SourceSettings.DEFAULT, r);
    }

    static Incident incident() {
        return new Incident(List.of(source(result("chat.json", "slack-export", chat(), null)),
                source(result("app.json", "json-logs", List.of(), logs()))));
    }

    static Row row(Timeline t, String textStart) {
        return t.rows().stream().filter(r -> r.event().text().startsWith(textStart)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + textStart));
    }

    static Row burst(Timeline t) {
        return t.rows().stream().filter(r -> r.event().kind() == EventKind.LOG_BURST).findFirst().orElseThrow();
    }

    /// What a user sees of each row: id, time, kind, actor, text, key, and the edit flags.
    static List<String> view(Timeline t) {
        List<String> out = new ArrayList<>();
        for (Row r : t.rows()) {
            out.add(r.id() + " " + r.event().time() + " " + r.event().kind().id() + " " + r.event().actor() + " | "
                    + r.event().text() + " | count=" + r.event().count() + " key=" + r.isKey() + " hiddenBy="
                    + r.relevance().hiddenBy() + " edited=" + r.state().edited() + " pinned=" + r.isPinned()
                    + " hidden=" + r.state().hidden() + " override=" + r.state().override() + " note="
                    + r.state().note() + " origin=" + r.state().origin() + " mergedInto=" + r.state().mergedInto()
                    + " mergedFrom=" + r.state().mergedFrom() + " split=" + r.state().splitFrom()
                    + " flags=" + r.event().timeInfo().flags() + " " + Attr.DUPLICATE_OF + "="
                    + r.event().attr(Attr.DUPLICATE_OF));
        }
        return out;
    }
}
