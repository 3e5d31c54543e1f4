package dev.pmw.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/// Writes the UTF-8 messages of a [LogStore]'s chunks into 16 KiB pages (see [LogStore]): per
/// chunk a "virtual" byte offset that runs on from page to page, so a message may straddle two
/// pages and no allocation is ever large.
final class MessagePages {
    private final List<List<byte[]>> chunks = new ArrayList<>();
    private List<byte[]> pages;
    private byte[] page;
    /// Virtual write position in the current chunk.
    private int pos;

    /// Starts the pages of a new chunk (the previous chunk's last page is cut to size).
    void startChunk() {
        trimLastPage();
        pages = new ArrayList<>();
        chunks.add(pages);
        page = null;
        pos = 0;
    }

    /// Virtual position in the current chunk: where the next byte goes.
    int pos() {
        return pos;
    }

    /// Writes the bytes at virtual `[start, end)` of chunk `chunk` of `from` here.
    void copy(MessagePages from, int chunk, int start, int end) {
        List<byte[]> src = from.chunks.get(chunk);
        while (start < end) {
            byte[] pg = src.get(start >>> LogStore.PAGE_BITS);
            int at = start & (LogStore.PAGE - 1);
            int n = Math.min(end - start, pg.length - at);
            writeBytes(pg, at, n);
            start += n;
        }
    }

    /// Drops chunk `chunk` (already copied elsewhere), so its memory can go.
    void release(int chunk) {
        chunks.set(chunk, null);
    }

    byte[][][] build() {
        trimLastPage();
        return chunks.stream().map(l -> l.toArray(byte[][]::new)).toArray(byte[][][]::new);
    }

    /// The last page of a finished chunk is cut to what it holds.
    private void trimLastPage() {
        int used = pos & (LogStore.PAGE - 1);
        if (page != null && used != 0 && used < page.length) {
            page = Arrays.copyOf(page, used);
            pages.set(pages.size() - 1, page);
        }
    }

    /// Room for at least one byte at [#pos] (a new page when the current one is full).
    private void nextPage() {
        if (pos > Integer.MAX_VALUE - LogStore.PAGE) {
            throw new IllegalStateException("log chunk arena over 2 GiB");
        }
        page = new byte[LogStore.PAGE];
        pages.add(page);
    }

    void writeByte(byte b) {
        int at = pos & (LogStore.PAGE - 1);
        if (page == null || at == 0 && pos >>> LogStore.PAGE_BITS == pages.size()) {
            nextPage();
        }
        page[at] = b;
        pos++;
    }

    void writeBytes(byte[] src, int off, int n) {
        while (n > 0) {
            int at = pos & (LogStore.PAGE - 1);
            if (page == null || at == 0 && pos >>> LogStore.PAGE_BITS == pages.size()) {
                nextPage();
            }
            int k = Math.min(n, LogStore.PAGE - at);
            System.arraycopy(src, off, page, at, k);
            pos += k;
            off += k;
            n -= k;
        }
    }

    private final byte[] encodeBuf = new byte[4096];

    /// Encodes `m[off, off+n)` as UTF-8 into the pages, through a small buffer.
    void writeChars(char[] m, int off, int n) {
        int end = off + n;
        int i = off;
        while (i < end) {
            int room = encodeBuf.length - 4; // one more code point always fits
            int w = 0;
            while (i < end && w < room) {
                char ch = m[i];
                if (ch < 0x80) {
                    encodeBuf[w++] = (byte) ch;
                    i++;
                } else {
                    int used = encodeChar(encodeBuf, w, m, i, end);
                    w += used >>> 8;
                    i += used & 0xff;
                }
            }
            writeBytes(encodeBuf, 0, w);
        }
    }

    /// Encodes the char at `m[i]` (with its low surrogate); returns bytes written << 8 | chars used.
    private static int encodeChar(byte[] a, int pos, char[] m, int i, int end) {
        char ch = m[i];
        if (ch < 0x800) {
            a[pos] = (byte) (0xc0 | ch >> 6);
            a[pos + 1] = (byte) (0x80 | ch & 0x3f);
            return 2 << 8 | 1;
        }
        if (Character.isHighSurrogate(ch) && i + 1 < end && Character.isLowSurrogate(m[i + 1])) {
            int cp = Character.toCodePoint(ch, m[i + 1]);
            a[pos] = (byte) (0xf0 | cp >> 18);
            a[pos + 1] = (byte) (0x80 | cp >> 12 & 0x3f);
            a[pos + 2] = (byte) (0x80 | cp >> 6 & 0x3f);
            a[pos + 3] = (byte) (0x80 | cp & 0x3f);
            return 4 << 8 | 2;
        }
        if (Character.isSurrogate(ch)) {
            a[pos] = '?'; // unpaired surrogate, as String.getBytes does
            return 1 << 8 | 1;
        }
        a[pos] = (byte) (0xe0 | ch >> 12);
        a[pos + 1] = (byte) (0x80 | ch >> 6 & 0x3f);
        a[pos + 2] = (byte) (0x80 | ch & 0x3f);
        return 3 << 8 | 1;
    }
}
