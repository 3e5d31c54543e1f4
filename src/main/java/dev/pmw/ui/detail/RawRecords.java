package dev.pmw.ui.detail;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.pmw.ingest.Input;
import dev.pmw.ingest.Inputs;
import dev.pmw.ingest.Json;
import dev.pmw.ingest.Source;
import dev.pmw.model.SourceRef;
import dev.pmw.timeline.LoadedSource;
import dev.pmw.work.Work;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/// Reads a row's record back from its source as it is written there, with the lines around it.
/// File I/O: background threads only. Bounded: at most [#WINDOW_BYTES] around the record, lines
/// cut at [#MAX_LINE_CHARS], JSON records pretty-printed up to [#MAX_RECORD_CHARS].
final class RawRecords {
    static final int AROUND = 5;
    static final int MAX_RECORD_LINES = 40;
    static final int MAX_LINE_CHARS = 2_000;
    static final int MAX_RECORD_CHARS = 20_000;
    static final int WINDOW_BYTES = 64 * 1024;

    private RawRecords() {
    }

    /// A line of the file around the record.
    record FileLine(long number, String text, boolean inRecord) {
    }

    /// @param record the record as written (pretty-printed when it is JSON), or a reason it is not shown
    /// @param around the record's lines and [#AROUND] lines either side, when the source has lines
    record Excerpt(String record, List<FileLine> around) {
    }

    /// @param nextLine line where the next record of the same file starts (0 when unknown): a
    ///                 record spans the lines up to it (Slack copied text: author, time, body)
    static Excerpt read(LoadedSource src, SourceRef ref, long nextLine, Work work) throws IOException {
        if (src == null || src.discovered() == null || src.discovered().source() == null) {
            return new Excerpt("The source is not available any more.", List.of());
        }
        Input input = input(src.discovered().source(), ref);
        if (input == null) {
            return new Excerpt("This record has no single place in the source to show.", List.of());
        }
        if (src.discovered().source() instanceof Source.Tree && ref.recordKey() != null && ref.line() <= 0
                && ref.offset() < 0 && ref.entry() != null && ref.entry().endsWith(".json")) {
            return new Excerpt(slackMessage(input, ref.recordKey()), List.of());
        }
        if (ref.offset() >= 0) {
            return aroundOffset(input, ref, nextLine, work);
        }
        if (ref.line() > 0) {
            return aroundLine(input, ref.line(), nextLine, work);
        }
        return new Excerpt("The source does not say where in the file this record is.", List.of());
    }

    private static Input input(Source source, SourceRef ref) throws IOException {
        return switch (source) {
            case Source.Single s -> s.input();
            case Source.Tree t -> ref.entry() == null || ref.entry().isEmpty() || !t.tree().has(ref.entry()) ? null
                    : t.tree().entry(ref.entry());
        };
    }

    private static InputStream open(Input in) throws IOException {
        return Inputs.openText(Inputs.sniff(in));
    }

    /// A Slack day file is one JSON array: find the message by its `ts`.
    private static String slackMessage(Input in, String recordKey) throws IOException {
        String ts = recordKey.substring(recordKey.lastIndexOf(':') + 1);
        try (InputStream s = open(in); JsonParser p = Json.factory().createParser(s)) {
            p.setCodec(Json.mapper());
            if (p.nextToken() != JsonToken.START_ARRAY) {
                return "The day file is not a list of messages.";
            }
            while (p.nextToken() == JsonToken.START_OBJECT) {
                JsonNode m = p.readValueAsTree();
                if (ts.equals(m.path("ts").asText())) {
                    return pretty(m);
                }
            }
        }
        return "The message " + ts + " is no longer in " + in.path() + ".";
    }

    private static String pretty(JsonNode n) throws IOException {
        String s = Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(n);
        return s.length() > MAX_RECORD_CHARS ? s.substring(0, MAX_RECORD_CHARS) + "\n… (cut)" : s;
    }

