package dev.pmw.ingest.datadog;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pmw.ingest.ParseOptions;
import dev.pmw.ingest.ParseResult;
import dev.pmw.ingest.Sniff;
import dev.pmw.ingest.Source;
import dev.pmw.ingest.SourceParser;
import dev.pmw.ingest.csv.CsvSniff;
import dev.pmw.ingest.vendor.JsonHead;
import dev.pmw.ingest.vendor.Nodes;
import dev.pmw.work.Work;

import java.io.IOException;
import java.util.Locale;

/// `datadog-logs`: Logs API v2 pages (`{"data":[{"type":"log",…}]}`) and the Log Explorer's
/// "Download as CSV" (`Date,Host,Service,Message`, or `Content` for the message, optional `Status`
/// and `Tags`). Lines go to a [dev.pmw.ingest.LogStore]; the timeline makes bursts of them.
public final class DatadogLogsParser implements SourceParser {
    public static final String FORMAT = "datadog-logs";

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public int detect(Sniff sniff) {
        JsonNode root = JsonHead.of(sniff);
        if (root != null) {
            JsonNode data = root.path("data");
            if (!data.isArray()) {
                return 0;
            }
            if ("log".equals(Nodes.text(JsonHead.first(data), "type"))) {
                return 95;
            }
            if (data.isEmpty()) {
                String next = Nodes.textOr(root, "", "links", "next");
                if (next.contains("/api/v2/logs")) {
                    return 90;
                }
                boolean bare = next.isEmpty() && !root.has("took") && !root.has("requestId");
                return bare && sniff.input().name().toLowerCase(Locale.ROOT).contains("log") ? 40 : 0;
            }
            return 0;
        }
        CsvSniff csv = CsvSniff.of(sniff);
        return csv != null && LogExplorerCsv.matches(csv.header()) ? 90 : 0;
    }

    @Override
    public ParseResult parse(Source source, ParseOptions options, Work work) throws IOException {
        if (!(source instanceof Source.Single single)) {
            return ParseResult.failed(source.path(), FORMAT, "a folder is not a Datadog logs export");
        }
        char c = single.sniff().firstChar();
        if (c == '{' || c == '[') {
            return LogsJson.parse(single, work);
        }
        CsvSniff csv = CsvSniff.of(single.sniff());
        if (csv == null || !LogExplorerCsv.matches(csv.header())) {
            return ParseResult.failed(source.path(), FORMAT,
                    "neither a Logs API response nor a Log Explorer CSV (Date, Host/Service, Message/Content)");
        }
        return LogExplorerCsv.parse(single, csv, options, work);
    }
}
