package dev.pmw.analysis;

import dev.pmw.ingest.LogStore;
import dev.pmw.ingest.time.Timestamps;

/// Reads a log store through its time order (which the burst clustering has computed already):
/// the time range, and the lines inside a window without scanning the whole store.
final class TimeOrder {
    private static final long NONE = Long.MAX_VALUE;

    private TimeOrder() {
    }

    /// First and last plausible time of a store (from its time order, which the burst clustering
    /// has already computed), or null when no line has one.
    static long[] range(LogStore ls) {
        int[] order = ls.timeOrder();
        long first = NONE;
        for (int k = 0; k < order.length && first == NONE; k++) {
            long t = ls.timeNanos(order[k]);
            if (t != LogStore.NO_TIME && !Timestamps.outOfRangeNanos(t)) {
                first = t;
            }
        }
        long last = Long.MIN_VALUE;
        for (int k = order.length - 1; k >= 0 && last == Long.MIN_VALUE; k--) {
            long t = ls.timeNanos(order[k]);
            if (t != LogStore.NO_TIME && !Timestamps.outOfRangeNanos(t)) {
                last = t;
            }
        }
        return first == NONE ? null : new long[] {first, last};
    }

    /// Index in `ls.timeOrder()` of the first line at or after `t` (times without offset correction).
    static int lowerBound(LogStore ls, int[] order, long t) {
        int lo = 0;
        int hi = order.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            int k = mid;
            long v = ls.timeNanos(order[k]);
            while (v == LogStore.NO_TIME && k > 0) {
                v = ls.timeNanos(order[--k]);
            }
            if (v != LogStore.NO_TIME && v < t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
