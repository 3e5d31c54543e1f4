package dev.pmw.ingest.logs;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.pmw.ingest.Json;
import dev.pmw.model.Level;

import java.io.IOException;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;

/// Turns JSON root values into log lines the way the dialect wants: a plain record is one line;
/// an envelope (CloudWatch `events[]`, Loki `data.result[]`, OTLP `resourceLogs[]`) yields its
/// records; Docker records are re-joined and their application JSON unpacked; CLEF templates
/// rendered; GCP audit entries get a message. Shared by the line reader and the document reader.
final class JsonRecords implements RecordReader.Envelopes {
    /// Docker writes RFC 3339 UTC; a time without zone there is a writer bug, not local time.
    private static final ZoneId DOCKER_ZONE = ZoneId.of("UTC");
    private final Dialect dialect;
    private final LogSink sink;
    private final RecordReader reader;
    private final ZoneId zone;
    private final Rec rec = new Rec();
    private final Rec item = new Rec();
    private final Rec nested = new Rec();
    private final DockerJoiner docker;
    private final Set<String> eventIds = new HashSet<>();
    private OtlpRecords otlp;
    private Position pos;

    JsonRecords(Dialect dialect, LogSink sink) {
        this.dialect = dialect;
        this.sink = sink;
        this.reader = new RecordReader(Keys.forDialect(dialect), new Interner());
        this.zone = sink.options().zone();
        this.docker = dialect == Dialect.DOCKER ? new DockerJoiner(this::emitDocker) : null;
        rec.collectProps = dialect == Dialect.SERILOG_CLEF;
    }

    /// See [RecordReader#rawSource]: the line reader's block parser, for raw ASCII messages.
    void rawSource(JsonParser p, byte[] block, int start, int end) {
        reader.rawSource(p, block, start, end);
    }

    /// Reads the root object whose START_OBJECT is the parser's current token, at `line`/`offset`.
    void readRoot(JsonParser p, long line, long offset, Position position) throws IOException {
        this.pos = position;
        rec.reset();
        reader.read(p, rec, dialect == Dialect.DOCKER ? DOCKER_ZONE : zone, dialect.envelope() ? this : null);
        if (rec.envelope) {
            return;
        }
        if (docker != null) {
            docker.accept(rec, line, offset);
            return;
        }
        finish(rec, line, offset, p);
    }

    /// Emits what is still held back (a Docker partial line at the end of the file).
    void end() {
        if (docker != null) {
            docker.flush();
        }
    }

    private void finish(Rec r, long line, long offset, JsonParser p) {
        if (r.level == null && (dialect == Dialect.SERILOG_CLEF || dialect == Dialect.GCP)) {
            r.level = Level.INFO; // CLEF: absent @l means Information; GCP: absent severity is DEFAULT
        }
        if (r.msgTemplate && !r.props.isEmpty()) {
            r.setMessage(ClefTemplate.render(r.message(), r.props), 0);
        }
        if (!r.hasMessage()) {
            if (r.protoMethod != null) {
                r.setMessage(r.protoResource == null ? r.protoMethod : r.protoMethod + " " + r.protoResource, 0);
            } else if (r.fallback != null) {
                r.setMessage(r.fallback, 0);
            } else if (p != null) {
                String raw = pos.raw(p, offset);
                if (raw != null) {
                    r.setMessage(raw, 0);
                }
            }
        }
        sink.add(r, line, offset);
    }

    private void emitDocker(Rec r, long line, long offset) {
        r.materialize();
        int n = r.msgLen;
        if (n > 0 && r.msg[n - 1] == '\n') {
            n--;
        }
        if (n > 0 && r.msg[n - 1] == '\r') {
            n--;
        }
        r.msgLen = n;
        int start = 0;
        while (start < n && r.msg[start] == ' ') {
            start++;
        }
        if (start < n && r.msg[start] == '{' && parseInner(r.msg, start, n - start)) {
            r.overlay(nested, true); // formats.md §2.2: prefer the application's own time
        }
        finish(r, line, offset, null);
    }

