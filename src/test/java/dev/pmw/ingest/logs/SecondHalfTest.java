package dev.pmw.ingest.logs;

import dev.pmw.ingest.Encoding;
import dev.pmw.ingest.LogGroup;
import dev.pmw.ingest.LogStore;
import dev.pmw.ingest.ParseResult;
import dev.pmw.work.Work;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/// A large file read by two threads (the second half on a helper) gives exactly what one thread
/// gives: the same lines, times, numbers, offsets, groups and problems, continuation lines at the
/// split point included.
class SecondHalfTest {
    @TempDir
    Path dir;

    @Test
    void splitReadingMatchesOneThread() throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 60_000; i++) {
            sb.append("{\"timestamp\":\"2026-02-16T02:00:").append(String.format("%02d", i % 60)).append(".")
                    .append(String.format("%03d", i % 1000)).append("Z\",\"level\":\"").append(i % 7 == 0 ? "ERROR" : "INFO")
                    .append("\",\"service\":\"svc-").append(i % 3).append("\",\"message\":\"request ").append(i)
                    .append(i % 11 == 0 ? " zoë" : "").append(" done\",\"http\":{\"status\":").append(200 + i % 5).append("}}\n");
            if (i % 5000 == 17) {
                sb.append("\tat frame.Of(Stack.java:").append(i).append(")\n"); // a continuation
            }
            if (i % 9000 == 3) {
                sb.append("{\"timestamp\":\"cut\n"); // a broken line
            }
            if (i % 7000 == 5) {
                sb.append("{\"timestamp\":\"xxx\",\"message\":\"bad time ").append(i).append("\"}\n");
            }
        }
        Path f = dir.resolve("big.json");
        Files.writeString(f, sb.toString(), StandardCharsets.UTF_8);
        long size = Files.size(f);

        ParseResult one = read(f, size, false);
        ParseResult two = read(f, size, true);
        LogStore a = one.logs();
        LogStore b = two.logs();
        assertEquals(a.size(), b.size());
        for (int i = 0; i < a.size(); i++) {
            assertEquals(a.timeNanos(i), b.timeNanos(i), "time " + i);
            assertEquals(a.line(i), b.line(i), "line " + i);
            assertEquals(a.offset(i), b.offset(i), "offset " + i);
            assertEquals(a.message(i), b.message(i), "message " + i);
            assertEquals(a.level(i), b.level(i));
            assertEquals(a.httpStatus(i), b.httpStatus(i));
            assertEquals(a.groupOf(i).template(), b.groupOf(i).template());
            assertEquals(a.groupOf(i).service(), b.groupOf(i).service());
        }
        Comparator<LogGroup> byKey = Comparator.comparing(LogGroup::service).thenComparing(LogGroup::level)
                .thenComparing(LogGroup::template);
        List<String> ga = a.groups().stream().sorted(byKey).map(g -> g.service() + g.level() + g.template() + g.count()).toList();
        List<String> gb = b.groups().stream().sorted(byKey).map(g -> g.service() + g.level() + g.template() + g.count()).toList();
        assertEquals(ga, gb);
        assertEquals(one.diagnostics(), two.diagnostics());
        assertEquals(one.info(), two.info());
    }

    @Test
    void textLinesAtTheSplitPointStayWithTheirRecord() throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 30_000; i++) {
            sb.append("{\"timestamp\":\"2026-02-16T02:00:00Z\",\"level\":\"ERROR\",\"message\":\"failure ").append(i)
                    .append("\"}\n");
            for (int k = 0; k < 3; k++) {
                sb.append("\tat com.example.Frame").append(k).append(".call(Frame.java:").append(i).append(")\n");
            }
        }
        Path f = dir.resolve("stacks.json");
        Files.writeString(f, sb.toString(), StandardCharsets.UTF_8);
        long size = Files.size(f);
        ParseResult one = read(f, size, false);
        ParseResult two = read(f, size, true);
        assertEquals(one.records(), two.records());
        for (int i = 0; i < one.logs().size(); i++) {
            assertEquals(one.logs().message(i), two.logs().message(i), "message " + i);
        }
        assertEquals(one.diagnostics(), two.diagnostics());
    }

    private ParseResult read(Path f, long size, boolean split) throws IOException {
        LogSink sink = new LogSink(f.toString(), JsonLogsParser.FORMAT, LogFiles.UTC);
        JsonRecords records = new JsonRecords(Dialect.GENERIC, sink);
        JsonLinesReader reader = new JsonLinesReader(records, sink, Work.NONE, size, "big.json");
        try (InputStream in = Files.newInputStream(f)) {
            if (split) {
                SecondHalf half = SecondHalf.of(f, size, in, Dialect.GENERIC, sink, Work.NONE, "big.json", 1 << 20, 1 << 20);
                reader.read(half);
                assertTrue(half.started());
            } else {
                reader.read(in, 0);
            }
        }
        return sink.result(Dialect.GENERIC, Encoding.UTF8);
    }
}
