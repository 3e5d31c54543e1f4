package dev.pmw.ingest.vendor;

import dev.pmw.ingest.Diagnostics;
import dev.pmw.ingest.Encoding;
import dev.pmw.ingest.LogStore;
import dev.pmw.ingest.ParseResult;
import dev.pmw.ingest.Source;
import dev.pmw.ingest.SourceInfo;
import dev.pmw.model.Diagnostic;
import dev.pmw.model.Event;
import dev.pmw.model.EventIds;
import dev.pmw.model.MetricSeries;
import dev.pmw.model.SourceRef;
import dev.pmw.model.TimeFlag;
import dev.pmw.model.TimeInfo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/// Gathers what one parse produces (events, per-record diagnostics, the parts seen, the time-zone
/// situation) and turns it into a [ParseResult]. One per parse; not thread-safe.
public final class Collector {
    private static final Pattern NON_UTC_OFFSET = Pattern.compile(
            ".*(?:\\d:\\d\\d(?::\\d\\d(?:[.,]\\d+)?)?\\s?|\\d\\s)[+-](?!00:?00$)(?!0000$)\\d\\d(?::?\\d\\d)?$");

    private final Source source;
    private final String format;
    private final SourceRef base;
    private final Diagnostics diags;
    private final List<Event> events = new ArrayList<>();
    private final List<MetricSeries> series = new ArrayList<>();
    private final Map<String, Integer> parts = new LinkedHashMap<>();
    private String dialect = "";
    private String assumedZone;
    private boolean offsets;
    private long extraRecords;

    public Collector(Source source, String format) {
        this.source = source;
        this.format = format;
        this.base = SourceRef.of(source.path(), format);
        this.diags = new Diagnostics(source.path());
    }

    public Diagnostics diags() {
        return diags;
    }

    public String format() {
        return format;
    }

    /// The stable event id of a record of this source.
    public String id(String recordKey) {
        return EventIds.of(source.name(), recordKey);
    }

    /// Provenance of one record.
    public SourceRef ref(long line, long offset, String origin, String recordKey) {
        return new SourceRef(base.file(), format, null, origin, line, offset, recordKey);
    }

    public SourceRef base() {
        return base;
    }

    public void dialect(String d) {
        this.dialect = d == null ? "" : d;
    }

    /// Notes how a time was read, for the source's time-zone summary.
    public void saw(TimeInfo info) {
        if (info.has(TimeFlag.ZONE_ASSUMED)) {
            assumedZone = info.assumedZone();
        } else if (!offsets && NON_UTC_OFFSET.matcher(info.raw()).matches()) {
            offsets = true;
        }
    }

    public boolean zoneAssumed() {
        return assumedZone != null;
    }

    public String assumedZone() {
        return assumedZone;
    }

    public void add(Event e) {
        events.add(e);
        saw(e.timeInfo());
        if (e.source().origin() != null && !e.source().origin().isEmpty()) {
            parts.merge(e.source().origin(), 1, Integer::sum);
        }
    }

    public void add(MetricSeries s) {
        series.add(s);
        parts.merge(s.name(), s.size(), Integer::sum);
    }

    /// Counts records that are not events (metric points, log lines) into the source's record total.
    public void countRecords(long n) {
        extraRecords += n;
    }

    public List<Event> events() {
        return events;
    }

    /// A warning for one record: its line (or 0), why, and an excerpt of the record.
    public void warn(long line, String reason, Object excerpt) {
        diags.warn(line, reason, excerpt == null ? "" : excerpt.toString());
    }

    public void info(long line, String message) {
        diags.add(new Diagnostic(source.path(), line, message, "", Diagnostic.Severity.INFO));
    }

    public ParseResult result(LogStore logs) {
        String tz = assumedZone != null ? assumedZone : offsets ? "offsets in source" : "UTC";
        Encoding enc = source instanceof Source.Single s ? s.sniff().encoding() : null;
        long records = events.size() + extraRecords + (logs == null ? 0 : logs.size());
        SourceInfo info = new SourceInfo(source.path(), format, dialect, tz, assumedZone != null, enc, records, parts);
        return new ParseResult(info, events, logs, series, diags.list(), diags.dropped());
    }

    public ParseResult result() {
        return result(null);
    }
}
