package dev.pmw.ingest.pagerduty;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pmw.ingest.ParseOptions;
import dev.pmw.ingest.ParseResult;
import dev.pmw.ingest.Sniff;
import dev.pmw.ingest.Source;
import dev.pmw.ingest.SourceParser;
import dev.pmw.ingest.csv.CsvSniff;
import dev.pmw.ingest.vendor.Collector;
import dev.pmw.ingest.vendor.JsonHead;
import dev.pmw.ingest.vendor.JsonRecords;
import dev.pmw.ingest.vendor.Nodes;
import dev.pmw.work.Work;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

/// `pagerduty`: REST v2 log entries (`{"log_entries":[…]}` from `GET /incidents/{id}/log_entries`
/// or `GET /log_entries`, or a bare array of entries) and the CSV exports (log entries flattened, or
/// one row per incident). Triggers are pages, acknowledgements and resolutions what they say,
/// notifications notify events with the contact address redacted, notes notes.
public final class PagerDutyParser implements SourceParser {
    public static final String FORMAT = "pagerduty";

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public int detect(Sniff sniff) {
        JsonNode root = JsonHead.of(sniff);
        if (root != null) {
            JsonNode entries = root.isArray() ? root : root.path("log_entries");
            if (!entries.isArray()) {
                return 0;
            }
            if (Nodes.textOr(JsonHead.first(entries), "", "type").endsWith("_log_entry")) {
                return 95;
            }
            return root.isObject() && entries.isEmpty() && root.has("more") ? 80 : 0;
        }
        CsvSniff csv = CsvSniff.of(sniff);
        if (csv == null) {
            return 0;
        }
        return PagerDutyCsv.logEntries(csv.header()) ? 90 : PagerDutyCsv.incidents(csv.header()) ? 85 : 0;
    }

    @Override
    public ParseResult parse(Source source, ParseOptions options, Work work) throws IOException {
        if (!(source instanceof Source.Single single)) {
            return ParseResult.failed(source.path(), FORMAT, "a folder is not a PagerDuty export");
        }
        char c = single.sniff().firstChar();
        if (c != '{' && c != '[') {
            return PagerDutyCsv.parse(single, options, work);
        }
        Collector out = new Collector(source, FORMAT);
        out.dialect("log entries");
        LogEntries entries = new LogEntries(out);
        JsonRecords.Result res;
        try (InputStream in = single.openText()) {
            res = JsonRecords.read(in, Set.of("log_entries"), out.diags(), work, (node, i, line, off) -> {
                if (node.isObject()) {
                    entries.entry(node, i, line, off);
                } else {
                    out.warn(line, "log entry " + i + " is not an object", Nodes.excerpt(node));
                }
            });
        }
        entries.finish();
        if (res.envelope().path("more").asBoolean(false)) {
            out.info(0, "PagerDuty has more log entries than this file holds (more=true); fetch the next page with offset="
                    + (res.envelope().path("offset").asInt(0) + res.records()));
        }
        return out.result();
    }
}
