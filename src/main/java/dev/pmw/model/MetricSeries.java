package dev.pmw.model;

/// A numeric series (Datadog metric query, per-minute error share from logs …), kept as a series
/// for charts and analysis rather than as timeline rows.
///
/// @param name   metric or series name, e.g. `payment-service 5xx share`
/// @param unit   unit for display (`%`, `ms`, `req/min`), may be empty
/// @param source provenance
/// @param times  epoch milliseconds, ascending
/// @param values values; NaN for gaps
public record MetricSeries(String name, String unit, SourceRef source, long[] times, double[] values) {
    public MetricSeries {
        if (times.length != values.length) {
            throw new IllegalArgumentException("times and values differ in length");
        }
    }

    public int size() {
        return times.length;
    }
}
