package dev.pmw.timeline.query;

import dev.pmw.ingest.LogStore;
import dev.pmw.model.Attr;
import dev.pmw.timeline.Bursts;
import dev.pmw.timeline.Row;
import dev.pmw.timeline.Timeline;
import dev.pmw.timeline.TimelineSource;

import java.util.Arrays;
import java.util.List;

/// How each burst row's lines spread over its span, in [#BUCKETS] equal slices: the data of the
/// sparkline in the table and of the volume chart. One pass over each log store's lines for all
/// of its bursts at once ([Bursts#histogram] per burst would re-read the store every time).
public final class BurstShapes {
    public static final int BUCKETS = 24;
    public static final BurstShapes NONE = new BurstShapes(new int[0][]);

    private final int[][] byRow;

    private BurstShapes(int[][] byRow) {
        this.byRow = byRow;
    }

    public static BurstShapes of(Timeline t) {
        List<Row> rows = t.rows();
        int[][] out = new int[rows.size()][];
        List<TimelineSource> sources = t.sources();
        for (int s = 0; s < sources.size(); s++) {
            Bursts b = sources.get(s).bursts();
            if (b != null) {
                shape(b, s, rows, out);
            }
        }
        // a part of a split burst spreads over its own lines only (few rows: one at a time)
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            if (row.state().lines() != null && row.source() >= 0 && row.event().count() > 1) {
                out[r] = part(t, row);
            }
        }
        return new BurstShapes(out);
    }

    private static void shape(Bursts b, int source, List<Row> rows, int[][] out) {
        int clusters = b.clusters().size();
        int[] rowOf = new int[clusters];
        Arrays.fill(rowOf, -1);
        boolean any = false;
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            String c = row.original().attr(Attr.CLUSTER);
            if (row.source() == source && row.event().count() > 1 && c != null && row.state().lines() == null) {
                int ci = parse(c);
                if (ci >= 0 && ci < clusters) {
                    rowOf[ci] = r;
                    out[r] = new int[BUCKETS];
                    any = true;
                }
            }
        }
        if (!any) {
            return;
        }
        long[] first = new long[clusters];
        long[] span = new long[clusters];
        for (int c = 0; c < clusters; c++) {
            Bursts.Cluster cl = b.clusters().get(c);
            first[c] = cl.firstNanos();
            span[c] = Math.max(1, cl.lastNanos() - cl.firstNanos());
        }
        LogStore store = b.store();
        int[] clusterOf = b.clusterOfLine();
        for (int i = 0; i < store.size(); i++) {
            int c = clusterOf[i];
            int r = rowOf[c];
            if (r < 0) {
                continue;
            }
            long t = store.timeNanos(i);
            int k = t == LogStore.NO_TIME ? 0
                    : (int) Math.max(0, Math.min(BUCKETS - 1, (double) (t - first[c]) * BUCKETS / (span[c] + 1)));
            out[r][k]++;
        }
    }

    private static int[] part(Timeline t, Row row) {
        Bursts b = t.sources().get(row.source()).bursts();
        int[] lines = t.lines(row);
        if (b == null || lines.length == 0) {
            return null;
        }
        LogStore store = b.store();
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (int i : lines) {
            long n = store.timeNanos(i);
            if (n != LogStore.NO_TIME) {
                first = Math.min(first, n);
                last = Math.max(last, n);
            }
        }
        int[] h = new int[BUCKETS];
        long span = Math.max(1, last - first);
        for (int i : lines) {
            long n = store.timeNanos(i);
            int k = n == LogStore.NO_TIME || first == Long.MAX_VALUE ? 0
                    : (int) Math.max(0, Math.min(BUCKETS - 1, (double) (n - first) * BUCKETS / (span + 1)));
            h[k]++;
        }
        return h;
    }

    private static int parse(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /// Lines per slice of the row's span, or null when the row is not a burst.
    public int[] of(int row) {
        return row >= 0 && row < byRow.length ? byRow[row] : null;
    }
}
