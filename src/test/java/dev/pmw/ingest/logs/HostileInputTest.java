package dev.pmw.ingest.logs;

import dev.pmw.ingest.Encoding;
import dev.pmw.ingest.Limits;
import dev.pmw.ingest.LogStore;
import dev.pmw.ingest.ParseResult;
import dev.pmw.model.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static dev.pmw.ingest.logs.LogFiles.hasDiagnostic;
import static dev.pmw.ingest.logs.LogFiles.parse;
import static dev.pmw.ingest.logs.LogFiles.t;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/// Hostile and broken input: every case loads what can be loaded, says what went wrong in words a
/// user understands, and neither crashes nor lets memory grow with the damage. Large inputs are
/// generated here in a temp dir (the test JVM runs with -Xmx2g).
class HostileInputTest {
    private static final String L1 = "{\"timestamp\":\"2026-02-16T02:00:00.001Z\",\"level\":\"INFO\",\"message\":\"café ok\"}";
    private static final String L2 = "{\"timestamp\":\"2026-02-16T02:00:01.002Z\",\"level\":\"ERROR\",\"message\":\"boom 1\"}";

    @TempDir
    Path dir;

    private Path write(String name, byte[] content) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, content);
        return f;
    }

    private static void twoLines(ParseResult r) {
        assertEquals("json-logs", r.info().format(), LogFiles.messages(r));
        assertEquals(2, r.records(), LogFiles.messages(r));
        LogStore s = r.logs();
        assertEquals("café ok", s.message(0));
        assertEquals(t("2026-02-16T02:00:01.002Z"), s.time(1));
        assertEquals(2, s.line(1));
    }

    @Test
    void utf16LittleEndianWithBom() throws IOException {
        byte[] body = (L1 + "\n" + L2 + "\n").getBytes(StandardCharsets.UTF_16LE);
        byte[] f = new byte[body.length + 2];
        f[0] = (byte) 0xff;
        f[1] = (byte) 0xfe;
        System.arraycopy(body, 0, f, 2, body.length);
        ParseResult r = parse(write("u16le.json", f));
        twoLines(r);
        assertEquals(Encoding.UTF16LE, r.info().encoding());
    }

    @Test
    void utf16BigEndianWithBom() throws IOException {
        ParseResult r = parse(write("u16be.json", (L1 + "\n" + L2 + "\n").getBytes(StandardCharsets.UTF_16)));
        twoLines(r); // Java's UTF_16 encoder writes a big-endian BOM
        assertEquals(Encoding.UTF16BE, r.info().encoding());
    }

    @Test
    void utf16WithoutBom() throws IOException {
        ParseResult r = parse(write("u16.json", (L1 + "\n" + L2 + "\n").getBytes(StandardCharsets.UTF_16LE)));
        twoLines(r);
        assertEquals(Encoding.UTF16LE, r.info().encoding());
    }

    @Test
    void windows1252() throws IOException {
        String text = L1 + "\n" + L2.replace("boom 1", "boom € 1") + "\n";
        ParseResult r = parse(write("latin.json", text.getBytes(Charset.forName("windows-1252"))));
        twoLines(r);
        assertEquals(Encoding.WINDOWS_1252, r.info().encoding());
        assertEquals("boom € 1", r.logs().message(1));
    }

    @Test
    void utf8WithBom() throws IOException {
        byte[] body = (L1 + "\n" + L2 + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] f = new byte[body.length + 3];
        f[0] = (byte) 0xef;
        f[1] = (byte) 0xbb;
        f[2] = (byte) 0xbf;
        System.arraycopy(body, 0, f, 3, body.length);
        ParseResult r = parse(write("bom.json", f));
        twoLines(r);
        assertEquals(Encoding.UTF8_BOM, r.info().encoding());
        assertEquals(3, r.logs().offset(0)); // offsets are file offsets: the BOM counts
    }

    @Test
    void binaryFile() throws IOException {
        byte[] b = new byte[100_000];
        new Random(7).nextBytes(b);
        ParseResult r = parse(write("blob.json", b));
        assertTrue(r.failed());
        assertTrue(hasDiagnostic(r, -1, "looks like a binary file"), LogFiles.messages(r));
    }

    @Test
    void emptyAndWhitespaceOnlyFiles() throws IOException {
        ParseResult empty = parse(write("empty.json", new byte[0]));
        assertTrue(hasDiagnostic(empty, -1, "the file is empty"), LogFiles.messages(empty));
        ParseResult blank = parse(write("blank.json", " \n\t\r\n   \n".getBytes(StandardCharsets.UTF_8)));
        assertTrue(hasDiagnostic(blank, -1, "the file is empty"), LogFiles.messages(blank));
        assertNull(blank.logs());
    }

    @Test
    void fiftyMegabyteLineIsSkippedWithoutBeingHeldWhole() throws IOException {
        Path f = dir.resolve("huge-line.json");
        try (OutputStream out = Files.newOutputStream(f)) {
            out.write((L1 + "\n").getBytes(StandardCharsets.UTF_8));
            byte[] chunk = new byte[1 << 20];
            java.util.Arrays.fill(chunk, (byte) 'x');
            out.write("{\"level\":\"INFO\",\"message\":\"".getBytes(StandardCharsets.UTF_8));
            long written = 27;
            while (written + chunk.length < 50_000_000 - 2) {
                out.write(chunk);
                written += chunk.length;
            }
            out.write(chunk, 0, (int) (50_000_000 - 2 - written));
            out.write("\"}\n".getBytes(StandardCharsets.UTF_8));
            out.write((L2.replace("boom 1", "after the long line") + "\n").getBytes(StandardCharsets.UTF_8));
        }
        ParseResult r = parse(f);
        assertEquals(2, r.records(), LogFiles.messages(r));
        assertTrue(hasDiagnostic(r, 2, "line 2 is 50 MB long; skipped"), LogFiles.messages(r));
        LogStore s = r.logs();
        assertEquals("after the long line", s.message(1));
        assertEquals(3, s.line(1));
        assertEquals(Files.size(f) - L2.length() - "after the long line".length() + "boom 1".length() - 1, s.offset(1));
    }

    @Test
    void lineBlocksNeverGrowPastTheLineLimit() throws IOException {
        // 40 MB without a line break, then a short line: the reader skips the long one in pieces
        InputStream in = new InputStream() {
            long left = 40_000_000;
            boolean tail;

            @Override
            public int read() {
                throw new UnsupportedOperationException();
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left > 0) {
                    int n = (int) Math.min(len, left);
                    java.util.Arrays.fill(b, off, off + n, (byte) 'y');
                    left -= n;
                    return n;
                }
                if (!tail) {
                    tail = true;
                    byte[] t = "\nshort\n".getBytes(StandardCharsets.UTF_8);
                    System.arraycopy(t, 0, b, off, t.length);
                    return t.length;
                }
                return -1;
            }
        };
        LineBlocks blocks = new LineBlocks(in, 1 << 20, Limits.MAX_LINE_BYTES);
        assertTrue(blocks.next());
        assertEquals(40_000_000, blocks.skippedBytes());
        assertTrue(blocks.buf().length <= Limits.MAX_LINE_BYTES + 1, "buffer " + blocks.buf().length);
        assertTrue(blocks.next());
        assertEquals("short\n", new String(blocks.buf(), 0, blocks.end(), StandardCharsets.UTF_8));
        assertEquals(40_000_001, blocks.base());
    }

    @Test
    void jsonNestedTenThousandDeepInALine() throws IOException {
        String deep = "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000);
        ParseResult r = parse(write("deep.json", (L1 + "\n" + deep + "\n" + L2 + "\n").getBytes(StandardCharsets.UTF_8)));
        assertEquals(2, r.records(), LogFiles.messages(r));
        assertTrue(hasDiagnostic(r, 2, "nested deeper than " + Limits.MAX_JSON_DEPTH + " levels"), LogFiles.messages(r));
        assertEquals(3, r.logs().line(1));
    }

    @Test
    void jsonDocumentNestedTenThousandDeep() throws IOException {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        ParseResult r = parse(write("deep-array.json", deep.getBytes(StandardCharsets.UTF_8)));
        // no StackOverflowError, no crash: the user is told what is wrong
        assertFalse(r.diagnostics().isEmpty());
        assertTrue(hasDiagnostic(r, -1, "nested deeper than " + Limits.MAX_JSON_DEPTH + " levels"), LogFiles.messages(r));
    }

    @Test
    void gzipBombIsRefusedWithAClearMessage() throws IOException {
        // one gzip member of 64 MiB of repeated log lines (~230 KB compressed), written 64 times:
        // a 15 MB file that would expand to 4 GiB
        ByteArrayOutputStream member = new ByteArrayOutputStream();
        byte[] line = (L2 + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] block = new byte[(1 << 20) / line.length * line.length];
        for (int i = 0; i + line.length <= block.length; i += line.length) {
            System.arraycopy(line, 0, block, i, line.length);
        }
        try (GZIPOutputStream gz = new GZIPOutputStream(member, 1 << 16) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            for (int i = 0; i < 64; i++) {
                gz.write(block);
            }
        }
        Path f = dir.resolve("bomb.json.gz");
        try (OutputStream out = Files.newOutputStream(f)) {
            for (int i = 0; i < 64; i++) {
                member.writeTo(out);
            }
        }
        assertTrue(Files.size(f) < 20_000_000, "bomb is " + Files.size(f));
        long before = usedHeap();
        ParseResult r = parse(f);
        assertTrue(r.failed(), LogFiles.messages(r));
        assertTrue(hasDiagnostic(r, -1, "possible decompression bomb"), LogFiles.messages(r));
        assertTrue(usedHeap() - before < 512L << 20, "heap grew by " + ((usedHeap() - before) >> 20) + " MiB");
    }

    @Test
    void zipBombEntryIsRefusedAndReported() throws IOException {
        Path f = dir.resolve("bomb.zip");
        byte[] line = (L2 + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] block = new byte[(1 << 20) / line.length * line.length];
        for (int i = 0; i + line.length <= block.length; i += line.length) {
            System.arraycopy(line, 0, block, i, line.length);
        }
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(f))) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            zip.putNextEntry(new ZipEntry("logs/big.json"));
            for (int i = 0; i < 400; i++) {
                zip.write(block);
            }
            zip.closeEntry();
        }
        assertTrue(Files.size(f) < 2_000_000, "zip is " + Files.size(f));
        List<ParseResult> all = LogFiles.parseAll(f, LogFiles.UTC);
        assertEquals(1, all.size());
        assertTrue(hasDiagnostic(all.getFirst(), -1, "possible decompression bomb"), LogFiles.messages(all.getFirst()));
    }

    @Test
    void zipEntriesEscapingTheArchiveAreSkippedAndReported() throws IOException {
        Path f = dir.resolve("bundle.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(f))) {
            zip.putNextEntry(new ZipEntry("../evil.json"));
            zip.write((L2 + "\n").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("logs/app.json"));
            zip.write((L1 + "\n" + L2 + "\n").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        List<ParseResult> all = LogFiles.parseAll(f, LogFiles.UTC);
        assertEquals(1, all.size());
        ParseResult r = all.getFirst();
        twoLines(r);
        assertTrue(r.info().file().endsWith("logs/app.json"), r.info().file());
        Diagnostic d = r.diagnostics().stream().filter(x -> x.message().contains("unsafe path")).findFirst().orElseThrow();
        assertEquals("../evil.json", d.excerpt());
    }

    @Test
    void aMillionMalformedLinesKeepDiagnosticsAndMemoryBounded() throws IOException {
        Path f = dir.resolve("malformed.json");
        byte[] bad = "{\"timestamp\":\"2026-02-16T02:00:00Z\",\"message\":\"cut off\n".getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(f), 1 << 20)) {
            out.write((L1 + "\n").getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 1_000_000; i++) {
                out.write(bad);
            }
            out.write((L2 + "\n").getBytes(StandardCharsets.UTF_8));
        }
        ParseResult r = parse(f);
        assertEquals(2, r.records());
        assertTrue(r.diagnostics().size() <= Limits.MAX_DIAGNOSTICS_PER_SOURCE + 20, "" + r.diagnostics().size());
        assertTrue(hasDiagnostic(r, -1, "1,000,000 lines were not valid JSON"), LogFiles.messages(r));
        assertTrue(r.diagnosticsDropped() >= 1_000_000 - Limits.MAX_DIAGNOSTICS_PER_SOURCE);
        assertTrue(hasDiagnostic(r, 2, "not valid JSON"), LogFiles.messages(r));
        assertEquals(1_000_002, r.logs().line(1));
    }

    @Test
    void aMillionTextLinesAfterOneRecordDoNotGrowOneMessageWithoutBound() throws IOException {
        Path f = dir.resolve("text-flood.json");
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(f), 1 << 20)) {
            out.write((L1 + "\n").getBytes(StandardCharsets.UTF_8));
            byte[] text = "\tat com.example.Deep.frame(Deep.java:42)\n".getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 1_000_000; i++) {
                out.write(text);
            }
        }
        ParseResult r = parse(f);
        assertEquals(1, r.records());
        assertTrue(r.logs().message(0).length() <= Limits.MAX_MESSAGE_CHARS);
        assertTrue(hasDiagnostic(r, -1, "continuation lines were dropped"), LogFiles.messages(r));
    }

    @Test
    void nulBytesInTheMiddle() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        int before = 2000; // past the 64 KiB head that detection reads
        for (int i = 0; i < before; i++) {
            b.write((L1 + "\n").getBytes(StandardCharsets.UTF_8));
        }
        b.write(new byte[8192]); // a pre-allocated block a crash left behind
        b.write('\n');
        b.write(new byte[100]);
        b.write((L2 + "\n").getBytes(StandardCharsets.UTF_8)); // NULs, then the next record on that line
        ParseResult r = parse(write("nul.json", b.toByteArray()));
        assertEquals(before + 1, r.records(), LogFiles.messages(r));
        assertEquals("boom 1", r.logs().message(before));
        assertEquals(before + 2, r.logs().line(before));
        assertTrue(hasDiagnostic(r, -1, "2 lines hold NUL bytes"), LogFiles.messages(r));
    }

    @Test
    void nulBytesAtTheStartMeanBinary() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(new byte[8192]);
        b.write((L1 + "\n").getBytes(StandardCharsets.UTF_8));
        ParseResult r = parse(write("nul-head.json", b.toByteArray()));
        assertTrue(r.failed());
        assertTrue(hasDiagnostic(r, -1, "looks like a binary file"), LogFiles.messages(r));
    }

    @Test
    void crlfLineEndings() throws IOException {
        String text = L1 + "\r\n" + "  at stack.Frame(Frame.java:1)\r\n" + L2 + "\r\n";
        ParseResult r = parse(write("crlf.json", text.getBytes(StandardCharsets.UTF_8)));
        assertEquals(2, r.records());
        LogStore s = r.logs();
        assertEquals("café ok\n  at stack.Frame(Frame.java:1)", s.message(0));
        assertEquals(3, s.line(1));
        int l1Bytes = L1.getBytes(StandardCharsets.UTF_8).length;
        assertEquals(l1Bytes + 2 + "  at stack.Frame(Frame.java:1)\r\n".length(), s.offset(1));
        assertNotNull(s.time(1));
    }

    @Test
    void gzipFileIsReadThroughInputs() throws IOException {
        Path f = dir.resolve("app.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(f))) {
            out.write((L1 + "\n" + L2 + "\n").getBytes(StandardCharsets.UTF_8));
        }
        twoLines(parse(f));
    }

    @Test
    void truncatedGzipKeepsWhatWasRead() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(b)) {
            for (int i = 0; i < 20_000; i++) {
                out.write((L2.replace("boom 1", "line " + i + " " + Integer.toHexString(i * 7919)) + "\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
        }
        byte[] all = b.toByteArray();
        ParseResult r = parse(write("cut.json.gz", java.util.Arrays.copyOf(all, all.length / 2)));
        assertTrue(r.records() > 1000, LogFiles.messages(r));
        assertTrue(hasDiagnostic(r, -1, "ends early or is damaged"), LogFiles.messages(r));
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        System.gc();
        return rt.totalMemory() - rt.freeMemory();
    }
}
