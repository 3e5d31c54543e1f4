package dev.pmw.ingest.csv;

import dev.pmw.ingest.time.Timestamps;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

/// Which column of a CSV holds the event time: a column named like a time (`time`, `timestamp`,
/// `date`, `created_at`, `@timestamp` …) whose values read as times, else the first column whose
/// values read as times.
///
/// @param index  the column, or -1 when none was found
/// @param byName whether the header named it (more trustworthy than content alone)
/// @param zone   the zone the header names (`Time (UTC)`), or null
/// @param order  how to read `a/b/yyyy` dates in it
public record TimeColumn(int index, boolean byName, ZoneId zone, FlexibleTimes.Order order) {

    /// Exact names first, most specific first.
    private static final String[] NAMES = {"timestamp", "@timestamp", "time", "datetime", "date", "created_at",
            "createdAt", "created", "created_on", "ts", "event_time", "eventtime", "occurred_at", "started_at",
            "start_time", "start", "when", "date_time", "time_utc", "logged_at", "triggered_at", "updated_at"};

    public static final TimeColumn NONE = new TimeColumn(-1, false, null, FlexibleTimes.Order.DAY_FIRST);

    public boolean found() {
        return index >= 0;
    }

    /// Picks the time column of a sniffed CSV.
    public static TimeColumn find(CsvSniff csv) {
        CsvHeader h = csv.header();
        for (String n : NAMES) {
            int i = h.find(n);
            if (i >= 0 && readable(csv.column(i), csv.delimiter()) >= 0.5) {
                return of(csv, i, true);
            }
        }
        for (int i = 0; i < h.size(); i++) {
            String k = h.key(i);
            if ((k.contains("time") || k.contains("date") || k.endsWith("at"))
                    && readable(csv.column(i), csv.delimiter()) >= 0.5) {
                return of(csv, i, true);
            }
        }
        for (int i = 0; i < h.size(); i++) {
            if (readable(csv.column(i), csv.delimiter()) >= 0.8) {
                return of(csv, i, false);
            }
        }
        return NONE;
    }

    private static TimeColumn of(CsvSniff csv, int i, boolean byName) {
        return new TimeColumn(i, byName, HeaderZone.of(csv.header().note(i)),
                FlexibleTimes.guessOrder(csv.column(i), csv.delimiter()));
    }

    /// Share of non-empty values that read as times (0 when there are none).
    static double readable(List<String> values, char delimiter) {
        FlexibleTimes.Order order = FlexibleTimes.guessOrder(values, delimiter);
        int n = 0;
        int ok = 0;
        for (String v : values) {
            if (v.isBlank()) {
                continue;
            }
            n++;
            if (FlexibleTimes.looksLikeTime(v) && FlexibleTimes.parse(v, ZoneOffset.UTC, order) != null) {
                ok++;
            }
        }
        return n == 0 ? 0 : (double) ok / n;
    }

    /// Reads one cell of this column; times without zone are read in the header's zone when it
    /// names one (then not flagged as assumed), else in `fallback` (flagged).
    public Timestamps.Parsed read(String cell, ZoneId fallback) {
        Timestamps.Parsed p = FlexibleTimes.parse(cell, zone != null ? zone : fallback, order);
        if (p != null && zone != null && p.info().assumedZone() != null) {
            return new Timestamps.Parsed(p.instant(), new dev.pmw.model.TimeInfo(p.info().raw(), null,
                    p.info().flags().stream().filter(f -> f != dev.pmw.model.TimeFlag.ZONE_ASSUMED)
                            .collect(java.util.stream.Collectors.toSet())));
        }
        return p;
    }
}
