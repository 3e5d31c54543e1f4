package dev.pmw.timeline.query;

import dev.pmw.model.Level;

import java.time.Instant;
import java.util.List;

/// Records per time slice, stacked by source, and error-level records per slice: what the chart
/// above the table draws. Bursts count every line, spread by their [BurstShapes] (each slice of a
/// shape evenly over the chart slices it covers, so a coarse shape does not draw as spikes).
///
/// @param from    start of the first slice (epoch ns)
/// @param to      end of the last slice (epoch ns)
/// @param counts  records per source slot (0 = manual rows, i + 1 = source i) and slice
/// @param errors  records at ERROR or above per slice
/// @param before  rows that end before `from`
/// @param after   rows that start after `to`
/// @param peak    highest stacked total of any slice
public record VolumeHistogram(long from, long to, double[][] counts, double[] errors, int before, int after, double peak) {

    public int buckets() {
        return errors.length;
    }

    public Instant start() {
        return Instant.ofEpochSecond(Math.floorDiv(from, 1_000_000_000L), Math.floorMod(from, 1_000_000_000L));
    }

    public Instant end() {
        return Instant.ofEpochSecond(Math.floorDiv(to, 1_000_000_000L), Math.floorMod(to, 1_000_000_000L));
    }

    /// Display names of the source slots ([TimelineQuery#MANUAL] first).
    public static List<String> slotNames(TimelineIndex ix) {
        return ix.sourceNames;
    }

    /// @param rows    indices of the rows to count (ascending)
    /// @param buckets number of slices (≥ 1)
    public static VolumeHistogram of(TimelineIndex ix, int[] rows, BurstShapes shapes, Instant start, Instant end,
                                     int buckets) {
        long from = TimelineIndex.nanos(start);
        long to = Math.max(from + 1, TimelineIndex.nanos(end));
        int slots = ix.sourceNames.size();
        double[][] counts = new double[slots][buckets];
        double[] errors = new double[buckets];
        int errorLevel = Level.ERROR.ordinal();
        double width = (double) (to - from) / buckets;
        int before = 0;
        int after = 0;
        for (int r : rows) {
            long s = ix.start[r];
            long e = ix.end[r];
            if (e < from) {
                before++;
                continue;
            }
            if (s > to) {
                after++;
                continue;
            }
            double[] series = counts[ix.source[r]];
            boolean error = ix.level[r] >= errorLevel;
            int[] shape = shapes.of(r);
            int n = ix.rows.get(r).event().count();
            if (shape == null && e > s) { // a burst without its lines at hand: evenly over its span
                spread(n, s, e, from, width, buckets, series, error ? errors : null);
                continue;
            }
            if (shape == null) {
                int k = slice(s, from, to, width, buckets);
                if (k >= 0) {
                    series[k] += n;
                    if (error) {
                        errors[k] += n;
                    }
                }
                continue;
            }
            double step = (double) (e - s) / shape.length;
            for (int j = 0; j < shape.length; j++) {
                if (shape[j] != 0) {
                    spread(shape[j], s + j * step, s + (j + 1) * step, from, width, buckets, series, error ? errors : null);
                }
            }
        }
        double peak = 0;
        for (int k = 0; k < buckets; k++) {
            double sum = 0;
            for (double[] c : counts) {
                sum += c[k];
            }
            peak = Math.max(peak, sum);
        }
        return new VolumeHistogram(from, to, counts, errors, before, after, peak);
    }

    /// Adds `n` records spread evenly over `[a, b)` to the slices it overlaps.
    private static void spread(double n, double a, double b, long from, double width, int buckets, double[] series,
                               double[] errors) {
        double lo = (a - from) / width;
        double hi = (b - from) / width;
        if (hi <= lo) {
            hi = lo + 1e-9;
        }
        int k0 = (int) Math.max(0, Math.floor(lo));
        int k1 = (int) Math.min(buckets - 1, Math.floor(hi));
        for (int k = k0; k <= k1; k++) {
            double overlap = Math.min(hi, k + 1) - Math.max(lo, k);
            if (overlap > 0) {
                double add = n * overlap / (hi - lo);
                series[k] += add;
                if (errors != null) {
                    errors[k] += add;
                }
            }
        }
    }

    private static int slice(long t, long from, long to, double width, int buckets) {
        if (t < from || t > to) {
            return -1;
        }
        return (int) Math.min(buckets - 1, (t - from) / width);
    }
}
