package dev.pmw.ingest.logs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/// Reads a stream in large blocks that end on a line break, so a parser can run over many lines at
/// once without ever seeing half a line. A line longer than `maxLine` is never held in memory: it is
/// skipped to its end and reported ([#skippedBytes()]) before the block that follows it.
final class LineBlocks {
    private final InputStream in;
    private final int maxLine;
    private byte[] buf;
    private int lim;
    private int end;
    /// Bytes before this index hold no line break (already searched).
    private int scanFrom;
    private long base;
    private boolean eof;
    private long skipped;
    private String skippedExcerpt;
    private IOException damage;

    LineBlocks(InputStream in, int blockSize, int maxLine) {
        this(in, blockSize, maxLine, 0);
    }

    /// @param startOffset file offset of the stream's first byte (3 after a UTF-8 byte-order mark)
    LineBlocks(InputStream in, int blockSize, int maxLine, long startOffset) {
        this.in = in;
        this.maxLine = maxLine;
        this.buf = new byte[Math.min(blockSize, Math.max(1024, maxLine + 1))];
        this.base = startOffset;
    }

    /// Why the input ended early (truncated or damaged compressed data), or null. The blocks before
    /// the damage are still delivered.
    IOException damage() {
        return damage;
    }

    /// Fills `buf[lim, buf.length)` as far as the input goes; a truncated or damaged compressed
    /// stream ends the input (kept in [#damage()]) instead of losing what was read before it.
    private void fill() throws IOException {
        try {
            while (lim < buf.length) {
                int n = in.read(buf, lim, buf.length - lim);
                if (n < 0) {
                    eof = true;
                    return;
                }
                lim += n;
            }
        } catch (java.io.EOFException | java.util.zip.ZipException e) {
            damage = e;
            eof = true;
        }
    }

    /// Moves to the next block. False at the end of the input.
    boolean next() throws IOException {
        skipped = 0;
        skippedExcerpt = null;
        if (end > 0) {
            System.arraycopy(buf, end, buf, 0, lim - end);
            base += end;
            lim -= end;
            scanFrom = Math.max(0, scanFrom - end);
            end = 0;
        }
        while (true) {
            if (!eof && lim < buf.length) {
                fill();
            }
            int nl = lastNewline(scanFrom, lim);
            scanFrom = lim;
            if (nl >= 0) {
                end = nl + 1;
                return true;
            }
            if (eof) {
                end = lim;
                return lim > 0;
            }
            if (buf.length <= maxLine) {
                buf = java.util.Arrays.copyOf(buf, (int) Math.min((long) maxLine + 1, buf.length * 2L));
                continue;
            }
            skipLongLine();
            end = 0;
            return true;
        }
    }

    /// The buffer is full with one unfinished line: drop it and everything up to its line break.
    private void skipLongLine() throws IOException {
        skippedExcerpt = new String(buf, 0, Math.min(lim, 200), StandardCharsets.UTF_8);
        long count = lim;
        lim = 0;
        while (true) {
            int n;
            try {
                n = in.read(buf, 0, buf.length);
            } catch (java.io.EOFException | java.util.zip.ZipException e) {
                damage = e;
                n = -1;
            }
            if (n < 0) {
                eof = true;
                break;
            }
            int i = indexOf(buf, 0, n);
            if (i >= 0) {
                count += i;
                System.arraycopy(buf, i + 1, buf, 0, n - i - 1);
                lim = n - i - 1;
                base += count + 1;
                skipped = count;
                scanFrom = 0;
                return;
            }
            count += n;
        }
        base += count;
        skipped = count;
        scanFrom = 0;
    }

    private int lastNewline(int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            if (buf[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private static int indexOf(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    byte[] buf() {
        return buf;
    }

    /// End (exclusive) of the current block in [#buf()]; the block starts at 0.
    int end() {
        return end;
    }

    /// File offset of `buf()[0]`.
    long base() {
        return base;
    }

    /// Length of an over-long line skipped right before this block (without its line break), or 0.
    long skippedBytes() {
        return skipped;
    }

    String skippedExcerpt() {
        return skippedExcerpt;
    }
}
