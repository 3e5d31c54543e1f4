package dev.pmw.ui.editing;

import dev.pmw.model.EventKind;
import dev.pmw.timeline.Row;
import dev.pmw.timeline.Timeline;
import dev.pmw.timeline.edit.Field;
import dev.pmw.ui.SampleData;
import dev.pmw.ui.shell.MainViewModel;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EditingViewModelTest {
    private final MainViewModel main = SampleData.loaded();
    private final EditingViewModel vm = main.editing();

    @Test
    void fieldEditsShowAtOnceKeepTheSourceAndUndoRedoWalkTheHistory() {
        Row finding = row("Found it: HikariPool-1");
        vm.setText(finding, "Pool exhausted (10/10, 37 waiting)");
        vm.setActor(finding, "Dani O.");
        vm.setKind(finding, EventKind.NOTE);
        Row now = byId(finding.id());
        assertEquals("Pool exhausted (10/10, 37 waiting)", now.event().text());
        assertEquals("Dani O.", now.event().actor());
        assertEquals(EventKind.NOTE, now.event().kind());
        assertTrue(now.isEdited(Field.TEXT) && now.isEdited(Field.ACTOR) && now.isEdited(Field.KIND));
        assertTrue(now.original().text().startsWith("Found it"));
        assertEquals(3, vm.entries().size());
        assertTrue(vm.undoLabelProperty().get().startsWith("Undo "), vm.undoLabelProperty().get());

        vm.undo();
        vm.undo();
        assertEquals("Pool exhausted (10/10, 37 waiting)", byId(finding.id()).event().text());
        assertEquals("Dani Ortega", byId(finding.id()).event().actor());
        assertEquals(List.of(false, true, true), vm.entries().stream().map(e -> e.undone()).toList());
        vm.redo();
        assertEquals("Dani O.", byId(finding.id()).event().actor());
        vm.moveTo(0);
        assertTrue(byId(finding.id()).event().text().startsWith("Found it"));
        assertFalse(byId(finding.id()).isEdited());
        vm.moveTo(3);
        assertEquals(EventKind.NOTE, byId(finding.id()).event().kind());
    }

    @Test
    void aTimeThatCannotBeReadIsRefusedAndAnImplausibleOneCanBeAppliedAnyway() {
        Row ack = row("Acknowledged by Dani Ortega");
        vm.setTime(ack, "25:99");
        assertNotNull(vm.refusalProperty().get());
        assertFalse(vm.refusalProperty().get().forcible());
        assertTrue(vm.entries().isEmpty());

        vm.setTime(ack, "02:14:40"); // on the row's day, in the zone shown (UTC)
        assertNull(vm.refusalProperty().get());
        assertEquals(Instant.parse("2026-02-16T02:14:40Z"), byId(ack.id()).event().time());

        vm.setTime(byId(ack.id()), "2026-03-20 02:14:10");
        EditingViewModel.Refusal r = vm.refusalProperty().get();
        assertTrue(r.forcible(), r.message());
        assertTrue(r.message().contains("more than a day after"), r.message());
        assertEquals(Instant.parse("2026-02-16T02:14:40Z"), byId(ack.id()).event().time(), "not applied yet");
        r.applyAnyway().run();
        assertEquals(Instant.parse("2026-03-20T02:14:10Z"), byId(ack.id()).event().time());
        assertNull(vm.refusalProperty().get());
    }

    @Test
    void pinHidePromoteAndDemoteDecideWhetherARowIsKey() {
        Row chatter = main.incidentProperty().get().timeline().rows().stream()
                .filter(r -> "chatter".equals(r.relevance().hiddenBy())).findFirst().orElseThrow();
        vm.promote(chatter);
        assertTrue(byId(chatter.id()).isKey());
        assertTrue(byId(chatter.id()).relevance().reasons().contains("promoted by you"));
        vm.promote(byId(chatter.id())); // again: back to the rules
        assertFalse(byId(chatter.id()).isKey());
        vm.togglePin(byId(chatter.id()));
        assertTrue(byId(chatter.id()).isPinned());
        assertTrue(main.timeline().visibleRows().stream().anyMatch(r -> r.id().equals(chatter.id())), "pinned rows are key rows");
        Row alert = row("[Triggered] [payment-service] API error rate");
        vm.demote(alert);
        assertFalse(byId(alert.id()).isKey());
        vm.toggleHide(byId(chatter.id()));
        assertFalse(byId(chatter.id()).isKey(), "hiding unpins");
    }

    @Test
    void mergingKeepsTheEarliestRowAndRevertGivesTheSourceBack() {
        Row hotfix = row("Applying hotfix: bumping db pool");
        Row config = main.incidentProperty().get().timeline().rows().stream()
                .filter(r -> r.event().kind() == EventKind.CONFIG_CHANGE && r.isKey()).findFirst().orElseThrow();
        vm.merge(List.of(config, hotfix));
        assertTrue(byId(config.id()).isMerged());
        assertEquals(List.of(config.id()), byId(hotfix.id()).state().mergedFrom());
        assertTrue(byId(hotfix.id()).isKey());

        vm.merge(List.of(hotfix));
        assertTrue(vm.refusalProperty().get().message().startsWith("Select two or more rows"));

        vm.revert(byId(hotfix.id()));
        assertFalse(byId(config.id()).isMerged());
        assertFalse(byId(hotfix.id()).state().hasUserChanges());
    }

    @Test
    void addedRowsAreKeyRowsAndCanBeRemoved() {
        vm.addRow("02:35", EventKind.NOTE, "me", "Status page updated: payments recovering", null);
        Row added = main.incidentProperty().get().timeline().rows().stream().filter(Row::isManual).findFirst().orElseThrow();
        assertEquals(Instant.parse("2026-02-16T02:35:00Z"), added.event().time());
        assertTrue(added.isKey());
        assertTrue(main.timeline().visibleRows().contains(added));
        vm.addRow("02:36", EventKind.NOTE, "me", "  ", null);
        assertEquals("An added row needs a text.", vm.refusalProperty().get().message());
        vm.removeRow(added);
        assertTrue(main.incidentProperty().get().timeline().rows().stream().noneMatch(Row::isManual));
    }

    @Test
    void aBurstSplitsInTwoAtAGivenTime(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path csv = dir.resolve("log-explorer.csv");
        StringBuilder sb = new StringBuilder("Date,Host,Service,Message,Status\n");
        for (int i = 0; i < 40; i++) {
            sb.append(String.format("2026-02-16T02:%02d:%02d.000Z,pay-1,payment-service,\"request %d timed out after 30000ms\",error%n",
                    10 + (39 - i) / 6, ((39 - i) % 6) * 10, 2000 + i));
        }
        java.nio.file.Files.writeString(csv, sb.toString());
        MainViewModel main = new MainViewModel(new dev.pmw.ui.work.ImmediateBackground(), new dev.pmw.timeline.IncidentLoader());
        main.importPaths(List.of(csv));
        EditingViewModel vm = main.editing();
        Timeline t = main.incidentProperty().get().timeline();
        Row burst = t.rows().stream().filter(r -> r.event().kind() == EventKind.LOG_BURST && r.event().count() > 20
                && r.event().endTime() != null).findFirst().orElseThrow();
        Instant mid = burst.event().time().plus(java.time.Duration.between(burst.event().time(), burst.event().lastTime())
                .dividedBy(2));
        vm.split(burst, mid);
        Timeline after = main.incidentProperty().get().timeline();
        assertNull(vm.refusalProperty().get());
        List<Row> parts = after.rows().stream().filter(r -> burst.id().equals(r.state().splitFrom())).toList();
        assertEquals(2, parts.size(), () -> String.valueOf(vm.refusalProperty().get()));
        assertEquals(burst.event().count(), parts.get(0).event().count() + parts.get(1).event().count());
        vm.split(parts.getFirst(), burst.event().time().minusSeconds(3600));
        assertNotNull(vm.refusalProperty().get());
    }

    private Row row(String prefix) {
        return main.incidentProperty().get().timeline().rows().stream()
                .filter(r -> r.event().text().startsWith(prefix) && r.event().source().format().matches("slack-export|datadog-timeline|pagerduty"))
                .findFirst().orElseThrow();
    }

    private Row byId(String id) {
        return main.incidentProperty().get().timeline().byId(id);
    }
}
