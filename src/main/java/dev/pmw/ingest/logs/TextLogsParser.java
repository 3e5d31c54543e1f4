package dev.pmw.ingest.logs;

import dev.pmw.ingest.IngestException;
import dev.pmw.ingest.Limits;
import dev.pmw.ingest.ParseOptions;
import dev.pmw.ingest.ParseResult;
import dev.pmw.ingest.Sniff;
import dev.pmw.ingest.Source;
import dev.pmw.ingest.SourceParser;
import dev.pmw.work.Work;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/// Format `text-logs`: line-oriented logs that are not JSON — CRI container logs, logfmt, zap's
/// console encoder, `kubectl logs --timestamps`, `docker compose logs` (formats.md §2.1–2.3).
public final class TextLogsParser implements SourceParser {
    public static final String FORMAT = "text-logs";

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public int detect(Sniff sniff) {
        return TextShape.of(sniff).score();
    }

    @Override
    public ParseResult parse(Source source, ParseOptions options, Work work) throws IOException {
        if (!(source instanceof Source.Single single)) {
            throw new IngestException(source.path() + " is a folder or archive; text logs are read file by file");
        }
        Sniff sniff = single.sniff();
        TextShape shape = TextShape.of(sniff);
        Dialect dialect = shape.dialect() == null ? Dialect.KUBECTL_TIMESTAMPS : shape.dialect();
        LogSink sink = new LogSink(single.path(), FORMAT, options);
        TextLineHandler handler = TextLineHandler.of(dialect, sink);
        try (InputStream in = single.openText()) {
            read(in, handler, sink, work, sniff.encoding() == dev.pmw.ingest.Encoding.UTF8_BOM ? 3 : 0);
        }
        handler.end();
        return sink.result(dialect, sniff.encoding());
    }

    private static void read(InputStream in, TextLineHandler handler, LogSink sink, Work work, long startOffset)
            throws IOException {
        LineBlocks blocks = new LineBlocks(in, 1 << 20, Limits.MAX_LINE_BYTES, startOffset);
        long line = 1;
        while (blocks.next()) {
            work.check();
            if (blocks.skippedBytes() > 0) {
                sink.oversizeLine(line, blocks.skippedBytes(), blocks.skippedExcerpt());
                line++;
            }
            byte[] b = blocks.buf();
            int end = blocks.end();
            int pos = 0;
            while (pos < end) {
                int eol = JsonLinesReader.indexOfNewline(b, pos, end);
                int e = eol > pos && b[eol - 1] == '\r' ? eol - 1 : eol;
                String text = new String(b, pos, e - pos, StandardCharsets.UTF_8);
                if (text.indexOf('\0') >= 0) {
                    sink.nulLine(line);
                    text = text.replace("\0", "");
                }
                if (!text.isBlank()) {
                    handler.line(text, line, blocks.base() + pos);
                }
                pos = eol + 1;
                line++;
            }
        }
        if (blocks.damage() != null) {
            sink.damaged(blocks.damage());
        }
    }
}
