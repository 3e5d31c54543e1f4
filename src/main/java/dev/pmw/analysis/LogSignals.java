package dev.pmw.analysis;

import dev.pmw.ingest.LogGroup;
import dev.pmw.ingest.LogStore;
import dev.pmw.ingest.time.Timestamps;
import dev.pmw.model.Level;
import dev.pmw.timeline.Timeline;
import dev.pmw.timeline.TimelineSource;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/// Per-minute failure counts over all log stores of a timeline, and the log groups that belong to
/// the incident. Lines are referred to by a `ref`: source index in the high 32 bits, line index in
/// the low ones.
///
/// "Failed" means an HTTP 5xx request line when the logs carry request lines ("request mode"),
/// else an ERROR or FATAL line. A group (service, level, template) is *incident-related* when it is
/// WARN or worse, has a few lines, and its lines cluster around the incident instead of being
/// spread over the whole log (the pool-exhaustion WARNs, not the daily deprecation warning).
///
/// Built in two passes over the columnar stores without per-line objects, and independent of the
/// timeline's rows: the [Analyzer] keeps the last one and reuses it while the stores, clock
/// corrections and incident window stay the same (an edit to a chat row does not recount a
/// million log lines).
final class LogSignals {
    static final long MINUTE = 60_000_000_000L;
    /// The grid never covers more than this; longer logs are cut around the incident.
    private static final long MAX_SPAN = Duration.ofDays(14).toNanos();
    /// Request lines needed before failures are counted as 5xx shares rather than ERROR lines.
    private static final int MIN_REQUESTS = 50;
    /// A group needs this many lines to be part of the incident's signal (one odd line is not a trend).
    private static final int MIN_GROUP_LINES = 3;
    /// ... and at least this many lines per minute over its span (a daily deprecation warning is not).
    private static final double MIN_GROUP_RATE = 0.5;
    /// A "recovered" minute has a failure share below this (5xx share < 1%).
    static final double CALM_SHARE = 0.01;
    private static final long NONE = Long.MAX_VALUE;

    /// One log store of the timeline: its source index, the store (compared by identity) and the
    /// source's clock correction.
    record Store(int source, LogStore store, long offsetNanos) {
    }

    /// Everything the signals depend on.
    record Key(List<Store> stores, Instant anchor, Instant windowStart, Instant windowEnd) {
    }

    final Key key;
    final List<Store> stores;
    final long gridStart;
    final int minutes;
    final boolean requestMode;
    final int[] total;
    final int[] failed;
    final int[] related;
    final long[] firstFailed;
    final long[] firstFailedRef;
    final long[] lastFailed;
    final long[] lastFailedRef;
    final long[] firstRelated;
    final long[] firstRelatedRef;
    final double baselineShare;
    /// Minutes (grid indices) of the first and last line with a time.
    final int firstDataMinute;
    final int lastDataMinute;
    private final boolean[][] relatedGroups;

    private LogSignals(Key key, List<Store> stores, long gridStart, int minutes, boolean requestMode,
                       int[] total, int[] failed, long[][] failedMarks, boolean[][] relatedGroups, int firstDataMinute,
                       int lastDataMinute, Instant windowStart, Instant windowEnd) {
        this.key = key;
        this.stores = stores;
        this.gridStart = gridStart;
        this.minutes = minutes;
        this.requestMode = requestMode;
        this.total = total;
        this.failed = failed;
        this.firstFailed = failedMarks[0];
        this.firstFailedRef = failedMarks[1];
        this.lastFailed = failedMarks[2];
        this.lastFailedRef = failedMarks[3];
        this.relatedGroups = relatedGroups;
        this.firstDataMinute = firstDataMinute;
        this.lastDataMinute = lastDataMinute;
        this.related = new int[minutes];
        this.firstRelated = filled(minutes, NONE);
        this.firstRelatedRef = filled(minutes, -1);
        countRelated();
        this.baselineShare = baseline(windowStart, windowEnd);
    }

    boolean isEmpty() {
        return minutes == 0;
    }

    /// The key for a timeline: its log stores and the incident window.
    ///
    /// @param anchor the first alert or page, around which incident-related groups are looked for;
    ///               null to use the timeline's estimated incident window
    static Key key(Timeline timeline, Instant anchor) {
        List<Store> stores = new ArrayList<>();
        for (int s = 0; s < timeline.sources().size(); s++) {
            TimelineSource src = timeline.sources().get(s);
            LogStore store = src.result().logs();
            if (store != null && store.size() > 0 && src.bursts() != null) {
                stores.add(new Store(s, store, src.settings().clockOffset().toNanos()));
            }
        }
        return new Key(List.copyOf(stores), anchor, timeline.context().windowStart(), timeline.context().windowEnd());
    }

