package dev.pmw.ingest.datadog;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pmw.ingest.ParseOptions;
import dev.pmw.ingest.ParseResult;
import dev.pmw.ingest.Sniff;
import dev.pmw.ingest.Source;
import dev.pmw.ingest.SourceParser;
import dev.pmw.ingest.time.Timestamps;
import dev.pmw.ingest.vendor.Collector;
import dev.pmw.ingest.vendor.JsonHead;
import dev.pmw.ingest.vendor.JsonRecords;
import dev.pmw.ingest.vendor.Nodes;
import dev.pmw.model.Attr;
import dev.pmw.model.Event;
import dev.pmw.model.EventKind;
import dev.pmw.work.Work;

import java.io.IOException;
import java.io.InputStream;
import java.time.ZoneOffset;
import java.util.Set;

/// `datadog-incidents`: Incident Management v2 (`data[]` of `type:"incidents"`). Each incident gives
/// an event per milestone it records: declared (`declare`), detected, customer impact start/end
/// (`status_change` with the stage in [Attr#STATUS]) and resolved (`resolve`), each carrying the
/// incident's slug (`IR-338019`), title and severity.
public final class DatadogIncidentsParser implements SourceParser {
    public static final String FORMAT = "datadog-incidents";
    private static final java.util.regex.Pattern SEV = java.util.regex.Pattern.compile("(?i)^sev[-_ ]?(\\d)$");

    /// Milestone fields in lifecycle order (ties at the same instant keep this order).
    private static final String[][] MILESTONES = {
            {"customer_impact_start", "STATUS_CHANGE", "customer impact started"},
            {"detected", "STATUS_CHANGE", "detected"},
            {"declared", "DECLARE", "declared"},
            {"customer_impact_end", "STATUS_CHANGE", "customer impact ended"},
            {"resolved", "RESOLVE", "resolved"}};

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public int detect(Sniff sniff) {
        JsonNode root = JsonHead.of(sniff);
        if (root == null || !root.isObject()) {
            return 0;
        }
        JsonNode data = root.path("data");
        JsonNode item = data.isArray() ? JsonHead.first(data) : data;
        return "incidents".equals(Nodes.text(item, "type")) ? 95 : 0;
    }

    @Override
    public ParseResult parse(Source source, ParseOptions options, Work work) throws IOException {
        if (!(source instanceof Source.Single single)) {
            return ParseResult.failed(source.path(), FORMAT, "a folder is not a Datadog incidents response");
        }
        Collector out = new Collector(source, FORMAT);
        try (InputStream in = single.openText()) {
            JsonRecords.read(in, Set.of("data"), out.diags(), work, (node, i, line, off) -> incident(node, i, line, off, out));
        }
        return out.result();
    }

    private static void incident(JsonNode inc, int index, long line, long offset, Collector out) {
        if (!"incidents".equals(Nodes.text(inc, "type"))) {
            out.warn(line, "record " + index + " is not an incident", Nodes.excerpt(inc));
            return;
        }
        JsonNode a = inc.path("attributes");
        String uuid = Nodes.textOr(inc, "#" + index, "id");
        String publicId = Nodes.text(a, "public_id");
        String slug = Nodes.textOr(a, publicId == null ? uuid : "IR-" + publicId, "fields", "slug", "value");
        String title = Nodes.textOr(a, "", "title");
        String severity = Nodes.textOr(a, Nodes.text(a, "fields", "severity", "value"), "severity");
        if ("UNKNOWN".equalsIgnoreCase(severity)) {
            severity = null;
        } else if (severity != null) {
            severity = SEV.matcher(severity.strip()).replaceFirst("SEV$1"); // normalised like Attr.SEVERITY says: SEV5
        }
        int found = 0;
        for (String[] m : MILESTONES) {
            String raw = Nodes.text(a, m[0]);
            if (raw == null) {
                continue;
            }
            Timestamps.Parsed t = Timestamps.parse(raw, ZoneOffset.UTC);
            if (t == null) {
                out.warn(line, "incident " + slug + ": " + m[0] + " is not a readable time", raw);
                continue;
            }
            found++;
            String key = uuid + ":" + m[0];
            out.add(Event.builder(out.id(key), t.instant(), out.ref(line, offset, slug, key), EventKind.valueOf(m[1]))
                    .timeInfo(t.info())
                    .text(slug + " " + m[2] + (title.isEmpty() ? "" : ": " + title))
                    .attr(Attr.INCIDENT, slug)
                    .attr(Attr.SEVERITY, severity)
                    .attr(Attr.STATUS, m[0])
                    .build());
        }
        String state = Nodes.textOr(a, Nodes.text(a, "fields", "state", "value"), "state");
        if ("resolved".equalsIgnoreCase(state) && a.path("resolved").isNull()) {
            out.info(line, "incident " + slug + " is resolved but has no resolved time");
        }
        if (found == 0) {
            out.warn(line, "incident " + slug + " has no milestone times (declared, detected, resolved …)", Nodes.excerpt(inc));
        }
    }
}
