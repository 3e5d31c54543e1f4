package dev.pmw.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/// Opening inputs as parsers want them: decompressed, BOM-free UTF-8, with bomb guards.
public final class Inputs {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private Inputs() {
    }

    public static Input file(Path path, String displayPath) {
        return new FileInput(path, displayPath);
    }

    public static Input file(Path path) {
        return new FileInput(path, path.toString());
    }

    /// Reads the head of an input and decides compression and encoding. Throws for inputs that are
    /// certainly not text exports (binary, images, databases).
    public static Sniff sniff(Input input) throws IOException {
        boolean gzip;
        try (InputStream raw = input.openRaw()) {
            byte[] magic = raw.readNBytes(4);
            gzip = magic.length >= 2 && (magic[0] & 0xff) == 0x1f && (magic[1] & 0xff) == 0x8b;
        }
        byte[] head;
        boolean complete;
        try (InputStream in = decompressed(input, gzip)) {
            head = in.readNBytes(Limits.SNIFF_BYTES);
            complete = in.read() < 0;
        } catch (java.util.zip.ZipException e) {
            throw new IngestException(input.path() + ": damaged gzip data (" + e.getMessage() + ")", e);
        }
        Encoding enc = detectEncoding(head, input.path());
        byte[] utf8 = toUtf8Head(head, enc);
        return new Sniff(input, utf8, enc, gzip, complete);
    }

    /// The full content as UTF-8 bytes, as described by `sniff`.
    public static InputStream openText(Sniff sniff) throws IOException {
        InputStream in = decompressed(sniff.input(), sniff.gzip());
        return switch (sniff.encoding()) {
            case UTF8 -> in;
            case UTF8_BOM -> {
                in.skipNBytes(3);
                yield in;
            }
            case UTF16LE -> new TranscodingInputStream(skipBom(in, 2), StandardCharsets.UTF_16LE);
            case UTF16BE -> new TranscodingInputStream(skipBom(in, 2), StandardCharsets.UTF_16BE);
            case WINDOWS_1252 -> new TranscodingInputStream(in, WINDOWS_1252);
        };
    }