    static LogSignals of(Key key) {
        List<Store> stores = key.stores();
        Instant ws = key.windowStart();
        Instant we = key.windowEnd();
        Instant anchor = key.anchor();
        long min = NONE;
        long max = Long.MIN_VALUE;
        for (Store st : stores) {
            long[] range = TimeOrder.range(st.store());
            if (range != null) {
                min = Math.min(min, range[0] + st.offsetNanos());
                max = Math.max(max, range[1] + st.offsetNanos());
            }
        }
        if (min == NONE) {
            return new LogSignals(key, List.of(), 0, 0, false, new int[0], new int[0],
                    new long[4][0], new boolean[0][], 0, -1, ws, we);
        }
        if (max - min > MAX_SPAN) {
            long centre = anchor != null ? Timestamps.toNanos(anchor) : ws != null ? Timestamps.toNanos(ws) : max;
            min = Math.max(min, centre - MAX_SPAN / 2);
            max = Math.min(max, centre + MAX_SPAN / 2);
        }
        long gridStart = Math.floorDiv(min, MINUTE) * MINUTE;
        int minutes = (int) ((max - gridStart) / MINUTE) + 1;
        return build(key, stores, gridStart, minutes, min, max, anchor, ws, we);
    }

    private static LogSignals build(Key key, List<Store> stores, long gridStart, int minutes, long min,
                                    long max, Instant anchor, Instant ws, Instant we) {
        int[] reqTotal = new int[minutes];
        int[] req5xx = new int[minutes];
        int[] lineTotal = new int[minutes];
        int[] lineErr = new int[minutes];
        long[][] reqMarks = {filled(minutes, NONE), filled(minutes, -1), filled(minutes, Long.MIN_VALUE), filled(minutes, -1)};
        long[][] errMarks = {filled(minutes, NONE), filled(minutes, -1), filled(minutes, Long.MIN_VALUE), filled(minutes, -1)};
        long gridEnd = gridStart + (long) minutes * MINUTE;
        boolean[][] relatedGroups = new boolean[stores.size()][];
        int firstData = Integer.MAX_VALUE;
        int lastData = -1;
        long focusFrom;
        long focusTo;
        if (anchor != null) {
            focusFrom = Timestamps.toNanos(anchor) - Duration.ofMinutes(60).toNanos();
            focusTo = Timestamps.toNanos(anchor) + Duration.ofMinutes(60).toNanos();
        } else if (ws != null) {
            focusFrom = Timestamps.toNanos(ws);
            focusTo = Timestamps.toNanos(we);
        } else {
            focusFrom = Long.MIN_VALUE;
            focusTo = Long.MAX_VALUE;
        }
        for (int s = 0; s < stores.size(); s++) {
            Store st = stores.get(s);
            LogStore ls = st.store();
            int groups = ls.groups().size();
            int[] gCount = new int[groups];
            long[] gFirst = filled(groups, NONE);
            long[] gLast = filled(groups, Long.MIN_VALUE);
            long ref0 = (long) st.source() << 32;
            for (int i = 0, n = ls.size(); i < n; i++) {
                long t = ls.timeNanos(i);
                if (t == LogStore.NO_TIME) {
                    continue;
                }
                t += st.offsetNanos();
                if (t < gridStart || t >= gridEnd) {
                    continue;
                }
                int m = (int) ((t - gridStart) / MINUTE);
                firstData = Math.min(firstData, m);
                lastData = Math.max(lastData, m);
                int status = ls.httpStatus(i);
                if (status > 0) {
                    reqTotal[m]++;
                    if (status >= 500) {
                        req5xx[m]++;
                        mark(reqMarks, m, t, ref0 | i);
                    }
                }
                lineTotal[m]++;
                if (ls.level(i).atLeast(Level.ERROR)) {
                    lineErr[m]++;
                    mark(errMarks, m, t, ref0 | i);
                }
                int g = ls.group(i);
                gCount[g]++;
                gFirst[g] = Math.min(gFirst[g], t);
                gLast[g] = Math.max(gLast[g], t);
            }
            relatedGroups[s] = relatedGroups(ls.groups(), gCount, gFirst, gLast, max - min, focusFrom, focusTo);
        }
        long requests = Arrays.stream(reqTotal).asLongStream().sum();
        boolean requestMode = requests >= MIN_REQUESTS;
        return new LogSignals(key, stores, gridStart, minutes, requestMode, requestMode ? reqTotal : lineTotal,
                requestMode ? req5xx : lineErr, requestMode ? reqMarks : errMarks, relatedGroups,
                firstData == Integer.MAX_VALUE ? 0 : firstData, lastData, ws, we);
    }

    /// Groups whose lines cluster around the incident: WARN or worse, at least a few lines at half a
    /// line a minute or more, touching the focus window, and (when the log covers more than two
    /// hours) spanning at most half of it.
    private static boolean[] relatedGroups(List<LogGroup> groups, int[] count, long[] first, long[] last, long dataSpan,
                                           long focusFrom, long focusTo) {
        boolean[] out = new boolean[groups.size()];
        boolean judgeSpan = dataSpan > Duration.ofHours(2).toNanos();
        for (int g = 0; g < out.length; g++) {
            if (count[g] < MIN_GROUP_LINES || !groups.get(g).level().atLeast(Level.WARN)) {
                continue;
            }
            long span = last[g] - first[g];
            boolean dense = count[g] - 1 >= MIN_GROUP_RATE * span / (double) MINUTE;
            boolean touches = first[g] <= focusTo && last[g] >= focusFrom;
            boolean clustered = !judgeSpan || span <= dataSpan / 2;
            out[g] = dense && touches && clustered;
        }
        return out;
    }

