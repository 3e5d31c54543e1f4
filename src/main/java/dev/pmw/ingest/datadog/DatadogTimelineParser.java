package dev.pmw.ingest.datadog;

import dev.pmw.ingest.ParseOptions;
import dev.pmw.ingest.ParseResult;
import dev.pmw.ingest.Sniff;
import dev.pmw.ingest.Source;
import dev.pmw.ingest.SourceParser;
import dev.pmw.ingest.csv.CsvHeader;
import dev.pmw.ingest.csv.CsvReader;
import dev.pmw.ingest.csv.CsvSniff;
import dev.pmw.ingest.csv.HeaderZone;
import dev.pmw.ingest.vendor.Collector;
import dev.pmw.ingest.vendor.Lines;
import dev.pmw.work.Work;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/// `datadog-timeline`: the alert timeline people export or paste from Datadog's monitor events as a
/// Markdown table (or the same columns as CSV): `Time (UTC) | Monitor | Status | Value | Threshold`.
/// Each row is a monitor transition (`Triggered`, `Recovered`, `Warn`, `OK`, `No Data` …) with the
/// monitor, value and threshold as attributes. The zone comes from the time column's header, else
/// from a sentence such as "All times in this document are UTC", else it is assumed and flagged.
/// Monitor ids listed in the prose ("`[svc] API error rate > 5%` (id 48213901)") are attached.
public final class DatadogTimelineParser implements SourceParser {
    public static final String FORMAT = "datadog-timeline";
    private static final int MAX_LINES = 1_000_000;
    private static final Pattern PROSE_UTC = Pattern.compile(
            "(?i)\\b(?:all )?times?\\b[^|\\n]{0,60}?\\b(?:are|in)\\s+(UTC|GMT)\\b");
    private static final Pattern MONITOR_ID = Pattern.compile("`([^`]+)`\\s*\\(id:?\\s*(\\d+)\\)");

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public int detect(Sniff sniff) {
        char c = sniff.firstChar();
        if (c == '{' || c == '[' || c == 0) {
            return 0;
        }
        if (markdownHeader(sniff.lines(400)) >= 0) {
            return 90;
        }
        CsvSniff csv = CsvSniff.of(sniff);
        return csv != null && csv.headerLooksNamed() && TimelineColumns.of(csv.header()).usable() ? 85 : 0;
    }

    /// Index of the header line of the first Markdown table with timeline columns, or -1.
    private static int markdownHeader(List<String> lines) {
        for (int i = 0; i + 1 < lines.size(); i++) {
            if (MarkdownTable.isRow(lines.get(i)) && MarkdownTable.isSeparator(lines.get(i + 1))
                    && TimelineColumns.of(new CsvHeader(MarkdownTable.cells(lines.get(i)))).usable()) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public ParseResult parse(Source source, ParseOptions options, Work work) throws IOException {
        if (!(source instanceof Source.Single single)) {
            return ParseResult.failed(source.path(), FORMAT, "a folder is not an alert timeline");
        }
        Collector out = new Collector(source, FORMAT);
        if (markdownHeader(single.sniff().lines(400)) >= 0) {
            out.dialect("markdown");
            markdown(single, options, work, out);
        } else {
            out.dialect("csv");
            csv(single, options, work, out);
        }
        if (out.zoneAssumed()) {
            out.info(0, "the timeline does not say its time zone; times were read as " + out.assumedZone());
        }
        return out.result();
    }

    private static void markdown(Source.Single source, ParseOptions options, Work work, Collector out) throws IOException {
        List<String> lines = new ArrayList<>();
        try (Lines in = new Lines(source.openText())) {
            String l;
            while ((l = in.next()) != null && lines.size() < MAX_LINES) {
                lines.add(l);
                if ((lines.size() & 4095) == 0) {
                    work.check();
                }
            }
        }
        boolean proseUtc = false;
        Map<String, String> ids = new HashMap<>();
        for (String l : lines) {
            if (!MarkdownTable.isRow(l)) {
                proseUtc |= PROSE_UTC.matcher(l).find();
                Matcher m = MONITOR_ID.matcher(l);
                while (m.find()) {
                    ids.put(m.group(1).strip(), m.group(2));
                }
            }
        }
        TimelineRows rows = null;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (!MarkdownTable.isRow(l)) {
                rows = null;
                continue;
            }
            if (rows == null) {
                if (i + 1 < lines.size() && MarkdownTable.isSeparator(lines.get(i + 1))) {
                    CsvHeader h = new CsvHeader(MarkdownTable.cells(l));
                    TimelineColumns cols = TimelineColumns.of(h);
                    if (cols.usable()) {
                        rows = new TimelineRows(cols, zone(h, cols, proseUtc), options, ids, out);
                    }
                    i++;
                }
                continue;
            }
            rows.row(MarkdownTable.cells(l), i + 1);
        }
    }

    private static void csv(Source.Single source, ParseOptions options, Work work, Collector out) throws IOException {
        CsvSniff csv = CsvSniff.of(source.sniff());
        if (csv == null) {
            out.warn(0, "not a Markdown table or CSV with Time, Monitor and Status columns", "");
            return;
        }
        TimelineColumns cols = TimelineColumns.of(csv.header());
        TimelineRows rows = new TimelineRows(cols, zone(csv.header(), cols, false), options, Map.of(), out);
        try (CsvReader r = new CsvReader(new InputStreamReader(source.openText(), StandardCharsets.UTF_8), csv.delimiter())) {
            r.next();
            CsvReader.Row row;
            int n = 0;
            while ((row = r.next()) != null) {
                if ((++n & 1023) == 0) {
                    work.check();
                }
                if (row.problem() != null) {
                    out.warn(row.line(), row.problem(), row.excerpt());
                }
                rows.row(row.fields(), row.line());
            }
        }
    }

    /// The zone the header names, else UTC when the prose says so, else null (assume and flag).
    private static ZoneId zone(CsvHeader h, TimelineColumns cols, boolean proseUtc) {
        ZoneId z = HeaderZone.of(h.note(cols.time()));
        return z != null ? z : proseUtc ? ZoneOffset.UTC : null;
    }
}
