package dev.pmw.timeline.query;

import dev.pmw.model.Event;
import dev.pmw.timeline.Row;
import dev.pmw.timeline.Timeline;
import dev.pmw.timeline.TimelineSource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

/// The rows of a timeline in columns prepared for filtering: epoch-nanosecond start and end, kind,
/// level, source and actor numbers, key/pinned/edited bits, and one lower-cased search text per row
/// (text, actor, kind and source label, separated by line breaks so a term never spans two
/// fields). Built once per timeline, off the FX thread for big ones; [#filter] then only compares
/// numbers and scans strings, in parallel chunks.
public final class TimelineIndex {
    static final byte KEY = 1;
    static final byte PINNED = 2;
    static final byte EDITED = 4;
    private static final int CHUNK = 1 << 15;

    final List<Row> rows;
    final long[] start;
    final long[] end;
    final byte[] kind;
    final byte[] level;
    final byte[] flags;
    /// 0 for manual rows, else 1 + the row's index in the timeline's sources.
    final int[] source;
    final int[] actor;
    final String[] haystack;
    final List<String> sourceNames;
    final List<String> actorNames;
    /// Longest span of any row (a burst), so a window start can be found by binary search.
    final long maxSpan;
    final boolean sorted;

    private TimelineIndex(List<Row> rows, List<String> sourceFiles, RowFlags rowFlags) {
        int n = rows.size();
        this.rows = rows;
        this.start = new long[n];
        this.end = new long[n];
        this.kind = new byte[n];
        this.level = new byte[n];
        this.flags = new byte[n];
        this.source = new int[n];
        this.actor = new int[n];
        this.haystack = new String[n];
        List<String> names = new ArrayList<>(sourceFiles.size() + 1);
        names.add(TimelineQuery.MANUAL);
        names.addAll(sourceFiles);
        this.sourceNames = List.copyOf(names);
        Map<String, Integer> actors = new HashMap<>();
        List<String> actorList = new ArrayList<>();
        long span = 0;
        boolean inOrder = true;
        for (int i = 0; i < n; i++) {
            Row r = rows.get(i);
            Event e = r.event();
            start[i] = nanos(e.time());
            end[i] = Math.max(start[i], nanos(e.lastTime()));
            span = Math.max(span, end[i] - start[i]);
            if (i > 0 && start[i] < start[i - 1]) {
                inOrder = false;
            }
            kind[i] = (byte) e.kind().ordinal();
            level[i] = (byte) e.level().ordinal();
            flags[i] = (byte) ((r.isKey() ? KEY : 0) | (rowFlags.pinned(r) ? PINNED : 0) | (rowFlags.edited(r) ? EDITED : 0));
            source[i] = r.source() < 0 || r.source() >= sourceFiles.size() ? 0 : r.source() + 1;
            Integer a = actors.get(e.actor());
            if (a == null) {
                a = actorList.size();
                actors.put(e.actor(), a);
                actorList.add(e.actor());
            }
            actor[i] = a;
        }
        this.actorNames = List.copyOf(actorList);
        this.maxSpan = span;
        this.sorted = inOrder;
        // lower-casing a million texts is the expensive part: spread it over the cores
        IntStream.range(0, chunks(0, n)).parallel().forEach(c -> {
            for (int i = c * CHUNK, to = Math.min(n, i + CHUNK); i < to; i++) {
                haystack[i] = searchText(rows.get(i));
            }
        });
    }

    /// Pinned and edited as the rows' edit state says.
    public static TimelineIndex of(Timeline t) {
        return of(t, RowFlags.STATE);
    }

    public static TimelineIndex of(Timeline t, RowFlags flags) {
        return new TimelineIndex(t.rows(), t.sources().stream().map(TimelineSource::file).toList(), flags);
    }

    /// @param sourceFiles display path per source index ([Row#source()])
    public static TimelineIndex of(List<Row> rows, List<String> sourceFiles, RowFlags flags) {
        return new TimelineIndex(List.copyOf(rows), sourceFiles, flags);
    }

    public int size() {
        return rows.size();
    }

    public Row row(int i) {
        return rows.get(i);
    }

    public List<Row> rows() {
        return rows;
    }

    /// Distinct actors, in order of first appearance (the empty actor included).
    public List<String> actors() {
        return actorNames;
    }

