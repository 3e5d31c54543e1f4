package dev.pmw.ingest.logs;

import dev.pmw.work.CancelledException;
import dev.pmw.work.Progress;
import dev.pmw.work.Work;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/// Reads the second half of a large plain JSON-lines file on a helper thread. It starts only once
/// the calling thread has read [#START_AFTER] bytes: by then the JIT has compiled the parse loop,
/// so the helper runs at full speed from its first line instead of competing with the compiler
/// (two threads from a cold start are slower on two cores, perf-anchors.md §5). The rest of the
/// file is split at a line break; the caller stops there, and at the end takes over the helper's
/// lines, groups and problems ([LogSink#absorb]).
final class SecondHalf {
    static final long START_AFTER = 48L << 20;
    static final long MIN_REST = 96L << 20;

    private final Path file;
    private final long size;
    private final Limited part1;
    private final Dialect dialect;
    private final LogSink sink;
    private final Work work;
    private final String name;
    private final long startAfter;
    private final long minRest;
    private boolean decided;
    private Thread thread;
    private LogSink helperSink;
    private volatile Throwable failure;

    private SecondHalf(Path file, long size, InputStream in, Dialect dialect, LogSink sink, Work work, String name,
                       long startAfter, long minRest) {
        this.startAfter = startAfter;
        this.minRest = minRest;
        this.file = file;
        this.size = size;
        this.part1 = new Limited(in);
        this.dialect = dialect;
        this.sink = sink;
        this.work = work;
        this.name = name;
    }

    /// A splitter for `file` read through `in` (its bytes must be the file's bytes: no transcoding,
    /// no decompression, no BOM skipped), or null when the file is too small to be worth it.
    static SecondHalf of(Path file, long size, InputStream in, Dialect dialect, LogSink sink, Work work, String name) {
        return of(file, size, in, dialect, sink, work, name, START_AFTER, MIN_REST);
    }

    /// [#of] with other thresholds (tests split small files).
    static SecondHalf of(Path file, long size, InputStream in, Dialect dialect, LogSink sink, Work work, String name,
                         long startAfter, long minRest) {
        if (file == null || size < startAfter + minRest || dialect == Dialect.DOCKER) {
            return null; // Docker joins partial lines across records: one reader must see them all
        }
        return new SecondHalf(file, size, in, dialect, sink, work, name, startAfter, minRest);
    }

    /// The stream the calling thread reads: it ends where the second half begins.
    InputStream firstPart() {
        return part1;
    }

    /// Called by the reading thread after each block, with the file offset read up to.
    void progressed(long offset) throws IOException {
        if (decided || offset < startAfter) {
            return;
        }
        decided = true;
        long rest = size - offset;
        if (rest < minRest) {
            return;
        }
        long mid = lineStartAfter(offset + rest / 2);
        if (mid < 0 || mid <= part1.position()) {
            return;
        }
        part1.limit = mid;
        helperSink = sink.helper();
        JsonLinesReader reader = new JsonLinesReader(new JsonRecords(dialect, helperSink), helperSink,
                new Work(Progress.NONE, work.cancellation()), -1, name);
        thread = Thread.ofPlatform().daemon().name("pmw-parse-" + name).start(() -> {
            try (FileChannel ch = FileChannel.open(file); InputStream in = Channels.newInputStream(ch.position(mid))) {
                reader.read(in, mid);
            } catch (Throwable t) {
                failure = t;
            }
        });
    }

    /// Waits for the helper and takes over what it read; `part1Lines` is the number of lines the
    /// calling thread read (the helper's line 1 is the line after them).
    void finish(long part1Lines) throws IOException {
        if (thread == null) {
            return;
        }
        try {
            thread.join();
        } catch (InterruptedException e) {
            thread.interrupt();
            Thread.currentThread().interrupt();
            throw new CancelledException();
        }
        Throwable f = failure;
        if (f instanceof IOException io) {
            throw io;
        }
        if (f instanceof RuntimeException re) {
            throw re;
        }
        if (f instanceof Error err) {
            throw err;
        }
        sink.absorb(helperSink, part1Lines);
    }

    /// Stops the helper when the calling thread gave up (cancelled, failed).
    void abandon() {
        if (thread != null) {
            thread.interrupt();
        }
    }

    /// Whether a helper thread was started.
    boolean started() {
        return thread != null;
    }

    /// Offset of the first line that starts at or after `from`, or -1 when none does soon.
    private long lineStartAfter(long from) throws IOException {
        try (FileChannel ch = FileChannel.open(file)) {
            ByteBuffer buf = ByteBuffer.allocate(1 << 16);
            long pos = from;
            while (pos < size && pos - from < (16L << 20)) {
                buf.clear();
                int n = ch.read(buf, pos);
                if (n <= 0) {
                    return -1;
                }
                for (int i = 0; i < n; i++) {
                    if (buf.get(i) == '\n') {
                        return pos + i + 1 < size ? pos + i + 1 : -1;
                    }
                }
                pos += n;
            }
            return -1;
        }
    }

    /// The calling thread's stream, cut at the helper's start once that is known.
    private static final class Limited extends FilterInputStream {
        long limit = Long.MAX_VALUE;
        private long position;

        Limited(InputStream in) {
            super(in);
        }

        long position() {
            return position;
        }

        @Override
        public int read() throws IOException {
            if (position >= limit) {
                return -1;
            }
            int b = super.read();
            if (b >= 0) {
                position++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (position >= limit) {
                return -1;
            }
            int n = super.read(b, off, (int) Math.min(len, limit - position));
            if (n > 0) {
                position += n;
            }
            return n;
        }
    }
}
