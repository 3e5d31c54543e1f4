package dev.pmw.ingest.datadog;

import dev.pmw.ingest.LogStore;
import dev.pmw.ingest.LogStoreBuilder;
import dev.pmw.ingest.ParseOptions;
import dev.pmw.ingest.ParseResult;
import dev.pmw.ingest.Source;
import dev.pmw.ingest.csv.CsvHeader;
import dev.pmw.ingest.csv.CsvReader;
import dev.pmw.ingest.csv.CsvSniff;
import dev.pmw.ingest.csv.FlexibleTimes;
import dev.pmw.ingest.csv.HeaderZone;
import dev.pmw.ingest.time.Timestamps;
import dev.pmw.ingest.vendor.Collector;
import dev.pmw.model.Level;
import dev.pmw.model.SourceRef;
import dev.pmw.model.TimeFlag;
import dev.pmw.work.Work;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/// The Log Explorer "Download as CSV" file: `Date,Host,Service,Message` (or `Content`), plus
/// `Status` and `Tags` when those columns were visible. Rows come newest first; the log store and
/// the timeline order them. The Date column follows the user's display settings, so it is read
/// with several patterns and, when it has no zone, in the assumed zone (flagged).
final class LogExplorerCsv {
    private static final Pattern SERVICE_TAG = Pattern.compile("(?:^|[,\\s])service:([^,\\s]+)");

    private LogExplorerCsv() {
    }

    static boolean matches(CsvHeader h) {
        return h.has("date") && h.has("message", "content") && h.has("host", "service");
    }

    static ParseResult parse(Source.Single source, CsvSniff csv, ParseOptions options, Work work) throws IOException {
        Collector out = new Collector(source, DatadogLogsParser.FORMAT);
        out.dialect("log explorer csv");
        CsvHeader h = csv.header();
        int date = h.find("date");
        int message = h.find("message", "content");
        int service = h.find("service");
        int status = h.find("status", "level");
        int tags = h.find("tags");
        ZoneId named = HeaderZone.of(h.note(date));
        ZoneId zone = named != null ? named : options.zone();
        FlexibleTimes.Order order = FlexibleTimes.guessOrder(csv.column(date), csv.delimiter());
        String assumed = null;
        for (String v : csv.column(date)) {
            Timestamps.Parsed p = FlexibleTimes.parse(v, zone, order);
            if (p != null && p.info().has(TimeFlag.ZONE_ASSUMED) && named == null) {
                assumed = zone.getId();
                out.saw(p.info());
                break;
            }
        }
        LogStoreBuilder logs = new LogStoreBuilder(
                new SourceRef(source.path(), DatadogLogsParser.FORMAT, "log explorer csv", null, 0, -1, null), assumed);
        try (CsvReader r = new CsvReader(new InputStreamReader(source.openText(), StandardCharsets.UTF_8), csv.delimiter())) {
            r.next(); // header
            CsvReader.Row row;
            int n = 0;
            while ((row = r.next()) != null) {
                if ((++n & 4095) == 0) {
                    work.check();
                    work.progress().update(-1, n + " rows");
                }
                if (row.problem() != null) {
                    out.warn(row.line(), row.problem(), row.excerpt());
                }
                Timestamps.Parsed t = FlexibleTimes.parse(row.get(date), zone, order);
                long nanos = t == null ? LogStore.NO_TIME : Timestamps.toNanos(t.instant());
                if (t == null) {
                    out.warn(row.line(), "the Date cell is not a readable time", row.excerpt());
                }
                String svc = service >= 0 ? row.get(service).strip() : "";
                if (svc.isEmpty() && tags >= 0) {
                    Matcher m = SERVICE_TAG.matcher(row.get(tags));
                    svc = m.find() ? m.group(1) : "";
                }
                Level level = status >= 0 ? Level.parse(row.get(status)) : Level.UNKNOWN;
                logs.add(nanos, level, row.get(message), svc, 0, null, (int) Math.min(row.line(), Integer.MAX_VALUE), -1);
            }
        }
        if (assumed != null) {
            out.info(0, "the Date column has no time zone; times were read as " + assumed);
        }
        return out.result(logs.build());
    }
}
