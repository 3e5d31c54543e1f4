package dev.pmw.timeline;

import dev.pmw.ingest.LogGroup;
import dev.pmw.ingest.LogStore;
import dev.pmw.ingest.time.Timestamps;
import dev.pmw.model.Attr;
import dev.pmw.model.Event;
import dev.pmw.model.EventIds;
import dev.pmw.model.EventKind;
import dev.pmw.model.Level;
import dev.pmw.model.TimeFlag;
import dev.pmw.model.TimeInfo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;

/// Collapses repeated log lines into bursts: lines of the same service, level and template whose
/// gaps stay under [#gap()] form one cluster. A cluster of one line becomes a `log` row, larger ones
/// a `log_burst` row with count and span; the lines stay in the [LogStore] and expand on demand.
///
/// @param store        the log lines
/// @param clusterOfLine cluster index per line
/// @param clusters     clusters in order of their first line's time
/// @param gap          the largest gap inside a burst
public record Bursts(LogStore store, int[] clusterOfLine, List<Cluster> clusters, Duration gap) {

    public static final Duration DEFAULT_GAP = Duration.ofMinutes(5);

    /// @param group      log group (service, level, template)
    /// @param firstLine  index of the earliest line
    /// @param count      number of lines
    /// @param firstNanos time of the first line
    /// @param lastNanos  time of the last line
    public record Cluster(int group, int firstLine, int count, long firstNanos, long lastNanos) {
    }

    public static Bursts of(LogStore store) {
        return of(store, DEFAULT_GAP);
    }

    public static Bursts of(LogStore store, Duration gap) {
        int n = store.size();
        int[] order = store.timeOrder();
        int groups = store.groups().size();
        int[] open = new int[groups];
        long[] lastTime = new long[groups];
        Arrays.fill(open, -1);
        int[] clusterOf = new int[n];
        long gapNanos = gap.toNanos();
        List<long[]> drafts = new ArrayList<>(); // {group, firstLine, count, first, last}
        long prevTime = 0;
        for (int k = 0; k < n; k++) {
            int i = order[k];
            long t = store.timeNanos(i);
            if (t == LogStore.NO_TIME) {
                t = prevTime;
            }
            prevTime = t;
            int g = store.group(i);
            int c = open[g];
            if (c >= 0 && t - lastTime[g] <= gapNanos) {
                long[] d = drafts.get(c);
                d[2]++;
                d[4] = t;
            } else {
                c = drafts.size();
                drafts.add(new long[] {g, i, 1, t, t});
                open[g] = c;
            }
            lastTime[g] = t;
            clusterOf[i] = c;
        }
        List<Cluster> clusters = new ArrayList<>(drafts.size());
        for (long[] d : drafts) {
            clusters.add(new Cluster((int) d[0], (int) d[1], (int) d[2], d[3], d[4]));
        }
        return new Bursts(store, clusterOf, List.copyOf(clusters), gap);
    }

    /// One timeline row per cluster.
    public List<Event> events() {
        List<Event> out = new ArrayList<>(clusters.size());
        String name = dev.pmw.model.SourceRef.fileName(store.source().entry() != null && !store.source().entry().isEmpty()
                ? store.source().entry() : store.source().file());
        for (int c = 0; c < clusters.size(); c++) {
            out.add(event(c, name));
        }
        return out;
    }

    private Event event(int c, String name) {
        Cluster cl = clusters.get(c);
        LogGroup g = store.groups().get(cl.group());
        int first = cl.firstLine();
        Instant t = Timestamps.ofNanos(cl.firstNanos());
        boolean single = cl.count() == 1;
        String key = (single ? "l:" : "b:") + store.line(first) + ":" + store.offset(first);
        EnumSet<TimeFlag> flags = EnumSet.noneOf(TimeFlag.class);
        if (store.assumedZone() != null) {
            flags.add(TimeFlag.ZONE_ASSUMED);
        }
        if (store.timeNanos(first) == LogStore.NO_TIME) {
            flags.add(TimeFlag.UNPARSEABLE);
        } else if (Timestamps.outOfRangeNanos(cl.firstNanos())) {
            flags.add(TimeFlag.OUT_OF_RANGE);
        }
        String text = single ? store.message(first) : g.example();
        // a lone line (or the same line from a few pods) may record a change: a job run, a
        // config reload, a deploy; classified so that trigger analysis sees it as one
        LogClassifier.Change change = cl.count() <= LogClassifier.MAX_BURST
                ? LogClassifier.classify(text, g.service(), g.level()) : null;
        EventKind kind = change != null ? change.kind() : single ? EventKind.LOG : EventKind.LOG_BURST;
        Event.Builder b = Event.builder(EventIds.of(name, key), t, store.ref(first), kind)
                .timeInfo(new TimeInfo(t.toString(), store.assumedZone(), flags))
                .actor(g.service())
                .text(text)
                .level(g.level())
                .count(cl.count())
                .attr(Attr.SERVICE, g.service().isEmpty() ? null : g.service())
                .attr(Attr.TEMPLATE, g.template())
                .attr(Attr.GROUP, g.id())
                .attr(Attr.CLUSTER, c);
        if (change != null) {
            change.attrs().forEach(b::attr);
        }
        int status = store.httpStatus(first);
        if (status > 0) {
            b.attr(Attr.HTTP_STATUS, status);
        }
        if (!single) {
            b.endTime(Timestamps.ofNanos(cl.lastNanos()));
        }
        return b.build();
    }

    /// Line indices of a cluster, in time order (for "expand burst").
    public int[] lines(int cluster) {
        int count = clusters.get(cluster).count();
        int[] out = new int[count];
        int k = 0;
        for (int i : store.timeOrder()) {
            if (clusterOfLine[i] == cluster) {
                out[k++] = i;
                if (k == count) {
                    break;
                }
            }
        }
        return out;
    }

    /// Occurrences of a cluster in `buckets` equal time slices of its span (for sparklines).
    public int[] histogram(int cluster, int buckets) {
        Cluster cl = clusters.get(cluster);
        int[] h = new int[buckets];
        long span = Math.max(1, cl.lastNanos() - cl.firstNanos());
        for (int i : lines(cluster)) {
            long t = store.timeNanos(i);
            int b = t == LogStore.NO_TIME ? 0 : (int) Math.min(buckets - 1, (t - cl.firstNanos()) * buckets / (span + 1));
            h[Math.max(0, b)]++;
        }
        return h;
    }

    public static boolean isError(Level l) {
        return l.atLeast(Level.ERROR);
    }
}
