package dev.pmw.analysis;

import dev.pmw.model.MetricSeries;
import dev.pmw.timeline.Timeline;
import dev.pmw.timeline.TimelineSource;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/// A metric series (error rate, latency, pool utilisation …) that breached its baseline around the
/// incident. Series are read as "higher is worse"; the baseline is the median, and a breach is a
/// value above median + 4 × MAD (scaled) and at least 50% above the median.
///
/// @param series   series name
/// @param onset    first point of the breach run that leads into the anchor
/// @param recovery first point back under the threshold that stays there for ten minutes, or null
/// @param peak     highest value in the run
/// @param unit     unit for display
record MetricBreach(String series, Instant onset, Instant recovery, double peak, String unit) {

    private static final Duration SEARCH = Duration.ofMinutes(30);

    /// Breaches of every series of the timeline that touch the anchor (±30 min).
    static List<MetricBreach> find(Timeline timeline, Instant anchor) {
        List<MetricBreach> out = new ArrayList<>();
        if (anchor == null) {
            return out;
        }
        for (TimelineSource src : timeline.sources()) {
            long offset = src.settings().clockOffset().toMillis();
            for (MetricSeries s : src.result().series()) {
                MetricBreach b = of(s, offset, anchor);
                if (b != null) {
                    out.add(b);
                }
            }
        }
        return out;
    }

    private static MetricBreach of(MetricSeries s, long offsetMs, Instant anchor) {
        int n = s.size();
        double[] v = s.values();
        double[] finite = Arrays.stream(v).filter(Double::isFinite).toArray();
        if (finite.length < 5) {
            return null;
        }
        double median = median(finite);
        double[] dev = Arrays.stream(finite).map(x -> Math.abs(x - median)).toArray();
        double mad = 1.4826 * median(dev);
        double threshold = Math.max(median + 4 * mad, median + Math.max(Math.abs(median) * 0.5, 1e-9));
        long a = anchor.toEpochMilli() - offsetMs;
        long search = SEARCH.toMillis();
        int start = -1;
        for (int i = 0; i < n; i++) {
            if (Math.abs(s.times()[i] - a) <= search && above(v[i], threshold)
                    && (start < 0 || Math.abs(s.times()[i] - a) < Math.abs(s.times()[start] - a))) {
                start = i;
            }
        }
        if (start < 0) {
            return null;
        }
        int first = start;
        while (first > 0 && above(v[first - 1], threshold)) {
            first--;
        }
        double peak = v[start];
        int i = start;
        while (i < n && above(v[i], threshold)) {
            peak = Math.max(peak, v[i]);
            i++;
        }
        Instant recovery = null;
        if (i < n && Double.isFinite(v[i])) {
            long calmUntil = s.times()[i] + Duration.ofMinutes(Episode.STAY_CALM_MINUTES).toMillis();
            boolean stays = true;
            for (int k = i; k < n && s.times()[k] < calmUntil; k++) {
                stays &= !above(v[k], threshold);
            }
            if (stays) {
                recovery = Instant.ofEpochMilli(s.times()[i] + offsetMs);
            }
        }
        return new MetricBreach(s.name(), Instant.ofEpochMilli(s.times()[first] + offsetMs), recovery, peak, s.unit());
    }

    private static boolean above(double v, double threshold) {
        return Double.isFinite(v) && v > threshold;
    }

    private static double median(double[] v) {
        double[] c = v.clone();
        Arrays.sort(c);
        int n = c.length;
        return n % 2 == 1 ? c[n / 2] : (c[n / 2 - 1] + c[n / 2]) / 2;
    }
}
