package dev.pmw.project;

import dev.pmw.ingest.ParseOptions;
import dev.pmw.model.Attr;
import dev.pmw.model.EventKind;
import dev.pmw.timeline.Incident;
import dev.pmw.timeline.IncidentLoader;
import dev.pmw.timeline.Row;
import dev.pmw.timeline.Timeline;
import dev.pmw.timeline.edit.Edit;
import dev.pmw.timeline.edit.EditHistory;
import dev.pmw.timeline.edit.EditValidator;
import dev.pmw.timeline.edit.Edits;
import dev.pmw.work.Work;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/// The sample incident copied to a temporary folder, with a Datadog logs export added (40 error
/// lines in a burst, so there are log rows to save and a burst to split), and a set of edits of
/// every kind.
final class ProjectFixtures {
    static final Path SAMPLE = Path.of("samples/payment-service-outage");
    static final String LOGS = "datadog-logs.json";
    private static final Edits EDITS = new Edits(Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC));

    private ProjectFixtures() {
    }

    /// Copies the sample into `dir/payment-service-outage` and adds the logs export.
    static Path copySample(Path dir) throws IOException {
        Path target = dir.resolve("payment-service-outage");
        try (Stream<Path> s = Files.walk(SAMPLE)) {
            for (Path p : s.toList()) {
                Path to = target.resolve(SAMPLE.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        Files.writeString(target.resolve(LOGS), datadogLogs());
        return target;
    }

    /// Datadog `GET /api/v2/logs/events` shape: 40 pool-timeout errors every 5 s from 02:04:00 and
    /// a config reload at 02:23:10.
    static String datadogLogs() {
        StringBuilder sb = new StringBuilder("{\"data\":[");
        Instant t0 = Instant.parse("2026-02-16T02:04:00.125Z");
        for (int i = 0; i < 40; i++) {
            sb.append(log("e" + i, t0.plusSeconds(i * 5L), "error",
                    "HikariPool-1 - Connection is not available, request timed out after 30000ms (order " + (9000 + i) + ")"))
                    .append(',');
        }
        sb.append(log("cfg", Instant.parse("2026-02-16T02:23:10.500Z"), "info",
                "Configuration reloaded: db.pool.max_size 10 -> 50"));
        return sb.append("]}").toString();
    }

    private static String log(String id, Instant t, String status, String message) {
        return "{\"type\":\"log\",\"id\":\"" + id + "\",\"attributes\":{\"status\":\"" + status + "\",\"timestamp\":\"" + t
                + "\",\"service\":\"payment-service\",\"host\":\"payment-7f9c-1\",\"message\":\"" + message + "\"}}";
    }

    static Incident load(Path folder) {
        return new Incident(new IncidentLoader().load(List.of(folder), new ParseOptions(ZoneOffset.UTC, false, null, null),
                Work.NONE));
    }

    /// Edits of every kind, each checked by the validator, as the history the user built.
    static EditHistory edit(Incident incident) {
        EditHistory h = EditHistory.empty();
        Timeline t = incident.timeline();
        Row finding = first(t, r -> r.event().text().startsWith("Found it") || r.event().text().contains("HikariPool")
                && r.event().kind() == EventKind.CHAT);
        h = apply(h, t, EDITS.setText(finding, "Dani finds the HikariPool exhausted (max 10)"));
        t = incident.withEdits(h.layer()).timeline();
        Row chatter = first(t, r -> r.event().kind() == EventKind.CHAT && !r.isKey() && !r.event().isBot()
                && r.event().text().length() > 20);
        h = apply(h, t, EDITS.setKind(chatter, EventKind.DECLARE));
        t = incident.withEdits(h.layer()).timeline();
        h = apply(h, t, EDITS.setActor(t.byId(chatter.id()), "Rafa Soler"));
        Row alert = first(t, r -> r.isKey() && r.event().kind() == EventKind.ALERT_TRIGGERED);
        h = apply(h, t, EDITS.pin(alert, true));
        Row hide = first(t, r -> r.isKey() && r.event().kind() == EventKind.DEPLOY);
        h = apply(h, t, EDITS.hide(hide, true));
        t = incident.withEdits(h.layer()).timeline();
        h = apply(h, t, EDITS.note(t.byId(alert.id()), "First page of the night"));
        Timeline notes = t;
        Row dup = first(t, r -> r.event().attr(Attr.DUPLICATE_OF) != null
                && !r.event().attr(Attr.DUPLICATE_OF).equals(alert.id()) && notes.byId(r.event().attr(Attr.DUPLICATE_OF)) != null);
        Row dupOf = t.byId(dup.event().attr(Attr.DUPLICATE_OF));
        h = apply(h, t, EDITS.merge(dupOf, List.of(dup)));
        t = incident.withEdits(h.layer()).timeline();
        Row ack = first(t, r -> r.event().kind() == EventKind.ACKNOWLEDGE && r.isKey());
        h = apply(h, t, EDITS.setTime(ack, ack.event().time().plusSeconds(30), false));
        Row low = first(t, r -> !r.isKey() && r.event().kind() == EventKind.CHAT && r.relevance().hiddenBy().equals("chatter"));
        h = apply(h, t, EDITS.promote(low));
        h = apply(h, t, EDITS.addRow(Instant.parse("2026-02-16T02:26:00Z"), EventKind.NOTE, "Marta",
                "Asked the DB team to watch replication lag", false));
        h = apply(h, t, EDITS.pinBoundary("impact_start", alert));
        t = incident.withEdits(h.layer()).timeline();
        Row burst = first(t, r -> r.event().kind() == EventKind.LOG_BURST && r.event().count() == 40);
        Edit.SplitBurst split = EDITS.split(t, burst, burst.event().time().plusSeconds(100));
        h = apply(h, t, split);
        return h;
    }

    private static EditHistory apply(EditHistory h, Timeline t, Edit e) {
        EditValidator.Verdict v = EditValidator.check(e, t);
        if (!v.ok()) {
            throw new AssertionError(e.describe() + ": " + v.message());
        }
        return h.apply(e);
    }

    static Row first(Timeline t, java.util.function.Predicate<Row> p) {
        return t.rows().stream().filter(p).findFirst().orElseThrow(() -> new AssertionError("no such row"));
    }

    /// What a user sees of each row: id, times, kind, actor, text, count, time flags, key or hidden
    /// and why, and every edit marker.
    static List<String> view(Timeline t) {
        List<String> out = new ArrayList<>();
        for (Row r : t.rows()) {
            var s = r.state();
            out.add(String.join(" | ", r.id(), r.event().time().toString(), String.valueOf(r.event().endTime()),
                    r.event().kind().id(), r.event().actor(), r.event().text(), "n=" + r.event().count(),
                    "flags=" + new java.util.TreeSet<>(r.event().timeInfo().flags()), "key=" + r.isKey(),
                    "hiddenBy=" + r.relevance().hiddenBy(), "reasons=" + r.relevance().reasons(),
                    "src=" + r.source(), "origin=" + s.origin(), "edited=" + new java.util.TreeSet<>(s.edited()),
                    "pinned=" + s.pinned(), "hidden=" + s.hidden(), "override=" + s.override(), "note=" + s.note(),
                    "mergedInto=" + s.mergedInto(), "mergedFrom=" + s.mergedFrom(), "split=" + s.splitFrom(),
                    "original=" + (s.original() == null ? null : s.original().time() + " " + s.original().kind().id()
                            + " " + s.original().text())));
        }
        return out;
    }
}
