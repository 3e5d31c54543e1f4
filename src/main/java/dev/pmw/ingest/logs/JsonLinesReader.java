package dev.pmw.ingest.logs;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import dev.pmw.ingest.Json;
import dev.pmw.ingest.Limits;
import dev.pmw.work.Work;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/// The hot path: JSON lines (one record per line). Reads the input in blocks of whole lines and runs
/// ONE Jackson parser over each run of JSON lines in a block — not one per line. A line that breaks
/// the run (truncated JSON, a stack trace, logfmt in between) costs one exception: it is handled on
/// its own (diagnostic, or continuation of the line before) and parsing restarts on the next line
/// of the same block. Lines with no `{` at the start never reach Jackson.
final class JsonLinesReader {
    static final int BLOCK_BYTES = 1 << 20;

    private final JsonFactory factory = Json.factory();
    private final JsonRecords records;
    private final LogSink sink;
    private final Work work;
    private final long totalBytes;
    private final String name;
    private final Position position = new Position();

    // results of parseRun: where to continue
    private int nextPos;
    private long nextLine;

    JsonLinesReader(JsonRecords records, LogSink sink, Work work, long totalBytes, String name) {
        this.records = records;
        this.sink = sink;
        this.work = work;
        this.totalBytes = totalBytes;
        this.name = name;
    }

    /// @param startOffset file offset of the first byte `in` delivers (3 after a UTF-8 BOM)
    void read(InputStream in, long startOffset) throws IOException {
        LineBlocks blocks = new LineBlocks(in, BLOCK_BYTES, Limits.MAX_LINE_BYTES, startOffset);
        readBlocks(blocks, null);
        if (blocks.damage() != null) {
            sink.damaged(blocks.damage());
        }
        records.end();
    }

    /// Reads a large plain file with a helper thread for its second half (see [SecondHalf]).
    void read(SecondHalf split) throws IOException {
        LineBlocks blocks = new LineBlocks(split.firstPart(), BLOCK_BYTES, Limits.MAX_LINE_BYTES, 0);
        boolean done = false;
        try {
            long lines = readBlocks(blocks, split);
            if (blocks.damage() != null) {
                sink.damaged(blocks.damage());
            }
            records.end();
            split.finish(lines);
            done = true;
        } finally {
            if (!done) {
                split.abandon();
            }
        }
    }

    /// Reads all blocks; returns the number of lines read.
    private long readBlocks(LineBlocks blocks, SecondHalf split) throws IOException {
        long line = 1;
        long lastProgress = 0;
        while (blocks.next()) {
            work.check();
            if (blocks.skippedBytes() > 0) {
                sink.oversizeLine(line, blocks.skippedBytes(), blocks.skippedExcerpt());
                line++;
            }
            byte[] b = blocks.buf();
            int end = blocks.end();
            long base = blocks.base();
            int pos = 0;
            while (pos < end) {
                int first = pos;
                boolean nul = false;
                while (first < end) {
                    byte c = b[first];
                    if (c == ' ' || c == '\t' || c == '\r') {
                        first++;
                    } else if (c == 0) {
                        nul = true;
                        first++;
                    } else {
                        break;
                    }
                }
                if (first < end && b[first] == '{') {
                    if (nul) {
                        sink.nulLine(line);
                    }
                    parseRun(b, first, end, line, base);
                    pos = nextPos;
                    line = nextLine;
                    continue;
                }
                int eol = indexOfNewline(b, first, end);
                if (first < eol || nul) {
                    textLine(b, pos, eol, line);
                }
                pos = eol + 1;
                line++;
            }
            if (base - lastProgress > 16 << 20) {
                lastProgress = base;
                progress(base, line);
            }
            if (split != null) {
                split.progressed(base + end);
            }
        }
        return line - 1;
    }

    private void progress(long bytes, long line) {
        double f = totalBytes > 0 ? Math.min(1, (double) bytes / totalBytes) : -1;
        work.progress().update(f, name + ": " + String.format("%,d", line) + " lines");
    }