    /// Reads a window of bytes around the record's offset: no need to read a big file from the start.
    private static Excerpt aroundOffset(Input in, SourceRef ref, long nextLine, Work work) throws IOException {
        long back = Math.min(ref.offset(), WINDOW_BYTES / 4);
        byte[] buf;
        try (InputStream s = open(in)) {
            s.skipNBytes(ref.offset() - back);
            buf = s.readNBytes(WINDOW_BYTES);
        } catch (java.io.EOFException e) {
            return new Excerpt("The file is shorter than when it was read; it changed since.", List.of());
        }
        work.check();
        int at = (int) back;
        int first = at; // skip whitespace: the offset may point at the separator before a JSON record
        while (first < buf.length && (buf[first] == ' ' || buf[first] == '\n' || buf[first] == '\r' || buf[first] == '\t'
                || buf[first] == ',')) {
            first++;
        }
        String record = null;
        if (first < buf.length && (buf[first] == '{' || buf[first] == '[')) {
            try (JsonParser p = Json.factory().createParser(buf, first, buf.length - first)) {
                p.setCodec(Json.mapper());
                p.nextToken();
                record = pretty(p.readValueAsTree());
            } catch (IOException e) {
                record = null; // cut by the window, or not JSON after all: show lines
            }
        }
        // lines: split the window at line breaks; the record's line starts at the line containing `at`
        List<int[]> spans = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= buf.length; i++) {
            if (i == buf.length || buf[i] == '\n') {
                spans.add(new int[] {start, i});
                start = i + 1;
            }
        }
        if (back > 0 && !spans.isEmpty()) {
            spans.removeFirst(); // most likely a partial line
        }
        int target = 0;
        for (int k = 0; k < spans.size(); k++) {
            if (spans.get(k)[0] <= at && at <= spans.get(k)[1]) {
                target = k;
                break;
            }
        }
        long targetLine = ref.line() > 0 ? ref.line() : 0;
        int recordLines = recordLines(targetLine, nextLine);
        List<FileLine> out = new ArrayList<>();
        for (int k = Math.max(0, target - AROUND); k < Math.min(spans.size(), target + recordLines + AROUND); k++) {
            int[] sp = spans.get(k);
            String text = line(buf, sp[0], sp[1]);
            long no = targetLine > 0 ? targetLine + (k - target) : 0;
            out.add(new FileLine(no, text, k >= target && k < target + recordLines));
        }
        if (record == null) {
            StringBuilder sb = new StringBuilder();
            out.stream().filter(FileLine::inRecord).forEach(l -> sb.append(l.text()).append('\n'));
            record = sb.toString().stripTrailing();
        }
        return new Excerpt(record, out);
    }

    private static Excerpt aroundLine(Input in, long line, long nextLine, Work work) throws IOException {
        int recordLines = recordLines(line, nextLine);
        long from = Math.max(1, line - AROUND);
        long to = line + recordLines - 1 + AROUND;
        List<FileLine> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(open(in), StandardCharsets.UTF_8))) {
            String s;
            long n = 0;
            while ((s = r.readLine()) != null && ++n <= to) {
                if ((n & 0xffff) == 0) {
                    work.check();
                }
                if (n >= from) {
                    out.add(new FileLine(n, cut(s), n >= line && n < line + recordLines));
                }
            }
        }
        StringBuilder sb = new StringBuilder();
        out.stream().filter(FileLine::inRecord).forEach(l -> sb.append(l.text()).append('\n'));
        String record = sb.isEmpty() ? "The file has fewer lines than when it was read; it changed since." : sb.toString().stripTrailing();
        return new Excerpt(record, out);
    }

    private static int recordLines(long line, long nextLine) {
        return line > 0 && nextLine > line ? (int) Math.min(MAX_RECORD_LINES, nextLine - line) : 1;
    }

    private static String line(byte[] buf, int from, int to) {
        int end = to > from && buf[to - 1] == '\r' ? to - 1 : to;
        return cut(new String(buf, from, end - from, StandardCharsets.UTF_8));
    }

    private static String cut(String s) {
        return s.length() > MAX_LINE_CHARS ? s.substring(0, MAX_LINE_CHARS) + " … (cut)" : s;
    }
}
