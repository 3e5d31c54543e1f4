package dev.pmw.ingest.vendor;

import dev.pmw.ingest.Discovered;
import dev.pmw.ingest.Importer;
import dev.pmw.ingest.ParseOptions;
import dev.pmw.ingest.ParseResult;
import dev.pmw.work.Work;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/// A folder dropped on the app with one file of every alerting and change format, under names that
/// give nothing away: each is detected from its content alone and parses.
class MixedFolderImportTest {

    private static final Map<String, String> FILES = Map.ofEntries(
            Map.entry("realworld/datadog/v2_events_list_page1.json", "datadog-events"),
            Map.entry("realworld/datadog/v2_logs_events_list_page1.json", "datadog-logs"),
            Map.entry("fixtures/datadog/log-explorer-export.csv", "datadog-logs"),
            Map.entry("realworld/datadog/v1_metrics_query_timeseries_points.json", "datadog-metrics"),
            Map.entry("realworld/datadog/v2_incidents_list.json", "datadog-incidents"),
            Map.entry("fixtures/datadog/alert-timeline-nozone.md", "datadog-timeline"),
            Map.entry("fixtures/datadog/alert-timeline.csv", "datadog-timeline"),
            Map.entry("fixtures/pagerduty/incident-2318-log-entries.json", "pagerduty"),
            Map.entry("fixtures/pagerduty/incidents-analytics.csv", "pagerduty"),
            Map.entry("fixtures/opsgenie/alert-logs.json", "opsgenie"),
            Map.entry("realworld/git-log/sev_fuller_iso-strict.txt", "git-log"),
            Map.entry("realworld/git-log/sev_tab_custom_date.txt", "git-log"),
            Map.entry("fixtures/github/deployments.json", "github-deployments"),
            Map.entry("fixtures/csv/change-calendar.csv", "csv"));

    @Test
    void everyFileIsDetectedByContentAndParses(@TempDir Path dir) throws IOException {
        Map<String, String> expected = new TreeMap<>();
        int i = 0;
        for (Map.Entry<String, String> f : FILES.entrySet()) {
            String name = String.format("export-%02d%s", i++, f.getKey().endsWith(".md") ? ".md" : ".dat");
            Files.copy(Fixtures.resource(f.getKey()), dir.resolve(name));
            expected.put(name, f.getValue());
        }
        Importer importer = new Importer();
        List<Discovered> found = importer.discover(List.of(dir), Work.NONE);
        Map<String, String> detected = found.stream().collect(Collectors.toMap(
                d -> dir.relativize(Path.of(d.path())).toString(), Discovered::format, (a, b) -> a, TreeMap::new));
        assertEquals(expected, detected);

        List<ParseResult> results = importer.parseAll(found, d -> ParseOptions.zone(Fixtures.MADRID), Work.NONE);
        for (ParseResult r : results) {
            assertFalse(r.failed(), r.info().file() + ": " + r.diagnostics());
            assertTrue(r.records() > 0, r.info().file() + " read nothing");
        }
    }
}
