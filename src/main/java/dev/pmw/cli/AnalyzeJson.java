package dev.pmw.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.pmw.analysis.Analysis;
import dev.pmw.analysis.Boundary;
import dev.pmw.analysis.BoundaryKind;
import dev.pmw.analysis.Durations;
import dev.pmw.analysis.Impact;
import dev.pmw.analysis.OpenQuestion;
import dev.pmw.analysis.Symptom;
import dev.pmw.analysis.Trigger;
import dev.pmw.ingest.ParseResult;
import dev.pmw.model.Diagnostic;
import dev.pmw.model.Event;
import dev.pmw.timeline.Row;
import dev.pmw.timeline.Timeline;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/// Writes the `pmw analyze --json` contract (ARCHITECTURE.md): stable field names, ISO-8601 UTC
/// times with `Z`, null for what could not be derived plus a reason under `missing`.
public final class AnalyzeJson {
    private AnalyzeJson() {
    }

    public static void write(Writer out, List<ParseResult> results, Timeline timeline, Analysis a) throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            writeSources(g, results, timeline);
            g.writeObjectFieldStart("boundaries");
            for (BoundaryKind k : BoundaryKind.values()) {
                g.writeFieldName(k.id());
                writeBoundary(g, a.boundary(k));
            }
            g.writeEndObject();
            writeDurations(g, a.durations());
            g.writeFieldName("trigger");
            writeTrigger(g, a.trigger());
            g.writeArrayFieldStart("trigger_runners_up");
            for (Trigger t : a.runnersUp()) {
                writeTrigger(g, t);
            }
            g.writeEndArray();
            writeImpact(g, a.impact());
            g.writeFieldName("severity");
            if (a.severity() == null) {
                g.writeNull();
            } else {
                g.writeStartObject();
                g.writeStringField("level", a.severity().level());
                g.writeStringField("reason", a.severity().reason());
                g.writeEndObject();
            }
            g.writeArrayFieldStart("open_questions");
            for (OpenQuestion q : a.questions()) {
                g.writeStartObject();
                g.writeStringField("kind", q.kind());
                g.writeStringField("question", q.question());
                writeIds(g, "evidence", q.evidence());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("key_events");
            for (Row r : timeline.keyRows()) {
                writeRow(g, r);
            }
            g.writeEndArray();
            g.writeObjectFieldStart("counts");
            g.writeNumberField("events", timeline.recordCount());
            g.writeNumberField("rows", timeline.size());
            g.writeNumberField("key_events", timeline.keyRows().size());
            g.writeNumberField("hidden_as_noise", timeline.size() - timeline.keyRows().size());
            g.writeObjectFieldStart("hidden_by_rule");
            for (Map.Entry<String, Integer> e : timeline.hiddenCounts().entrySet()) {
                g.writeNumberField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
            g.writeEndObject();
            g.writeObjectFieldStart("missing");
            for (BoundaryKind k : BoundaryKind.values()) {
                Boundary b = a.boundary(k);
                if (b == null || !b.present()) {
                    g.writeStringField("boundaries." + k.id(), b == null ? "not derived" : b.reason());
                }
            }
            for (Map.Entry<String, String> e : a.missing().entrySet()) {
                g.writeStringField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    private static void writeSources(JsonGenerator g, List<ParseResult> results, Timeline timeline) throws IOException {
        Map<String, dev.pmw.timeline.SourceAlignment.Correction> corrections = new java.util.HashMap<>();
        for (dev.pmw.timeline.TimelineSource ts : timeline.sources()) {
            if (ts.correction() != null) {
                corrections.put(ts.file(), ts.correction());
            }
        }
        g.writeArrayFieldStart("sources");
        for (ParseResult r : results) {
            g.writeStartObject();
            g.writeStringField("file", r.info().file());
            g.writeStringField("format", r.info().format());
            if (!r.info().dialect().isEmpty()) {
                g.writeStringField("dialect", r.info().dialect());
            }
            g.writeNumberField("events", r.records());
            g.writeNumberField("warnings", r.warnings());
            g.writeStringField("timezone", r.info().timezone());
            g.writeBooleanField("timezone_assumed", r.info().zoneAssumed());
            dev.pmw.timeline.SourceAlignment.Correction c = corrections.get(r.info().file());
            if (c != null) {
                g.writeObjectFieldStart("clock_correction");
                g.writeNumberField("offset_seconds", c.offset().getSeconds());
                g.writeStringField("matched_against", c.reference());
                g.writeNumberField("matches", c.matches());
                g.writeNumberField("compared", c.compared());
                g.writeBooleanField("applied", c.applied());
                g.writeStringField("explanation", c.describe());
                g.writeEndObject();
            }
            g.writeArrayFieldStart("diagnostics");
            for (Diagnostic d : r.diagnostics()) {
                g.writeStartObject();
                if (d.line() > 0) {
                    g.writeNumberField("line", d.line());
                }
                g.writeStringField("severity", d.severity().name().toLowerCase(java.util.Locale.ROOT));
                g.writeStringField("message", d.message());
                if (!d.excerpt().isEmpty()) {
                    g.writeStringField("excerpt", d.excerpt());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void writeBoundary(JsonGenerator g, Boundary b) throws IOException {
        if (b == null || !b.present()) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        time(g, "time", b.time());
        if (b.earliest() != null || b.latest() != null) {
            g.writeObjectFieldStart("range");
            time(g, "earliest", b.earliest());
            time(g, "latest", b.latest());
            g.writeEndObject();
        }
        writeIds(g, "evidence", b.evidence());
        g.writeStringField("rule", b.rule());
        if (b.pinned()) {
            g.writeBooleanField("pinned", true);
        }
        g.writeEndObject();
    }

    private static void writeDurations(JsonGenerator g, Durations d) throws IOException {
        g.writeObjectFieldStart("durations_minutes");
        number(g, "time_to_detect", d.timeToDetect());
        number(g, "time_to_acknowledge", d.timeToAcknowledge());
        number(g, "time_to_mitigate", d.timeToMitigate());
        number(g, "time_to_resolve", d.timeToResolve());
        g.writeEndObject();
    }

    private static void writeTrigger(JsonGenerator g, Trigger t) throws IOException {
        if (t == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        time(g, "time", t.time());
        g.writeStringField("kind", t.kind().id());
        g.writeStringField("summary", t.summary());
        g.writeStringField("service", t.service());
        g.writeStringField("version", t.version());
        g.writeStringField("commit", t.commit());
        g.writeNumberField("confidence", Math.round(t.confidence() * 100) / 100.0);
        writeIds(g, "evidence", t.evidence());
        writeIds(g, "why", t.why());
        g.writeEndObject();
    }

    private static void writeImpact(JsonGenerator g, Impact i) throws IOException {
        g.writeFieldName("impact");
        if (i == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        number(g, "duration_minutes", i.durationMinutes());
        longOrNull(g, "failed_requests", i.failedRequests());
        longOrNull(g, "users_affected", i.usersAffected());
        longOrNull(g, "requests", i.requests());
        if (i.failedShare() == null) {
            g.writeNullField("failed_share");
        } else {
            g.writeNumberField("failed_share", Math.round(i.failedShare() * 10_000) / 10_000.0);
        }
        g.writeObjectFieldStart("failures_by_class");
        for (Map.Entry<String, Long> e : i.failuresByClass().entrySet()) {
            g.writeNumberField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
        g.writeObjectFieldStart("failures_by_error");
        for (Map.Entry<String, Long> e : i.failuresByError().entrySet()) {
            g.writeNumberField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
        if (i.supportTickets() == null) {
            g.writeNullField("support_tickets");
        } else {
            g.writeNumberField("support_tickets", i.supportTickets());
        }
        g.writeArrayFieldStart("symptoms");
        for (Symptom s : i.symptoms()) {
            g.writeStartObject();
            g.writeStringField("text", s.text());
            g.writeStringField("evidence", s.evidence());
            if (s.tickets() != null) {
                g.writeNumberField("tickets", s.tickets());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        writeIds(g, "evidence", i.evidence());
        g.writeEndObject();
    }

    private static void longOrNull(JsonGenerator g, String field, Long v) throws IOException {
        if (v == null) {
            g.writeNullField(field);
        } else {
            g.writeNumberField(field, v);
        }
    }

    static void writeRow(JsonGenerator g, Row r) throws IOException {
        Event e = r.event();
        g.writeStartObject();
        g.writeStringField("id", e.id());
        time(g, "time", e.time());
        if (e.endTime() != null) {
            time(g, "end", e.endTime());
        }
        g.writeStringField("source", e.source().location());
        g.writeStringField("kind", e.kind().id());
        g.writeStringField("actor", e.actor());
        g.writeStringField("text", e.text());
        if (e.count() > 1) {
            g.writeNumberField("count", e.count());
        }
        if (e.level() != dev.pmw.model.Level.UNKNOWN) {
            g.writeStringField("level", e.level().name());
        }
        g.writeNumberField("relevance", Math.round(r.relevance().score() * 100) / 100.0);
        writeIds(g, "reasons", r.relevance().reasons());
        if (r.relevance().hiddenBy() != null) {
            g.writeStringField("hidden_by", r.relevance().hiddenBy());
        }
        if (!e.timeInfo().raw().isEmpty()) {
            g.writeStringField("raw_time", e.timeInfo().raw());
        }
        if (e.timeInfo().assumedZone() != null) {
            g.writeStringField("zone_assumed", e.timeInfo().assumedZone());
        }
        g.writeEndObject();
    }

    private static void writeIds(JsonGenerator g, String field, List<String> ids) throws IOException {
        g.writeArrayFieldStart(field);
        for (String id : ids) {
            g.writeString(id);
        }
        g.writeEndArray();
    }

    private static void time(JsonGenerator g, String field, Instant t) throws IOException {
        if (t == null) {
            g.writeNullField(field);
        } else {
            g.writeStringField(field, t.toString());
        }
    }

    private static void number(JsonGenerator g, String field, Double v) throws IOException {
        if (v == null) {
            g.writeNullField(field);
        } else {
            g.writeNumberField(field, Math.round(v * 10) / 10.0);
        }
    }
}
