package dev.pmw.ingest;

import dev.pmw.model.Level;
import dev.pmw.model.SourceRef;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/// The lines of one log source in columns: per line a timestamp, level, template group, line number,
/// byte offset, HTTP status, hashed user id and the UTF-8 message. About 35 bytes per line plus the
/// message, in chunks of 32 Ki lines so that growing never copies the whole store. Messages live
/// in 256 KiB pages (a message may run on into the next page): neither pages nor column chunks
/// are large enough to be "humongous" for G1, which would waste the rest of a heap region and start
/// a concurrent GC cycle per allocation. The timeline holds bursts and notable lines; a burst
/// expands to its raw lines from here on demand.
///
/// Immutable once built (see [LogStoreBuilder]); safe to read from any thread.
public final class LogStore {
    static final int CHUNK_BITS = 12;
    static final int PAGE_BITS = 14;
    static final int PAGE = 1 << PAGE_BITS;
    static final int CHUNK = 1 << CHUNK_BITS;
    static final int MASK = CHUNK - 1;
    /// [#timeNanos(int)] of a line whose timestamp could not be read.
    public static final long NO_TIME = Long.MIN_VALUE;

    private final SourceRef source;
    private final String assumedZone;
    private final int size;
    private final long[][] time;
    private final byte[][] level;
    private final int[][] group;
    private final int[][] line;
    private final long[][] offset;
    private final short[][] status;
    private final int[][] user;
    /// Per chunk, the message pages; a message's bytes are at a "virtual" offset across the pages.
    private final byte[][][] arena;
    private final int[][] msgEnd;
    private final List<LogGroup> groups;
    private volatile int[] timeOrder;

    LogStore(SourceRef source, String assumedZone, int size, long[][] time, byte[][] level, int[][] group,
             int[][] line, long[][] offset, short[][] status, int[][] user, byte[][][] arena, int[][] msgEnd,
             List<LogGroup> groups) {
        this.source = source;
        this.assumedZone = assumedZone;
        this.size = size;
        this.time = time;
        this.level = level;
        this.group = group;
        this.line = line;
        this.offset = offset;
        this.status = status;
        this.user = user;
        this.arena = arena;
        this.msgEnd = msgEnd;
        this.groups = List.copyOf(groups);
    }

    /// Provenance of the whole store (file as displayed, format; `entry` is null: a ZIP entry is part of
    /// the displayed file path); lines add service, line and offset.
    public SourceRef source() {
        return source;
    }

    /// Zone assumed for timestamps without offset, or null when the source had offsets or epochs.
    public String assumedZone() {
        return assumedZone;
    }

    public int size() {
        return size;
    }

    public long timeNanos(int i) {
        return time[i >>> CHUNK_BITS][i & MASK];
    }

    public Instant time(int i) {
        long t = timeNanos(i);
        return t == NO_TIME ? null : Instant.ofEpochSecond(Math.floorDiv(t, 1_000_000_000L), Math.floorMod(t, 1_000_000_000L));
    }

    public Level level(int i) {
        return Level.ofOrdinal(level[i >>> CHUNK_BITS][i & MASK]);
    }

    public int group(int i) {
        return group[i >>> CHUNK_BITS][i & MASK];
    }

    /// 1-based line number in the (decompressed) file.
    public int line(int i) {
        return line[i >>> CHUNK_BITS][i & MASK];
    }

    public long offset(int i) {
        return offset[i >>> CHUNK_BITS][i & MASK];
    }

    /// HTTP status code of a request line, or 0.
    public int httpStatus(int i) {
        return status[i >>> CHUNK_BITS][i & MASK];
    }

    /// A non-zero hash of the line's user id field, or 0 when it has none.
    public int userHash(int i) {
        return user[i >>> CHUNK_BITS][i & MASK];
    }

    public String message(int i) {
        int c = i >>> CHUNK_BITS;
        int p = i & MASK;
        int start = p == 0 ? 0 : msgEnd[c][p - 1];
        int end = msgEnd[c][p];
        byte[][] pages = arena[c];
        int page = start >>> PAGE_BITS;
        int pos = start & (PAGE - 1);
        int len = end - start;
        if (pos + len <= PAGE) {
            return new String(pages[page], pos, len, StandardCharsets.UTF_8);
        }
        byte[] joined = new byte[len];
        for (int k = 0; k < len; ) {
            int n = Math.min(len - k, PAGE - pos);
            System.arraycopy(pages[page], pos, joined, k, n);
            k += n;
            page++;
            pos = 0;
        }
        return new String(joined, StandardCharsets.UTF_8);
    }