    private static InputStream skipBom(InputStream in, int n) throws IOException {
        PushbackInputStream p = new PushbackInputStream(in, n);
        byte[] b = p.readNBytes(n);
        boolean bom = b.length == 2 && ((b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff
                || (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe);
        if (!bom) {
            p.unread(b);
        }
        return p;
    }

    private static InputStream decompressed(Input input, boolean gzip) throws IOException {
        InputStream raw = new BufferedInputStream(input.openRaw(), 1 << 16);
        if (!gzip) {
            return raw;
        }
        Counting counted = new Counting(raw);
        return new BoundedInputStream(new GZIPInputStream(counted, 1 << 16), input.path() + " (gzip)", counted::count);
    }

    /// Counts the compressed bytes a decompressor consumed, for the bomb ratio.
    private static final class Counting extends java.io.FilterInputStream {
        private long count;

        Counting(InputStream in) {
            super(in);
        }

        long count() {
            return count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }

    static Encoding detectEncoding(byte[] head, String path) throws IngestException {
        int n = head.length;
        if (n >= 3 && (head[0] & 0xff) == 0xef && (head[1] & 0xff) == 0xbb && (head[2] & 0xff) == 0xbf) {
            return Encoding.UTF8_BOM;
        }
        if (n >= 2 && (head[0] & 0xff) == 0xff && (head[1] & 0xff) == 0xfe) {
            return Encoding.UTF16LE;
        }
        if (n >= 2 && (head[0] & 0xff) == 0xfe && (head[1] & 0xff) == 0xff) {
            return Encoding.UTF16BE;
        }
        String magic = magicName(head);
        if (magic != null) {
            throw new IngestException(path + " is " + magic + ", not an incident export");
        }
        int zerosEven = 0;
        int zerosOdd = 0;
        int sample = Math.min(n, 4096);
        for (int i = 0; i < sample; i++) {
            if (head[i] == 0) {
                if ((i & 1) == 0) {
                    zerosEven++;
                } else {
                    zerosOdd++;
                }
            }
        }
        if (zerosEven + zerosOdd > 0) {
            // UTF-16 without BOM: ASCII text has a zero in every other byte
            if (zerosOdd > sample / 4 && zerosEven == 0) {
                return Encoding.UTF16LE;
            }
            if (zerosEven > sample / 4 && zerosOdd == 0) {
                return Encoding.UTF16BE;
            }
            throw new IngestException(path + " looks like a binary file (it contains NUL bytes), not a text export");
        }
        if (!validUtf8(head)) {
            return Encoding.WINDOWS_1252;
        }
        return Encoding.UTF8;
    }

    private static String magicName(byte[] h) {
        if (startsWith(h, "SQLite format 3\0")) {
            return "an SQLite database (a Slackdump archive? export it with `slackdump export` instead)";
        }
        if (startsWith(h, "%PDF")) {
            return "a PDF document";
        }
        if (h.length >= 4 && (h[0] & 0xff) == 0x89 && h[1] == 'P' && h[2] == 'N' && h[3] == 'G') {
            return "a PNG image";
        }
        if (h.length >= 3 && (h[0] & 0xff) == 0xff && (h[1] & 0xff) == 0xd8 && (h[2] & 0xff) == 0xff) {
            return "a JPEG image";
        }
        if (startsWith(h, "\u007fELF")) {
            return "an executable (ELF)";
        }
        if (h.length >= 3 && h[0] == 'B' && h[1] == 'Z' && h[2] == 'h') {
            return "bzip2-compressed (decompress it first, or use gzip or ZIP)";
        }
        if (h.length >= 6 && (h[0] & 0xff) == 0xfd && h[1] == '7' && h[2] == 'z' && h[3] == 'X') {
            return "xz-compressed (decompress it first, or use gzip or ZIP)";
        }
        if (h.length >= 4 && (h[0] & 0xff) == 0x28 && (h[1] & 0xff) == 0xb5 && (h[2] & 0xff) == 0x2f
                && (h[3] & 0xff) == 0xfd) {
            return "zstd-compressed (decompress it first, or use gzip or ZIP)";
        }
        return null;
    }

    private static boolean startsWith(byte[] h, String ascii) {
        if (h.length < ascii.length()) {
            return false;
        }
        for (int i = 0; i < ascii.length(); i++) {
            if (h[i] != (byte) ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /// Whether `head` is valid UTF-8, tolerating a multi-byte sequence cut at the very end.
    static boolean validUtf8(byte[] head) {
        int end = head.length;
        // drop an incomplete trailing sequence (the head is cut at 64 KiB)
        for (int back = 1; back <= 3 && end - back >= 0; back++) {
            int b = head[end - back] & 0xff;
            if (b >= 0xc0) {
                int need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
                if (need > back) {
                    end -= back;
                }
                break;
            }
            if (b < 0x80) {
                break;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(head, 0, end));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static byte[] toUtf8Head(byte[] head, Encoding enc) {
        return switch (enc) {
            case UTF8 -> head;
            case UTF8_BOM -> java.util.Arrays.copyOfRange(head, 3, head.length);
            case UTF16LE -> new String(head, head.length >= 2 && (head[0] & 0xff) == 0xff ? 2 : 0,
                    evenLength(head, (head[0] & 0xff) == 0xff ? 2 : 0), StandardCharsets.UTF_16LE)
                    .getBytes(StandardCharsets.UTF_8);
            case UTF16BE -> new String(head, head.length >= 2 && (head[0] & 0xff) == 0xfe ? 2 : 0,
                    evenLength(head, (head[0] & 0xff) == 0xfe ? 2 : 0), StandardCharsets.UTF_16BE)
                    .getBytes(StandardCharsets.UTF_8);
            case WINDOWS_1252 -> new String(head, WINDOWS_1252).getBytes(StandardCharsets.UTF_8);
        };
    }

    private static int evenLength(byte[] head, int from) {
        int len = head.length - from;
        return len - (len & 1);
    }

    /// A plain file on disk.
    record FileInput(Path file, String path) implements Input {
        @Override
        public long size() {
            try {
                return Files.size(file);
            } catch (IOException e) {
                return -1;
            }
        }

        @Override
        public InputStream openRaw() throws IOException {
            return Files.newInputStream(file);
        }
    }
}
