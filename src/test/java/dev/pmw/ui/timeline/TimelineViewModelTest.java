package dev.pmw.ui.timeline;

import dev.pmw.model.EventKind;
import dev.pmw.timeline.Incident;
import dev.pmw.timeline.IncidentLoader;
import dev.pmw.timeline.Row;
import dev.pmw.ui.SampleData;
import dev.pmw.ui.shell.MainViewModel;
import dev.pmw.ui.work.ImmediateBackground;
import dev.pmw.ui.work.ManualBackground;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimelineViewModelTest {
    private final MainViewModel main = SampleData.loaded();
    private final TimelineViewModel vm = main.timeline();

    @Test
    void theKeyEventsHoldTheSevenKeyMomentsOfTheSample() {
        List<Row> rows = List.copyOf(vm.visibleRows());
        for (SampleData.Moment m : SampleData.KEY_MOMENTS) {
            assertTrue(rows.stream().anyMatch(m::matches), () -> "missing key moment " + m);
        }
        assertTrue(rows.stream().allMatch(Row::isKey));
        assertTrue(vm.countLabelProperty().get().matches("\\d+ of \\d+ rows"), vm.countLabelProperty().get());
        assertTrue(vm.hiddenSummaryProperty().get().contains(" chatter"), vm.hiddenSummaryProperty().get());
    }

    @Test
    void everySearchWordMustOccurAndARegexIsAnExpression() {
        vm.filter().searchProperty().set("pool EXHAUSTED");
        assertEquals(List.of("2026-02-16T02:17:14.104745Z"), times(vm.visibleRows()));

        vm.filter().keyOnlyProperty().set(false);
        vm.filter().regexProperty().set(true);
        vm.filter().searchProperty().set("^(found it|applying HOTFIX)\\b");
        // in all rows: Dani's messages in the Slack export and in the copied thread text
        assertEquals(4, vm.visibleRows().size(), () -> texts(vm.visibleRows()).toString());
        assertTrue(vm.visibleRows().stream().allMatch(r -> r.event().actor().equals("Dani Ortega")
                && r.event().text().matches("(Found it|Applying hotfix)\\b[\\s\\S]*")), () -> texts(vm.visibleRows()).toString());
    }

    @Test
    void anInvalidRegexKeepsTheRowsAndSaysWhy() {
        vm.filter().regexProperty().set(true);
        vm.filter().searchProperty().set("hikari");
        List<Row> before = List.copyOf(vm.visibleRows());
        vm.filter().searchProperty().set("hikari(");
        assertNotNull(vm.queryErrorProperty().get());
        assertTrue(vm.queryErrorProperty().get().startsWith("Not a valid regular expression"));
        assertEquals(before, List.copyOf(vm.visibleRows()));
        vm.filter().searchProperty().set("hikari(pool)?");
        assertNull(vm.queryErrorProperty().get());
    }

    @Test
    void kindLevelAndActorMenusNarrowTheRows() {
        vm.filter().kinds().add(EventKind.ACKNOWLEDGE);
        assertEquals(List.of("Acknowledged by Dani Ortega."), texts(vm.visibleRows()));
        vm.filter().kinds().add(EventKind.RESOLVE);
        vm.filter().actors().add("Rafa Llorente");
        assertEquals(1, vm.visibleRows().size());
        assertTrue(vm.visibleRows().getFirst().event().text().startsWith("Resolving the incident."));
        assertTrue(vm.facetsProperty().get().kinds().containsKey(EventKind.CHAT));
        assertEquals(2, vm.filter().activeCount(), "kind and actor");
    }

    @Test
    void aTimeWindowFromTheChartLimitsTheRowsAndZoomsTheChart() {
        Instant from = Instant.parse("2026-02-16T02:12:00Z");
        Instant to = Instant.parse("2026-02-16T02:15:00Z");
        assertEquals("incident window", vm.chart().rangeLabelProperty().get());
        vm.filter().setWindow(to, from); // dragged right to left
        assertEquals(from, vm.filter().windowFromProperty().get());
        assertFalse(vm.visibleRows().isEmpty());
        // a log burst that spans the window (the 503 burst 02:04–02:30) is in it
        assertTrue(vm.visibleRows().stream().allMatch(r -> !r.event().lastTime().isBefore(from) && !r.event().time().isAfter(to)),
                () -> times(vm.visibleRows()).toString());
        assertEquals("time window", vm.chart().rangeLabelProperty().get());
        assertEquals(from, vm.chart().volumeProperty().get().start());
        assertTrue(vm.chart().volumeProperty().get().peak() > 0);
        vm.filter().clear();
        assertEquals("incident window", vm.chart().rangeLabelProperty().get());
    }

    @Test
    void switchingANoiseRuleOffShowsTheRowsItHid() {
        int before = vm.visibleRows().size();
        RulesModel.RuleItem chatter = vm.rules().items().stream().filter(r -> r.id().equals("chatter")).findFirst().orElseThrow();
        assertTrue(chatter.enabled());
        assertTrue(chatter.hidden() > 20, "the sample has plenty of chatter");
        assertFalse(texts(vm.visibleRows()).contains("anyone else seeing checkout errors?"));

        vm.rules().setEnabled("chatter", false);

        assertEquals(before + chatter.hidden(), vm.visibleRows().size());
        assertFalse(vm.hiddenSummaryProperty().get().contains("chatter"), vm.hiddenSummaryProperty().get());
        assertEquals(Set.of("chatter"), main.incidentProperty().get().disabledRules());
        assertFalse(vm.rules().items().stream().filter(r -> r.id().equals("chatter")).findFirst().orElseThrow().enabled());
        vm.rules().setEnabled("chatter", true);
        assertEquals(before, vm.visibleRows().size());
    }

    @Test
    void nextAndPreviousKeyEventSkipHiddenRows() {
        vm.filter().keyOnlyProperty().set(false);
        vm.selectedProperty().set(vm.visibleRows().getFirst());
        int guard = 0;
        Row last = null;
        while (vm.nextKey() && guard++ < 1000) {
            assertTrue(vm.selectedProperty().get().isKey());
            if (last != null) {
                assertTrue(vm.visibleIndexOf(vm.selectedProperty().get()) > vm.visibleIndexOf(last));
            }
            last = vm.selectedProperty().get();
        }
        long keys = vm.visibleRows().stream().filter(Row::isKey).count();
        assertEquals(keys - (vm.visibleRows().getFirst().isKey() ? 1 : 0), guard);
        assertTrue(vm.previousKey());
        assertTrue(vm.visibleIndexOf(vm.selectedProperty().get()) < vm.visibleIndexOf(last));
    }

    @Test
    void theChartMarksKeyMomentsAndChangesAndAMarkerSelectsItsRow() {
        List<ChartModel.Marker> markers = List.copyOf(vm.chart().markers());
        assertTrue(markers.stream().anyMatch(m -> m.kind() == EventKind.ALERT_TRIGGERED));
        assertTrue(markers.stream().anyMatch(m -> m.kind() == EventKind.RESOLVE));
        ChartModel.Marker config = markers.stream().filter(m -> m.kind() == EventKind.CONFIG_CHANGE).findFirst().orElseThrow();
        assertTrue(config.change());
        vm.select(config.rowId());
        assertEquals(config.rowId(), vm.selectedProperty().get().id());
        assertTrue(vm.visibleIndexOf(vm.selectedProperty().get()) >= 0);
    }

    @Test
    void timesShowTheDateWhenTheIncidentSpansDaysInTheChosenZone() {
        assertTrue(vm.time().withDateProperty().get(), "git commits from Feb 5, Slack until Feb 17");
        Row alert = vm.visibleRows().stream().filter(SampleData.KEY_MOMENTS.getFirst()::matches).findFirst().orElseThrow();
        assertEquals("Feb 16 02:12:00", vm.time().clock(alert.event().time()));
        vm.time().zoneProperty().set(java.time.ZoneId.of("Europe/Madrid"));
        assertEquals("Feb 16 03:12:00", vm.time().clock(alert.event().time()));
        assertEquals("T+00:08:54", vm.time().relative(alert.event().time()),
                "counted from the impact start the analysis found in the logs (02:03:05)");
        assertTrue(vm.time().full(alert.event().time()).endsWith("Europe/Madrid"));
    }

    @Test
    void inTheBackgroundOnlyTheNewestFilterIsShown() {
        ManualBackground bg = new ManualBackground();
        ReadOnlyObjectWrapper<Incident> inc = new ReadOnlyObjectWrapper<>(SampleData.incident());
        TimelineViewModel big = new TimelineViewModel(inc.getReadOnlyProperty(), new ReadOnlyObjectWrapper<>(),
                bg, (s, c, a) -> { }, 0); // everything counts as big
        assertTrue(big.workingProperty().get());
        bg.runAll();
        int all = big.visibleRows().size();
        big.filter().searchProperty().set("hotfix");
        big.filter().searchProperty().set("drained");
        assertEquals(all, big.visibleRows().size(), "nothing shown before the work is done");
        bg.runNewestFirst(); // the older "hotfix" result comes last and must be dropped
        assertFalse(big.workingProperty().get());
        assertTrue(texts(big.visibleRows()).stream().allMatch(t -> t.toLowerCase().contains("drained")),
                () -> texts(big.visibleRows()).toString());
        assertFalse(big.visibleRows().isEmpty());
    }

    private static List<String> times(List<Row> rows) {
        return rows.stream().map(r -> r.event().time().toString()).toList();
    }

    private static List<String> texts(List<Row> rows) {
        return rows.stream().map(r -> r.event().text()).toList();
    }

    @SuppressWarnings("unused")
    private static MainViewModel fresh() {
        return new MainViewModel(new ImmediateBackground(), new IncidentLoader());
    }
}