    /// Reads `c[off, off+len)` as one application JSON object into [#nested]. False when it is not
    /// exactly one object (then the text stays the message).
    private boolean parseInner(char[] c, int off, int len) {
        nested.reset();
        try (JsonParser p = Json.factory().createParser(c, off, len)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            reader.read(p, nested, zone, null);
            return p.nextToken() == null;
        } catch (JsonProcessingException e) {
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void read(JsonParser p, String key) throws IOException {
        switch (dialect) {
            case CLOUDWATCH -> cloudWatchEvents(p);
            case LOKI -> lokiData(p);
            case OTLP -> {
                if (otlp == null) {
                    otlp = new OtlpRecords(sink, new Interner());
                }
                otlp.resourceLogs(p, pos);
            }
            default -> p.skipChildren();
        }
    }

    /// `{"events":[{"timestamp":<ms>,"message":"…","logStreamName":…,"eventId":…}]}`.
    private void cloudWatchEvents(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            p.skipChildren();
            return;
        }
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
            if (t != JsonToken.START_OBJECT) {
                p.skipChildren();
                continue;
            }
            long line = pos.line(p);
            long offset = pos.offset(p);
            item.reset();
            reader.read(p, item, zone, null);
            // de-duplicate on eventId (bounded: past a million ids the rest is kept as it comes)
            if (item.eventId != null && eventIds.size() < 1_000_000 && !eventIds.add(item.eventId)) {
                sink.duplicate();
                continue;
            }
            unpackMessage(item);
            finish(item, line, offset, null);
        }
    }

    /// A message that is itself application JSON (Lambda, ECS): take its level, service, status
    /// and user; the export's own timestamp stays the time.
    private void unpackMessage(Rec r) {
        r.materialize();
        int start = 0;
        while (start < r.msgLen && r.msg[start] == ' ') {
            start++;
        }
        if (start < r.msgLen && r.msg[start] == '{' && parseInner(r.msg, start, r.msgLen - start)) {
            r.overlay(nested, !r.hasTime());
        } else if (r.level == null && r.hasMessage()) {
            r.level = Levels.guess(r.message());
        }
    }

    /// Loki `query_range`: `{"data":{"resultType":"streams","result":[{"stream":{labels},
    /// "values":[["<ns>","<line>"],…]}]}}`.
    private void lokiData(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            p.skipChildren();
            return;
        }
        String name;
        while ((name = p.nextFieldName()) != null) {
            JsonToken t = p.nextToken();
            if (name.equals("result") && t == JsonToken.START_ARRAY) {
                while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
                    if (t == JsonToken.START_OBJECT) {
                        lokiStream(p);
                    } else {
                        p.skipChildren();
                    }
                }
            } else {
                p.skipChildren();
            }
        }
    }

    private void lokiStream(JsonParser p) throws IOException {
        String service = null;
        String name;
        while ((name = p.nextFieldName()) != null) {
            JsonToken t = p.nextToken();
            if (name.equals("stream") && t == JsonToken.START_OBJECT) {
                service = lokiService(p);
            } else if (name.equals("values") && t == JsonToken.START_ARRAY) {
                while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
                    if (t == JsonToken.START_ARRAY) {
                        lokiValue(p, service);
                    } else {
                        p.skipChildren();
                    }
                }
            } else {
                p.skipChildren();
            }
        }
    }

    private static String lokiService(JsonParser p) throws IOException {
        String best = null;
        int bestRank = Integer.MAX_VALUE;
        java.util.List<String> order = java.util.List.of("service_name", "service", "app", "job", "container", "component");
        String name;
        while ((name = p.nextFieldName()) != null) {
            JsonToken t = p.nextToken();
            int rank = order.indexOf(name);
            if (t == JsonToken.VALUE_STRING && rank >= 0 && rank < bestRank) {
                best = p.getText();
                bestRank = rank;
            } else if (t.isStructStart()) {
                p.skipChildren();
            }
        }
        return best;
    }

    private void lokiValue(JsonParser p, String service) throws IOException {
        long line = pos.line(p);
        long offset = pos.offset(p);
        item.reset();
        int i = 0;
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
            if (i == 0 && (t == JsonToken.VALUE_STRING || t.isNumeric())) {
                RecordReader.time(p.getTextCharacters(), p.getTextOffset(), p.getTextLength(), item, 0, zone);
            } else if (i == 1 && t == JsonToken.VALUE_STRING) {
                item.setMessage(p.getTextCharacters(), p.getTextOffset(), p.getTextLength(), 0);
            } else if (t.isStructStart()) {
                p.skipChildren();
            }
            i++;
        }
        item.service = service;
        unpackMessage(item);
        if (item.service == null) {
            item.service = service;
        }
        finish(item, line, offset, null);
    }
}
