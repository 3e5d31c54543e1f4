package dev.pmw.ui.sources;

import dev.pmw.model.TimeFlag;
import dev.pmw.timeline.Row;
import dev.pmw.timeline.Timeline;
import dev.pmw.ui.SampleData;
import dev.pmw.ui.shell.MainViewModel;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SourcesViewModelTest {
    private final MainViewModel main = SampleData.loaded();
    private final SourcesViewModel vm = main.sources();

    @Test
    void changingTheZoneReadsTheSourceAgainInThatZone() {
        // "3:17 AM" in the copied thread is Dani's finding, 02:17 UTC (Madrid is UTC+1 in February)
        vm.setZone(item("incident-slack-thread.txt"), ZoneId.of("UTC"));
        SourceItem utc = item("incident-slack-thread.txt");
        assertEquals("UTC", utc.info().timezone());
        assertFalse(utc.info().zoneAssumed(), "the user chose it");
        assertEquals("", utc.correctionLabel(), "a chosen zone is not second-guessed");
        assertEquals(Instant.parse("2026-02-16T03:17:00Z"), findingInThreadText().event().time());

        vm.setZone(utc, ZoneId.of("Europe/Madrid"));

        SourceItem madrid = item("incident-slack-thread.txt");
        assertEquals("Europe/Madrid", madrid.info().timezone());
        assertEquals(ZoneId.of("Europe/Madrid"), madrid.zone());
        Row finding = findingInThreadText();
        assertEquals(Instant.parse("2026-02-16T02:17:00Z"), finding.event().time());
        assertEquals("3:17 AM", finding.event().timeInfo().raw());
        assertFalse(finding.event().timeInfo().has(TimeFlag.CORRECTED));
        assertTrue(main.statusProperty().get().contains("hidden"), main.statusProperty().get());
    }

    @Test
    void aZoneAssumedSourceShowsTheCorrectionFoundByMatchingAnotherSource() {
        SourceItem text = item("incident-slack-thread.txt");
        if (ZoneId.systemDefault().getRules().getOffset(Instant.parse("2026-02-16T02:00:00Z")).getTotalSeconds() == 3600) {
            return; // read in Madrid time already: nothing to correct on this machine
        }
        assertTrue(text.info().zoneAssumed());
        assertTrue(text.correctionLabel().startsWith("times shifted "), text.correctionLabel());
        assertTrue(text.correctionLabel().contains("to match incident-slack-export"), text.correctionLabel());
    }

    @Test
    void channelsDefaultToTheOnesActiveInTheIncidentWindowAndCanBeChosen() {
        SourceItem export = item("incident-slack-export");
        assertEquals(List.of("deploys", "general", "inc-2026-02-16-payments"), export.channels());
        assertEquals(Set.of("deploys", "inc-2026-02-16-payments"), export.includedChannels());
        assertNull(export.chosenChannels());

        vm.setChannels(export, Set.of("general", "inc-2026-02-16-payments"));

        assertEquals(Set.of("general", "inc-2026-02-16-payments"), item("incident-slack-export").includedChannels());
        List<Row> fromExport = rowsOf("incident-slack-export");
        assertTrue(fromExport.stream().anyMatch(r -> "general".equals(r.event().attr("channel"))));
        assertTrue(fromExport.stream().noneMatch(r -> "deploys".equals(r.event().attr("channel"))));
        vm.setChannels(item("incident-slack-export"), null);
        assertEquals(Set.of("deploys", "inc-2026-02-16-payments"), item("incident-slack-export").includedChannels());
    }

    @Test
    void aClockOffsetShiftsEveryTimeOfTheSource() {
        Instant before = rowsOf("git-log.txt").getFirst().event().time();
        vm.setClockOffset(item("git-log.txt"), OffsetText.parse("+5m"));
        Row first = rowsOf("git-log.txt").getFirst();
        assertEquals(before.plus(Duration.ofMinutes(5)), first.event().time());
        assertTrue(first.event().timeInfo().has(TimeFlag.CORRECTED));
        assertTrue(item("git-log.txt").detailLabel().endsWith("clock +0:05"), item("git-log.txt").detailLabel());
    }

    @Test
    void removingASourceTakesItsRowsOut() {
        int sources = vm.items().size();
        vm.remove(item("pagerduty-log-entries.json"));
        assertEquals(sources - 1, vm.items().size());
        assertTrue(rowsOf("pagerduty-log-entries.json").isEmpty());
    }

    @Test
    void forcingAFormatReadsTheSourceAgainAsThatFormat() {
        vm.forceFormat(item("datadog-timeline.md"), "csv");
        SourceItem forced = item("datadog-timeline.md");
        assertEquals("csv", forced.formatOverride());
        assertTrue(forced.formatLabel().endsWith("(forced)"));
        assertEquals("csv", forced.info().format());
        vm.forceFormat(forced, null);
        assertEquals("datadog-timeline", item("datadog-timeline.md").info().format());
    }

    private Row findingInThreadText() {
        return rowsOf("incident-slack-thread.txt").stream().filter(r -> r.event().text().startsWith("Found it"))
                .findFirst().orElseThrow();
    }

    private List<Row> rowsOf(String name) {
        Timeline t = main.incidentProperty().get().timeline();
        return t.rows().stream().filter(r -> r.event().source().file().endsWith(name)).toList();
    }

    private SourceItem item(String name) {
        return vm.items().stream().filter(i -> i.name().equals(name)).findFirst().orElseThrow();
    }
}
