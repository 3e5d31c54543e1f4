package dev.pmw.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/// Guards a decompressing stream against bombs: fails once the output passes the absolute cap, or
/// passes [Limits#BOMB_FLOOR_BYTES] while expanding more than [Limits#MAX_EXPANSION_RATIO] times
/// the compressed size.
final class BoundedInputStream extends FilterInputStream {
    private final String what;
    private final java.util.function.LongSupplier compressed;
    private long count;

    /// @param compressedSize compressed size of the whole entry
    BoundedInputStream(InputStream in, String what, long compressedSize) {
        this(in, what, () -> compressedSize);
    }

    /// @param compressedSoFar compressed bytes consumed so far (a gzip stream of many small members
    ///                        is judged by the ratio of what was actually read, not by the file size)
    BoundedInputStream(InputStream in, String what, java.util.function.LongSupplier compressedSoFar) {
        super(in);
        this.what = what;
        this.compressed = compressedSoFar;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            add(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            add(n);
        }
        return n;
    }

    private void add(long n) throws IOException {
        count += n;
        if (count > Limits.MAX_EXPANDED_BYTES) {
            throw new IngestException(what + " expands to more than " + (Limits.MAX_EXPANDED_BYTES >> 30)
                    + " GiB; refusing to read further (possible decompression bomb)");
        }
        if (count <= Limits.BOMB_FLOOR_BYTES) {
            return;
        }
        long compressedSize = compressed.getAsLong();
        if (compressedSize > 0 && count / Math.max(1, compressedSize) > Limits.MAX_EXPANSION_RATIO) {
            throw new IngestException(what + " expands more than " + Limits.MAX_EXPANSION_RATIO
                    + "× its compressed size (" + compressedSize + " bytes → over " + (count >> 20)
                    + " MiB); refusing to read further (possible decompression bomb)");
        }
    }
}
