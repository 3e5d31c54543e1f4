package dev.pmw.ingest.logs;

import dev.pmw.ingest.Encoding;
import dev.pmw.ingest.IngestException;
import dev.pmw.ingest.ParseOptions;
import dev.pmw.ingest.ParseResult;
import dev.pmw.ingest.Sniff;
import dev.pmw.ingest.Source;
import dev.pmw.ingest.SourceParser;
import dev.pmw.work.Work;

import java.io.IOException;
import java.io.InputStream;

/// Format `json-logs`: application and platform logs as JSON lines, JSON arrays or envelope
/// documents, in every dialect of [Dialect] that is JSON (formats.md §2). Lines go into the
/// source's [dev.pmw.ingest.LogStore], not into one event each.
public final class JsonLogsParser implements SourceParser {
    public static final String FORMAT = "json-logs";

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public int detect(Sniff sniff) {
        return JsonShape.of(sniff).score();
    }

    @Override
    public ParseResult parse(Source source, ParseOptions options, Work work) throws IOException {
        if (!(source instanceof Source.Single single)) {
            throw new IngestException(source.path() + " is a folder or archive; JSON logs are read file by file");
        }
        Sniff sniff = single.sniff();
        JsonShape shape = JsonShape.of(sniff);
        if (shape.score() == 0) {
            // the user forced this format: read it as generic JSON lines
            shape = new JsonShape(Dialect.GENERIC, sniff.firstChar() != '[', 1);
        }
        LogSink sink = new LogSink(single.path(), FORMAT, options);
        JsonRecords records = new JsonRecords(shape.dialect(), sink);
        long size = sniff.gzip() || sniff.encoding().transcoded() ? -1 : single.input().size();
        long start = sniff.encoding() == Encoding.UTF8_BOM ? 3 : 0; // offsets are file offsets
        try (InputStream in = single.openText()) {
            SecondHalf split = shape.lines() && !sniff.gzip() && sniff.encoding() == Encoding.UTF8
                    ? SecondHalf.of(single.input().file(), size, in, shape.dialect(), sink, work, single.name()) : null;
            if (split != null) {
                new JsonLinesReader(records, sink, work, size, single.name()).read(split);
            } else if (shape.lines()) {
                new JsonLinesReader(records, sink, work, size, single.name()).read(in, start);
            } else {
                new JsonDocumentReader(records, sink, work, size, single.name()).read(in, start);
            }
        }
        return sink.result(shape.dialect(), sniff.encoding());
    }
}