    /// Parses consecutive JSON lines starting at `start` (a `{`), until the block ends or a line
    /// does not read as a JSON object. Sets [#nextPos]/[#nextLine] to where the caller continues.
    private void parseRun(byte[] b, int start, int end, long line0, long base) throws IOException {
        position.origin(line0, base + start, b, start);
        long recLine = line0;
        long recOff = base + start;
        long lastLine = 0;
        long lastOff = base + start;
        boolean inRecord = false;
        JsonParser p = factory.createParser(b, start, end - start);
        records.rawSource(p, b, start, end);
        try {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                long tl = position.line(p);
                long to = position.offset(p);
                if (t != JsonToken.START_OBJECT) {
                    // a value that is not an object (a number, a word Jackson read as JSON): that line
                    // is text
                    int ls = lineStart(b, (int) (to - base), start);
                    int le = indexOfNewline(b, ls, end);
                    if (tl == lastLine) {
                        sink.warn(tl, "text after the JSON object; ignored", LogSink.excerpt(b, ls, le));
                    } else {
                        textLine(b, ls, le, tl);
                    }
                    nextPos = le + 1;
                    nextLine = tl + 1;
                    return;
                }
                recLine = tl;
                recOff = to;
                inRecord = true;
                records.readRoot(p, tl, to, position);
                inRecord = false;
                lastLine = tl;
                lastOff = to;
            }
            // the run reached the end of the block
            nextPos = end;
            long lines = p.currentLocation().getLineNr() - 1 + (end > start && b[end - 1] != '\n' ? 1 : 0);
            nextLine = line0 + Math.max(lines, lastLine - line0 + 1);
        } catch (JsonProcessingException e) {
            long bad;
            int ls;
            if (inRecord) {
                bad = recLine;
                ls = lineStart(b, (int) (recOff - base), start);
            } else {
                bad = e.getLocation() == null ? Math.max(line0, lastLine + 1) : line0 + e.getLocation().getLineNr() - 1;
                long from = lastLine > 0 ? lastLine : line0;
                ls = forwardToLine(b, (int) (lastOff - base), from, bad, end);
            }
            int le = indexOfNewline(b, ls, end);
            nextPos = le + 1;
            nextLine = bad + 1;
            if (!inRecord && bad == lastLine) {
                sink.warn(bad, "text after the JSON object; ignored", LogSink.excerpt(b, ls, le));
            } else if (firstNonBlank(b, ls, le) == '{') {
                unreadable(b, ls, le, bad, base, e);
            } else {
                textLine(b, ls, le, bad);
            }
        } finally {
            records.rawSource(null, null, 0, 0);
            p.close();
        }
    }

    /// A `{` line Jackson rejected. Invalid UTF-8 gets a second chance, decoded leniently;
    /// everything else is reported.
    private void unreadable(byte[] b, int ls, int le, long line, long base, JsonProcessingException e)
            throws IOException {
        String msg = e.getOriginalMessage();
        if (msg != null && msg.startsWith("Invalid UTF-8")) {
            String text = new String(b, ls, le - ls, StandardCharsets.UTF_8);
            try (JsonParser p = factory.createParser(text)) {
                if (p.nextToken() == JsonToken.START_OBJECT) {
                    position.origin(line, base + ls, null, 0);
                    records.readRoot(p, line, base + ls, position);
                    sink.invalidUtf8();
                    return;
                }
            } catch (JsonProcessingException again) {
                e = again;
            }
        }
        sink.badJson(line, reason(e), LogSink.excerpt(b, ls, le));
    }

    static String reason(JsonProcessingException e) {
        if (e instanceof StreamConstraintsException) {
            String m = e.getOriginalMessage();
            if (m != null && m.contains("nesting depth")) {
                return "nested deeper than " + Limits.MAX_JSON_DEPTH + " levels";
            }
            return "too large: " + m;
        }
        if (e instanceof JsonEOFException) {
            return "the line ends before the JSON does: truncated?";
        }
        String m = e.getOriginalMessage();
        if (m == null) {
            return "unreadable";
        }
        if (m.startsWith("Illegal unquoted character") || m.contains("CTRL-CHAR")) {
            return "unterminated text or control character: truncated?";
        }
        int cut = m.indexOf('\n');
        return cut > 0 ? m.substring(0, cut) : m;
    }

    private void textLine(byte[] b, int from, int to, long line) {
        int e = to;
        if (e > from && b[e - 1] == '\r') {
            e--;
        }
        String text = new String(b, from, e - from, StandardCharsets.UTF_8);
        if (text.indexOf('\0') >= 0) {
            sink.nulLine(line);
            text = text.replace("\0", "");
        }
        if (!text.isBlank()) {
            sink.continuation(line, text);
        }
    }

    private static int firstNonBlank(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            byte c = b[i];
            if (c != ' ' && c != '\t' && c != '\r' && c != 0) {
                return c;
            }
        }
        return -1;
    }

    /// Start of the line containing index `i`, not before `floor`.
    private static int lineStart(byte[] b, int i, int floor) {
        int k = Math.min(i, b.length) - 1;
        while (k >= floor && b[k] != '\n') {
            k--;
        }
        return k + 1;
    }

    /// Start of line `target`, counting line breaks forward from index `from` (on line `fromLine`).
    private static int forwardToLine(byte[] b, int from, long fromLine, long target, int end) {
        int i = lineStart(b, from, 0);
        long l = fromLine;
        while (l < target && i < end) {
            int nl = indexOfNewline(b, i, end);
            if (nl >= end) {
                return end;
            }
            i = nl + 1;
            l++;
        }
        return Math.min(i, end);
    }

    /// Index of the next `\n` at or after `from`, or `end` when there is none.
    static int indexOfNewline(byte[] b, int from, int end) {
        for (int i = from; i < end; i++) {
            if (b[i] == '\n') {
                return i;
            }
        }
        return end;
    }
}
