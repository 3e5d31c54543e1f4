package dev.pmw.ingest.datadog;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pmw.ingest.LogStore;
import dev.pmw.ingest.LogStoreBuilder;
import dev.pmw.ingest.ParseResult;
import dev.pmw.ingest.Source;
import dev.pmw.ingest.time.FastIso;
import dev.pmw.ingest.vendor.Collector;
import dev.pmw.ingest.vendor.JsonRecords;
import dev.pmw.ingest.vendor.Nodes;
import dev.pmw.model.Level;
import dev.pmw.model.SourceRef;
import dev.pmw.work.Work;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

/// Logs API v2 (`GET /api/v2/logs/events`, `POST …/search`): `attributes.timestamp` (ISO),
/// `status`, `host`, `service`, `message`, `tags[]`, and the custom attributes one level down in
/// `attributes.attributes` (`http.status_code`, `usr.id` …).
final class LogsJson {
    private LogsJson() {
    }

    static ParseResult parse(Source.Single source, Work work) throws IOException {
        Collector out = new Collector(source, DatadogLogsParser.FORMAT);
        out.dialect("v2");
        LogStoreBuilder logs = new LogStoreBuilder(
                new SourceRef(source.path(), DatadogLogsParser.FORMAT, "v2", null, 0, -1, null), null);
        JsonRecords.Result res;
        try (InputStream in = source.openText()) {
            res = JsonRecords.read(in, Set.of("data"), out.diags(), work,
                    (node, i, line, off) -> line(node, i, line, off, logs, out));
        }
        if (res.records() == 0) {
            out.info(0, "this page holds no log lines (the last page of a paged export is empty)");
        } else if (Nodes.text(res.envelope(), "links", "next") != null) {
            out.info(0, "this is one page of a longer result; later pages (links.next) are not in this file");
        }
        return out.result(logs.build());
    }

    private static void line(JsonNode rec, int index, long line, long offset, LogStoreBuilder logs, Collector out) {
        if (!"log".equals(Nodes.text(rec, "type"))) {
            out.warn(line, "record " + index + " is not a log (type " + Nodes.text(rec, "type") + ")", Nodes.excerpt(rec));
            return;
        }
        JsonNode a = rec.path("attributes");
        JsonNode custom = a.path("attributes");
        String ts = Nodes.text(a, "timestamp");
        long nanos = ts == null ? FastIso.FAIL : FastIso.parse(ts, null);
        if (nanos == FastIso.FAIL) {
            out.warn(line, "log " + index + (ts == null ? " has no timestamp" : " has an unreadable timestamp"),
                    Nodes.excerpt(rec));
            nanos = LogStore.NO_TIME;
        }
        String message = Nodes.textOr(a, Nodes.textOr(custom, "", "message"), "message");
        String service = Nodes.textOr(a, Tags.of(a.get("tags")).get("service"), "service");
        int status = custom.path("http").path("status_code").asInt(0);
        String user = Nodes.textOr(custom, Nodes.text(custom, "usr", "email"), "usr", "id");
        logs.add(nanos, Level.parse(Nodes.text(a, "status")), message, service, status, user, (int) Math.min(line, Integer.MAX_VALUE),
                offset);
    }
}