    public List<LogGroup> groups() {
        return groups;
    }

    public LogGroup groupOf(int i) {
        return groups.get(group(i));
    }

    /// Provenance of line `i`.
    public SourceRef ref(int i) {
        LogGroup g = groupOf(i);
        return new SourceRef(source.file(), source.format(), source.entry(), g.service().isEmpty() ? null : g.service(),
                line(i), offset(i), null);
    }

    /// Line indices in time order (stable: equal times keep file order); lines without a time sit
    /// right after their predecessor in the file. Computed once, with a packed `long` sort.
    public int[] timeOrder() {
        int[] order = timeOrder;
        if (order == null) {
            order = computeTimeOrder();
            timeOrder = order;
        }
        return order;
    }

    private int[] computeTimeOrder() {
        int[] out = new int[size];
        if (size == 0) {
            return out;
        }
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        boolean sorted = true;
        long prev = Long.MIN_VALUE;
        for (int i = 0; i < size; i++) {
            long t = effectiveTime(i, prev);
            if (t < prev) {
                sorted = false;
            }
            prev = t;
            min = Math.min(min, t);
            max = Math.max(max, t);
        }
        if (sorted) {
            for (int i = 0; i < size; i++) {
                out[i] = i;
            }
            return out;
        }
        // sort (time, index) packed into one long: time relative to the minimum in the coarsest unit
        // (1 ns, 10 ns …) that leaves room for the index; equal keys keep file order
        long span = max - min;
        int idxBits = 64 - Long.numberOfLeadingZeros(Math.max(1, size - 1));
        int timeBits = 63 - idxBits;
        long unit = 1;
        while ((span / unit) >= (1L << timeBits)) {
            unit *= 10;
        }
        long[] keys = new long[size];
        prev = Long.MIN_VALUE;
        for (int i = 0; i < size; i++) {
            long t = effectiveTime(i, prev);
            prev = t;
            keys[i] = ((t - min) / unit) << idxBits | i;
        }
        if (!nearlySortedInPlace(keys)) {
            Arrays.sort(keys);
        }
        long idxMask = (1L << idxBits) - 1;
        for (int i = 0; i < size; i++) {
            out[i] = (int) (keys[i] & idxMask);
        }
        return out;
    }

    /// Logs are almost in time order (threads and hosts interleave within milliseconds), so an
    /// insertion sort that gives up once lines move too far usually finishes the job in one pass.
    /// Returns false (keys partly sorted) when it gave up.
    static boolean nearlySortedInPlace(long[] keys) {
        long budget = 16L * keys.length;
        for (int i = 1; i < keys.length; i++) {
            long k = keys[i];
            int j = i - 1;
            if (keys[j] <= k) {
                continue;
            }
            while (j >= 0 && keys[j] > k) {
                keys[j + 1] = keys[j];
                j--;
                if (--budget < 0) {
                    keys[j + 1] = k;
                    return false;
                }
            }
            keys[j + 1] = k;
        }
        return true;
    }

    private long effectiveTime(int i, long prev) {
        long t = timeNanos(i);
        if (t == NO_TIME) {
            return prev == Long.MIN_VALUE ? 0 : prev;
        }
        return t;
    }

    private static long pagesBytes(byte[][] pages) {
        long b = 0;
        for (byte[] p : pages) {
            b += p.length;
        }
        return b;
    }

    /// Approximate heap use in bytes (columns and arena), for the benchmark's report.
    public long heapBytes() {
        long b = 0;
        for (int c = 0; c < time.length; c++) {
            b += time[c].length * 8L + level[c].length + group[c].length * 4L + line[c].length * 4L
                    + offset[c].length * 8L + status[c].length * 2L + user[c].length * 4L + msgEnd[c].length * 4L
                    + pagesBytes(arena[c]);
        }
        return b;
    }
}
