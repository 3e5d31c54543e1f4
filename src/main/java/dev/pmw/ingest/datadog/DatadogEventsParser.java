package dev.pmw.ingest.datadog;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pmw.ingest.ParseOptions;
import dev.pmw.ingest.ParseResult;
import dev.pmw.ingest.Sniff;
import dev.pmw.ingest.Source;
import dev.pmw.ingest.SourceParser;
import dev.pmw.ingest.vendor.Collector;
import dev.pmw.ingest.vendor.JsonHead;
import dev.pmw.ingest.vendor.JsonRecords;
import dev.pmw.ingest.vendor.Nodes;
import dev.pmw.work.Work;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Set;

/// `datadog-events`: Events API v1 lists (`{"events":[…]}`) and single events (`{"event":{…}}`),
/// Events API v2 pages (`{"data":[{"type":"event",…}]}`, an empty last page included), and monitor
/// notifications from a webhook or EventBridge. Monitor transitions become alert events, CI/CD and
/// `deploy`-tagged events deploys, the rest `other`.
public final class DatadogEventsParser implements SourceParser {
    public static final String FORMAT = "datadog-events";

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public int detect(Sniff sniff) {
        JsonNode root = JsonHead.of(sniff);
        if (root == null) {
            return 0;
        }
        if (root.isArray()) {
            return MonitorWebhook.payload(JsonHead.first(root)) != null ? 85 : 0;
        }
        JsonNode events = root.path("events");
        if (events.isArray()) {
            if (JsonHead.first(events).has("date_happened")) {
                return 95;
            }
            return events.isEmpty() && "ok".equals(Nodes.text(root, "status")) && !root.has("nextForwardToken") ? 50 : 0;
        }
        if (root.path("event").has("date_happened")) {
            return 95;
        }
        JsonNode data = root.path("data");
        if (data.isArray()) {
            if ("event".equals(Nodes.text(JsonHead.first(data), "type"))) {
                return 95;
            }
            if (data.isEmpty()) {
                return emptyPage(root, sniff);
            }
            return 0;
        }
        return MonitorWebhook.payload(root) != null ? 85 : 0;
    }

    /// `{"data":[]}` is the last page of every Datadog v2 cursor walk and says nothing about what it
    /// is a page of: the `links.next` URL tells when present, else the file name is the only hint.
    /// Opsgenie's empty page carries `took`/`requestId` and is left to that parser.
    private static int emptyPage(JsonNode root, Sniff sniff) {
        String next = Nodes.textOr(root, "", "links", "next");
        if (next.contains("/api/v2/events")) {
            return 90;
        }
        if (!next.isEmpty() || root.has("took") || root.has("requestId") || root.path("meta").has("pagination")) {
            return 0;
        }
        String name = sniff.input().name().toLowerCase(Locale.ROOT);
        if (name.contains("log") || name.contains("incident")) {
            return 0;
        }
        return name.contains("event") ? 40 : 20;
    }

    @Override
    public ParseResult parse(Source source, ParseOptions options, Work work) throws IOException {
        if (!(source instanceof Source.Single single)) {
            return ParseResult.failed(source.path(), FORMAT, "a folder is not a Datadog events response");
        }
        Collector out = new Collector(source, FORMAT);
        String[] dialect = {""};
        JsonRecords.Result res;
        try (InputStream in = single.openText()) {
            res = JsonRecords.read(in, Set.of("events", "event", "data"), out.diags(), work, (node, i, line, off) -> {
                if (node.has("date_happened")) {
                    dialect[0] = "v1";
                    EventMapper.v1(node, i, line, off, out);
                } else if ("event".equals(Nodes.text(node, "type"))) {
                    dialect[0] = "v2";
                    EventMapper.v2(node, i, line, off, out);
                } else if (MonitorWebhook.payload(node) != null) {
                    dialect[0] = "monitor notification";
                    MonitorWebhook.map(node, i, line, off, out);
                } else {
                    out.warn(line, "record " + i + " is not a Datadog event (no date_happened, type or monitor meta)",
                            Nodes.excerpt(node));
                }
            });
        }
        if (res.records() == 0 && MonitorWebhook.payload(res.envelope()) != null) {
            dialect[0] = "monitor notification";
            MonitorWebhook.map(res.envelope(), 0, 1, 0, out);
        } else if (res.records() == 0) {
            out.info(0, "this page holds no events (the last page of a paged export is empty)");
        }
        String next = Nodes.text(res.envelope(), "links", "next");
        if (res.records() > 0 && next != null) {
            out.info(0, "this is one page of a longer result; later pages (links.next) are not in this file");
        }
        out.dialect(dialect[0]);
        return out.result();
    }
}
