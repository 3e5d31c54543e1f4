package dev.pmw.timeline;

import dev.pmw.ingest.LogStore;
import dev.pmw.ingest.time.Timestamps;
import dev.pmw.model.Attr;
import dev.pmw.model.Event;
import dev.pmw.model.EventKind;
import dev.pmw.model.TimeInfo;

import java.time.Duration;
import java.time.Instant;

/// Splitting a log burst at a moment: the burst's lines before it become one row, the rest
/// another. Works on the [Bursts] cluster the row stands for, restricted to the part of it the row
/// already covers (a part can be split again).
final class BurstSplit {
    private BurstSplit() {
    }

    /// The two parts, or null when the moment leaves one of them empty.
    ///
    /// @param burst  the burst row as built (times already shifted by `offset`)
    /// @param span   the lines the row covers
    /// @param at     the split moment as shown (shifted)
    /// @param offset what was added to the source's times (clock corrections)
    static Part[] split(Bursts bursts, Event burst, RowState.LineSpan span, Instant at, Duration offset, String firstId,
                        String secondId) {
        String cluster = burst.attr(Attr.CLUSTER);
        if (bursts == null || cluster == null || burst.kind() != EventKind.LOG_BURST) {
            return null;
        }
        int c = Integer.parseInt(cluster);
        if (c < 0 || c >= bursts.clusters().size()) {
            return null;
        }
        int[] all = bursts.lines(c);
        long[] eff = effectiveTimes(bursts.store(), all, bursts.clusters().get(c).firstNanos());
        int n = 0;
        int[] lines = new int[all.length];
        long[] times = new long[all.length];
        for (int k = 0; k < all.length; k++) {
            if (span.contains(eff[k])) {
                lines[n] = all[k];
                times[n++] = eff[k];
            }
        }
        long cut = Timestamps.toNanos(at.minus(offset));
        int firstOfSecond = 0;
        while (firstOfSecond < n && times[firstOfSecond] < cut) {
            firstOfSecond++;
        }
        if (firstOfSecond == 0 || firstOfSecond == n) {
            return null;
        }
        return new Part[] {
                new Part(part(bursts.store(), burst, lines, times, 0, firstOfSecond, firstId, offset),
                        new RowState.LineSpan(span.fromNanos(), cut)),
                new Part(part(bursts.store(), burst, lines, times, firstOfSecond, n, secondId, offset),
                        new RowState.LineSpan(cut, span.toNanos()))};
    }

    /// A part of a split burst and the lines it covers.
    record Part(Event event, RowState.LineSpan span) {
    }

    /// Line indices of a cluster within a span, in time order.
    static int[] lines(Bursts bursts, int cluster, RowState.LineSpan span) {
        int[] all = bursts.lines(cluster);
        if (span == null || span.equals(RowState.LineSpan.ALL)) {
            return all;
        }
        long[] eff = effectiveTimes(bursts.store(), all, bursts.clusters().get(cluster).firstNanos());
        return java.util.stream.IntStream.range(0, all.length).filter(k -> span.contains(eff[k])).map(k -> all[k])
                .toArray();
    }

    /// Lines without a readable time sit at their predecessor's time, as in [Bursts].
    private static long[] effectiveTimes(LogStore store, int[] lines, long clusterStart) {
        long[] out = new long[lines.length];
        long prev = clusterStart;
        for (int k = 0; k < lines.length; k++) {
            long t = store.timeNanos(lines[k]);
            prev = t == LogStore.NO_TIME ? prev : t;
            out[k] = prev;
        }
        return out;
    }

    private static Event part(LogStore store, Event burst, int[] lines, long[] times, int from, int to, String id,
                              Duration offset) {
        int first = lines[from];
        int count = to - from;
        Instant t = Timestamps.ofNanos(times[from]).plus(offset);
        TimeInfo info = new TimeInfo(Timestamps.ofNanos(times[from]).toString(), burst.timeInfo().assumedZone(),
                burst.timeInfo().flags());
        int status = store.httpStatus(first);
        Event.Builder b = Event.builder(id, t, store.ref(first), count == 1 ? EventKind.LOG : EventKind.LOG_BURST)
                .timeInfo(info)
                .actor(burst.actor())
                .text(count == 1 ? store.message(first) : burst.text())
                .level(burst.level())
                .count(count);
        burst.attrs().forEach(b::attr);
        b.attr(Attr.HTTP_STATUS, status > 0 ? status : null);
        if (count > 1) {
            b.endTime(Timestamps.ofNanos(times[to - 1]).plus(offset));
        }
        Event e = b.build();
        return status > 0 ? e : e.withAttr(Attr.HTTP_STATUS, null);
    }
}
