package dev.pmw.ingest.csv;

import dev.pmw.ingest.ParseOptions;
import dev.pmw.ingest.ParseResult;
import dev.pmw.ingest.Sniff;
import dev.pmw.ingest.Source;
import dev.pmw.ingest.SourceParser;
import dev.pmw.ingest.time.Timestamps;
import dev.pmw.ingest.vendor.Collector;
import dev.pmw.model.Attr;
import dev.pmw.model.Event;
import dev.pmw.model.EventKind;
import dev.pmw.work.Work;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/// `csv`: any delimited export with a header and a time column (a spreadsheet of events, a status
/// page history, a change calendar). Each row becomes an [Event] of kind `other` unless a
/// status/type column says more; the message/summary/description column is the text. The lowest
/// confidence of all CSV formats, so the vendor CSVs win.
public final class CsvParser implements SourceParser {
    public static final String FORMAT = "csv";

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public int detect(Sniff sniff) {
        CsvSniff csv = CsvSniff.of(sniff);
        if (csv == null || !csv.headerLooksNamed() || csv.consistency() < 0.8) {
            return 0;
        }
        TimeColumn t = TimeColumn.find(csv);
        return !t.found() ? 5 : t.byName() ? 20 : 15;
    }

    @Override
    public ParseResult parse(Source source, ParseOptions options, Work work) throws IOException {
        if (!(source instanceof Source.Single single)) {
            return ParseResult.failed(source.path(), FORMAT, "a folder is not a CSV file");
        }
        Collector out = new Collector(source, FORMAT);
        CsvSniff csv = CsvSniff.of(single.sniff());
        if (csv == null) {
            return ParseResult.failed(source.path(), FORMAT, "not a delimited file with a header row");
        }
        TimeColumn time = TimeColumn.find(csv);
        if (!time.found()) {
            return ParseResult.failed(source.path(), FORMAT, "no column holds readable times (columns: "
                    + csv.header() + "); a time, timestamp, date or created_at column is needed");
        }
        out.dialect(csv.delimiter() == ';' ? "semicolon" : csv.delimiter() == '\t' ? "tab" : "comma");
        Columns cols = Columns.of(csv.header(), time.index());
        try (CsvReader r = new CsvReader(new InputStreamReader(single.openText(), StandardCharsets.UTF_8), csv.delimiter())) {
            CsvReader.Row header = r.next();
            CsvReader.Row row;
            int n = 0;
            while ((row = r.next()) != null) {
                if ((++n & 1023) == 0) {
                    work.check();
                    work.progress().update(-1, n + " rows");
                }
                if (row.problem() != null) {
                    out.warn(row.line(), row.problem(), row.excerpt());
                }
                Event e = event(row, cols, time, options, out);
                if (e != null) {
                    out.add(e);
                }
            }
            if (header == null) {
                out.warn(0, "the file has no rows", "");
            }
        }
        if (out.zoneAssumed()) {
            out.info(0, "the " + csv.header().name(time.index()) + " column has no time zone; times were read as "
                    + out.assumedZone());
        }
        return out.result();
    }

    private static Event event(CsvReader.Row row, Columns c, TimeColumn time, ParseOptions options, Collector out) {
        String cell = row.get(time.index());
        Timestamps.Parsed t = time.read(cell, options.zone());
        if (t == null) {
            out.warn(row.line(), cell.isBlank() ? "the time cell is empty" : "the time cell is not a readable time",
                    row.excerpt());
            return null;
        }
        EventKind kind = c.kind >= 0 ? KindWords.of(row.get(c.kind)) : null;
        String key = "row:" + row.line();
        Event.Builder b = Event.builder(out.id(key), t.instant(),
                        out.ref(row.line(), -1, c.service >= 0 ? blankToNull(row.get(c.service)) : null, key),
                        kind == null ? EventKind.OTHER : kind)
                .timeInfo(t.info())
                .text(c.text(row))
                .actor(c.actor >= 0 ? row.get(c.actor).strip() : "");
        if (c.level >= 0) {
            b.level(dev.pmw.model.Level.parse(row.get(c.level)));
        }
        b.attr(Attr.SERVICE, c.cell(row, c.service)).attr(Attr.HOST, c.cell(row, c.host))
                .attr(Attr.VERSION, c.cell(row, c.version)).attr(Attr.COMMIT, c.cell(row, c.commit))
                .attr(Attr.ENVIRONMENT, c.cell(row, c.environment)).attr(Attr.URL, c.cell(row, c.url))
                .attr(Attr.STATUS, c.cell(row, c.kind));
        return b.build();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
