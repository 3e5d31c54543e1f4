package dev.pmw.ingest;

import java.util.List;

/// The registry of every format we read. Order breaks detection ties: more specific formats first.
public final class Parsers {
    private Parsers() {
    }

    public static List<SourceParser> all() {
        return List.of(
                // chat
                new dev.pmw.ingest.slack.SlackExportParser(),
                new dev.pmw.ingest.slack.SlackTextParser(),
                // logs
                new dev.pmw.ingest.logs.JsonLogsParser(),
                new dev.pmw.ingest.logs.TextLogsParser(),
                // alerting and changes
                new dev.pmw.ingest.datadog.DatadogEventsParser(),
                new dev.pmw.ingest.datadog.DatadogMetricsParser(),
                new dev.pmw.ingest.datadog.DatadogIncidentsParser(),
                new dev.pmw.ingest.datadog.DatadogLogsParser(),
                new dev.pmw.ingest.datadog.DatadogTimelineParser(),
                new dev.pmw.ingest.pagerduty.PagerDutyParser(),
                new dev.pmw.ingest.opsgenie.OpsgenieParser(),
                new dev.pmw.ingest.git.GitHubDeploymentsParser(),
                new dev.pmw.ingest.git.GitLogParser(),
                new dev.pmw.ingest.csv.CsvParser()
        );
    }

    public static SourceParser byFormat(String format) {
        for (SourceParser p : all()) {
            if (p.format().equals(format)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown format: " + format + " (known: "
                + all().stream().map(SourceParser::format).distinct().toList() + ")");
    }
}
