package dev.pmw.ingest.logs;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.pmw.ingest.Json;
import dev.pmw.ingest.LogStoreBuilder;
import dev.pmw.model.Level;

import java.io.IOException;

/// OTLP/JSON logs (collector file exporter): `resourceLogs[].scopeLogs[].logRecords[]`, with the
/// service in the resource attributes. Each `resourceLogs` element is one export batch, read as a
/// small tree because the resource may come after its records.
final class OtlpRecords {
    private final LogSink sink;
    private final Interner interner;
    private final Rec r = new Rec();

    OtlpRecords(LogSink sink, Interner interner) {
        this.sink = sink;
        this.interner = interner;
    }

    /// Reads the `resourceLogs` array whose START_ARRAY is the current token.
    void resourceLogs(JsonParser p, Position pos) throws IOException {
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
            JsonNode batch = Json.mapper().readTree(p);
            String service = attribute(batch.path("resource").path("attributes"), "service.name");
            for (JsonNode scope : batch.path("scopeLogs")) {
                for (JsonNode rec : scope.path("logRecords")) {
                    record(rec, service, line, offset);
                }
            }
        }
    }

    private void record(JsonNode n, String service, long line, long offset) {
        r.reset();
        String time = text(n.get("timeUnixNano"));
        if (time == null || time.equals("0")) {
            time = text(n.get("observedTimeUnixNano"));
        }
        if (time != null) {
            char[] c = time.toCharArray();
            RecordReader.time(c, 0, c.length, r, 0, sink.options().zone());
        }
        String sevText = text(n.get("severityText"));
        Level level = null;
        if (sevText != null && !sevText.isEmpty()) {
            char[] c = sevText.toCharArray();
            level = Levels.of(c, 0, c.length, Levels.TEXT);
        }
        if (level == null && n.path("severityNumber").canConvertToInt()) {
            level = Levels.ofNumber(n.path("severityNumber").asInt(), Levels.OTLP);
        }
        r.level = level;
        r.setMessage(body(n.path("body")), 0);
        if (service != null) {
            char[] c = service.toCharArray();
            r.service = interner.intern(c, 0, c.length);
        }
        JsonNode attrs = n.path("attributes");
        String status = attribute(attrs, "http.response.status_code");
        if (status == null) {
            status = attribute(attrs, "http.status_code");
        }
        if (status != null && status.matches("[1-5]\\d\\d")) {
            r.status = Integer.parseInt(status);
        }
        String user = attribute(attrs, "user.id");
        if (user == null) {
            user = attribute(attrs, "enduser.id");
        }
        r.userHash = LogStoreBuilder.userHash(user);
        sink.add(r, line, offset);
    }

    /// An OTLP AnyValue as text: the string, number or boolean itself, or compact JSON.
    private static String body(JsonNode v) {
        if (v.isMissingNode() || v.isNull()) {
            return "";
        }
        for (String k : new String[] {"stringValue", "intValue", "doubleValue", "boolValue"}) {
            if (v.has(k)) {
                return v.get(k).asText();
            }
        }
        return v.toString();
    }

    /// Value of the attribute `key` in an OTLP `[{key, value:{stringValue|intValue…}}]` list.
    private static String attribute(JsonNode attrs, String key) {
        for (JsonNode a : attrs) {
            if (key.equals(a.path("key").asText())) {
                String v = body(a.path("value"));
                return v.isEmpty() ? null : v;
            }
        }
        return null;
    }

    private static String text(JsonNode v) {
        return v == null || v.isNull() ? null : v.asText();
    }
}