    /// Row indices (ascending) that match the query.
    public int[] filter(TimelineQuery q) {
        return run(q, () -> false).rows();
    }

    /// Matches of one query run.
    ///
    /// @param rows       indices of the rows that match every criterion
    /// @param unfiltered indices of the rows that match every criterion but "key events only":
    ///                   what the volume chart draws
    public record Matches(int[] rows, int[] unfiltered) {
    }

    /// Runs a query. `stop` is polled between chunks and inside long regex matches; when it turns
    /// true the run ends with [QueryCancelledException].
    ///
    /// @throws java.util.regex.PatternSyntaxException for an invalid regular expression
    public Matches run(TimelineQuery q, BooleanSupplier stop) {
        int n = size();
        if (isUnrestricted(q)) { // the common "show everything" case needs no scan
            int[] all = IntStream.range(0, n).toArray();
            return new Matches(all, null);
        }
        RowMatcher m = new RowMatcher(this, q, stop);
        int lo = 0;
        int hi = n;
        if (sorted && q.to() != null) {
            hi = upperBound(nanos(q.to()));
        }
        if (sorted && q.from() != null) {
            lo = lowerBound(satSub(nanos(q.from()), maxSpan));
        }
        if (hi <= lo) {
            return new Matches(new int[0], new int[0]);
        }
        int from = lo;
        int until = hi;
        int chunks = chunks(lo, hi);
        int[][][] parts = new int[chunks][][];
        IntStream range = IntStream.range(0, chunks);
        (chunks > 1 ? range.parallel() : range).forEach(c -> {
            if (stop.getAsBoolean()) {
                throw new QueryCancelledException();
            }
            parts[c] = m.scan(from + c * CHUNK, Math.min(until, from + (c + 1) * CHUNK));
        });
        return new Matches(concat(parts, 0), q.keyOnly() ? concat(parts, 1) : null);
    }

    private static boolean isUnrestricted(TimelineQuery q) {
        return !q.keyOnly() && !q.hasText() && q.kinds().isEmpty() && q.levels().isEmpty() && q.sources().isEmpty()
                && q.actors().isEmpty() && q.pinned() == TimelineQuery.Flag.ANY && q.edited() == TimelineQuery.Flag.ANY
                && !q.hasWindow();
    }

    private static int[] concat(int[][][] parts, int which) {
        int total = 0;
        for (int[][] p : parts) {
            total += p[which].length;
        }
        int[] out = new int[total];
        int at = 0;
        for (int[][] p : parts) {
            System.arraycopy(p[which], 0, out, at, p[which].length);
            at += p[which].length;
        }
        return out;
    }

    private static int chunks(int lo, int hi) {
        return (hi - lo + CHUNK - 1) / CHUNK;
    }

    /// First index whose start is ≥ t.
    int lowerBound(long t) {
        int a = 0;
        int b = start.length;
        while (a < b) {
            int mid = (a + b) >>> 1;
            if (start[mid] < t) {
                a = mid + 1;
            } else {
                b = mid;
            }
        }
        return a;
    }

    /// First index whose start is > t.
    int upperBound(long t) {
        int a = 0;
        int b = start.length;
        while (a < b) {
            int mid = (a + b) >>> 1;
            if (start[mid] <= t) {
                a = mid + 1;
            } else {
                b = mid;
            }
        }
        return a;
    }

    static String searchText(Row r) {
        Event e = r.event();
        String s = RowLabels.oneLine(e.text()) + '\n' + e.actor() + '\n' + e.kind().label() + ' ' + e.kind().id() + '\n'
                + RowLabels.source(r);
        return s.toLowerCase(Locale.ROOT);
    }

    /// Epoch nanoseconds, saturated far outside any plausible incident (year ±2262).
    public static long nanos(Instant t) {
        if (t == null) {
            return Long.MIN_VALUE;
        }
        long s = t.getEpochSecond();
        if (s >= Long.MAX_VALUE / 1_000_000_000L) {
            return Long.MAX_VALUE;
        }
        if (s <= Long.MIN_VALUE / 1_000_000_000L) {
            return Long.MIN_VALUE + 1;
        }
        return s * 1_000_000_000L + t.getNano();
    }

    private static long satSub(long a, long b) {
        long r = a - b;
        return ((a ^ b) & (a ^ r)) < 0 ? Long.MIN_VALUE : r;
    }
}