    private void countRelated() {
        long gridEnd = gridStart + (long) minutes * MINUTE;
        for (int s = 0; s < stores.size(); s++) {
            boolean[] rel = relatedGroups[s];
            boolean any = false;
            for (boolean b : rel) {
                any |= b;
            }
            if (!any) {
                continue;
            }
            Store st = stores.get(s);
            LogStore ls = st.store();
            long ref0 = (long) st.source() << 32;
            for (int i = 0, n = ls.size(); i < n; i++) {
                long t = ls.timeNanos(i);
                if (t == LogStore.NO_TIME || !rel[ls.group(i)]) {
                    continue;
                }
                t += st.offsetNanos();
                if (t < gridStart || t >= gridEnd) {
                    continue;
                }
                int m = (int) ((t - gridStart) / MINUTE);
                related[m]++;
                if (t < firstRelated[m]) {
                    firstRelated[m] = t;
                    firstRelatedRef[m] = ref0 | i;
                }
            }
        }
    }

    /// Median failure share of the minutes with traffic, outside the incident window when enough
    /// such minutes exist (a long log), else over the whole log.
    private double baseline(Instant ws, Instant we) {
        double[] outside = new double[minutes];
        double[] all = new double[minutes];
        int no = 0;
        int na = 0;
        for (int m = 0; m < minutes; m++) {
            if (total[m] == 0) {
                continue;
            }
            double share = failed[m] / (double) total[m];
            all[na++] = share;
            Instant t = minuteStart(m);
            if (ws != null && (t.isBefore(ws.minus(Duration.ofMinutes(1))) || t.isAfter(we))) {
                outside[no++] = share;
            }
        }
        return no >= 10 ? median(outside, no) : na > 0 ? median(all, na) : 0;
    }

    private static double median(double[] v, int n) {
        double[] c = Arrays.copyOf(v, n);
        Arrays.sort(c);
        return n % 2 == 1 ? c[n / 2] : (c[n / 2 - 1] + c[n / 2]) / 2;
    }

    /// More failures than the baseline share explains: above the expected count by two standard
    /// deviations (Poisson) plus a half, so one failure after a clean baseline counts, and a
    /// normal 0.5% background does not.
    boolean elevated(int m) {
        if (m < 0 || m >= minutes || failed[m] == 0) {
            return false;
        }
        double expected = baselineShare * total[m];
        return failed[m] > expected + 2 * Math.sqrt(expected) + 0.5;
    }

    /// The minute shows the incident: elevated failures or lines of incident-related groups.
    boolean active(int m) {
        return m >= 0 && m < minutes && (elevated(m) || related[m] > 0);
    }

    /// Back to baseline: failure share below 1% or no more failures than the baseline explains.
    boolean calm(int m) {
        if (failed[m] == 0) {
            return true;
        }
        return !elevated(m) || total[m] > 0 && failed[m] / (double) total[m] < CALM_SHARE;
    }

    double share(int m) {
        return total[m] == 0 ? 0 : failed[m] / (double) total[m];
    }

    int minuteOf(Instant t) {
        return (int) Math.floorDiv(Timestamps.toNanos(t) - gridStart, MINUTE);
    }

    Instant minuteStart(int m) {
        return Timestamps.ofNanos(gridStart + m * MINUTE);
    }

    /// Whether the store behind a line ref counts failures as HTTP 5xx.
    String failureNoun() {
        return requestMode ? "5xx" : "error";
    }

    /// The log store and line of a ref.
    Store store(long ref) {
        int src = (int) (ref >>> 32);
        for (Store s : stores) {
            if (s.source() == src) {
                return s;
            }
        }
        throw new IllegalArgumentException("no log store for source " + src);
    }

    static int line(long ref) {
        return (int) ref;
    }

    /// Time of a line with its source's clock correction.
    Instant time(long ref) {
        Store s = store(ref);
        return Timestamps.ofNanos(s.store().timeNanos(line(ref)) + s.offsetNanos());
    }

    LogGroup group(long ref) {
        return store(ref).store().groupOf(line(ref));
    }

    /// Whether the line's group is incident-related.
    boolean isRelated(int storeIndex, int group) {
        return relatedGroups[storeIndex][group];
    }

    private static void mark(long[][] marks, int m, long t, long ref) {
        if (t < marks[0][m]) {
            marks[0][m] = t;
            marks[1][m] = ref;
        }
        if (t >= marks[2][m]) {
            marks[2][m] = t;
            marks[3][m] = ref;
        }
    }

    private static long[] filled(int n, long v) {
        long[] a = new long[n];
        Arrays.fill(a, v);
        return a;
    }
}
