package dev.pmw.ingest;

import dev.pmw.model.Diagnostic;
import dev.pmw.model.Event;
import dev.pmw.model.MetricSeries;

import java.util.List;

/// Everything read from one source. Failed sources have no events and an ERROR diagnostic.
///
/// @param info        summary for the sources panel
/// @param events      timeline events (not log lines: those are in [#logs()])
/// @param logs        columnar log lines, or null for sources without log lines
/// @param series      metric series (Datadog queries …)
/// @param diagnostics problems, capped at [Limits#MAX_DIAGNOSTICS_PER_SOURCE]
/// @param diagnosticsDropped how many more problems were found beyond the cap
public record ParseResult(SourceInfo info, List<Event> events, LogStore logs, List<MetricSeries> series,
                          List<Diagnostic> diagnostics, int diagnosticsDropped) {

    public ParseResult {
        events = List.copyOf(events);
        series = series == null ? List.of() : List.copyOf(series);
        diagnostics = List.copyOf(diagnostics);
    }

    public static ParseResult failed(String file, String format, String message) {
        return new ParseResult(new SourceInfo(file, format, "", "", false, null, 0, null), List.of(), null, List.of(),
                List.of(dev.pmw.model.Diagnostic.error(file, message)), 0);
    }

    public static ParseResult skipped(String file, String message) {
        return new ParseResult(new SourceInfo(file, "unknown", "", "", false, null, 0, null), List.of(), null, List.of(),
                List.of(dev.pmw.model.Diagnostic.info(file, message)), 0);
    }

    public boolean failed() {
        return events.isEmpty() && logs == null && series.isEmpty()
                && diagnostics.stream().anyMatch(d -> d.severity() == dev.pmw.model.Diagnostic.Severity.ERROR);
    }

    /// Records read: log lines plus events.
    public long records() {
        return info.records();
    }

    public int warnings() {
        return (int) diagnostics.stream().filter(d -> d.severity() != dev.pmw.model.Diagnostic.Severity.INFO).count()
                + diagnosticsDropped;
    }
}
