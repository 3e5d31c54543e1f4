package dev.pmw.ui.project;

import dev.pmw.project.Autosave;
import dev.pmw.project.ProjectStore;
import dev.pmw.project.RecentProjects;
import dev.pmw.project.Recovery;
import dev.pmw.timeline.IncidentLoader;
import dev.pmw.timeline.Row;
import dev.pmw.ui.SampleData;
import dev.pmw.ui.shell.MainViewModel;
import dev.pmw.ui.work.ImmediateBackground;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProjectViewModelTest {
    @TempDir
    Path dir;

    private ProjectViewModel.Services services() {
        ProjectStore store = new ProjectStore();
        Recovery recovery = new Recovery(dir.resolve("config/recovery"));
        return new ProjectViewModel.Services(store, new RecentProjects(dir.resolve("config/recent.json")), recovery,
                new Autosave(store, recovery, Duration.ofHours(1)));
    }

    private MainViewModel window() {
        return new MainViewModel(new ImmediateBackground(), new IncidentLoader(), services());
    }

    @Test
    void savingNamesTheWindowAndReopeningBringsTheEditsBackUndoable() throws Exception {
        MainViewModel a = window();
        assertEquals("Untitled — Postmortem Workbench", a.project().titleProperty().get());
        a.importPaths(List.of(SampleData.FOLDER));
        assertTrue(a.project().dirtyProperty().get(), "read sources are work to save");
        assertEquals("● Untitled — Postmortem Workbench", a.project().titleProperty().get());
        Row finding = a.incidentProperty().get().timeline().rows().stream()
                .filter(r -> r.event().text().startsWith("Found it")).findFirst().orElseThrow();
        a.editing().setText(finding, "Pool exhausted");
        a.timeline().time().zoneProperty().set(ZoneId.of("Europe/Madrid"));

        boolean[] done = {false};
        assertFalse(a.project().save(() -> done[0] = true), "no file yet: ask where");
        a.project().saveAs(dir.resolve("payment-outage"), () -> done[0] = true);

        Path file = dir.resolve("payment-outage.pmw");
        assertTrue(done[0]);
        assertTrue(Files.isRegularFile(file));
        assertEquals(file, a.project().fileProperty().get());
        assertFalse(a.project().dirtyProperty().get());
        assertEquals("payment-outage.pmw — Postmortem Workbench", a.project().titleProperty().get());
        assertEquals(List.of(file.toAbsolutePath().normalize()), List.copyOf(a.project().recentFiles()));

        a.editing().undo();
        assertTrue(a.project().dirtyProperty().get());
        a.editing().redo();
        assertFalse(a.project().dirtyProperty().get(), "back at the saved state");

        MainViewModel b = window();
        b.project().open(file);
        assertEquals(file, b.project().fileProperty().get());
        assertFalse(b.project().dirtyProperty().get());
        assertEquals("Pool exhausted", b.incidentProperty().get().timeline().byId(finding.id()).event().text());
        assertEquals(ZoneId.of("Europe/Madrid"), b.timeline().time().zoneProperty().get());
        assertEquals(1, b.editing().entries().size());
        b.editing().undo();
        assertTrue(b.incidentProperty().get().timeline().byId(finding.id()).event().text().startsWith("Found it"));
        assertTrue(b.project().titleProperty().get().startsWith("● payment-outage.pmw"));
    }

    @Test
    void unsavedWorkIsAutosavedAndOfferedBackAtTheNextStart() throws Exception {
        MainViewModel a = window();
        a.importPaths(List.of(SampleData.FOLDER));
        Row alert = a.incidentProperty().get().timeline().rows().stream()
                .filter(r -> r.event().text().startsWith("[Triggered] [payment-service] API error rate")).findFirst().orElseThrow();
        a.editing().togglePin(alert);
        a.project().flushAutosave(); // what the timer does every few seconds
        assertTrue(a.project().autosave().recoveryFile() != null && Files.exists(a.project().autosave().recoveryFile()));

        // the first window is gone without saving (killed): its process no longer runs
        Path rf = a.project().autosave().recoveryFile();
        var json = (com.fasterxml.jackson.databind.node.ObjectNode) dev.pmw.ingest.Json.mapper().readTree(Files.readString(rf));
        ((com.fasterxml.jackson.databind.node.ObjectNode) json.get("recovery")).put("pid", Long.MAX_VALUE - 1);
        Files.writeString(rf, dev.pmw.ingest.Json.mapper().writeValueAsString(json));
        // the next start finds the work
        MainViewModel b = window();
        b.project().startUp();
        assertEquals(1, b.project().pendingRecovery().size());
        Recovery.Pending p = b.project().pendingRecovery().getFirst();
        assertEquals("Untitled", p.title());
        b.project().restore(p);

        assertTrue(b.incidentProperty().get().timeline().byId(alert.id()).isPinned());
        assertTrue(b.project().dirtyProperty().get(), "restored work is unsaved until saved");
        assertNull(b.project().fileProperty().get());
        assertEquals("Unsaved work restored", b.project().noticeProperty().get().title());
        assertTrue(b.project().pendingRecovery().isEmpty());
        assertFalse(Files.exists(p.recoveryFile()), "its own autosave takes over");
    }

    @Test
    void aProjectWhoseSourcesAreGoneOpensWithTheSavedRows() throws Exception {
        Path copy = dir.resolve("exports");
        Files.createDirectories(copy);
        Files.copy(SampleData.FOLDER.resolve("pagerduty-log-entries.json"), copy.resolve("pagerduty-log-entries.json"));
        Files.copy(SampleData.FOLDER.resolve("datadog-timeline.md"), copy.resolve("datadog-timeline.md"));
        MainViewModel a = window();
        a.importPaths(List.of(copy));
        Row ack = a.incidentProperty().get().timeline().rows().stream()
                .filter(r -> r.event().text().startsWith("Acknowledged by")).findFirst().orElseThrow();
        a.editing().togglePin(ack);
        a.project().saveAs(dir.resolve("p.pmw"), () -> { });
        Files.delete(copy.resolve("pagerduty-log-entries.json"));

        MainViewModel b = window();
        b.project().open(dir.resolve("p.pmw"));
        assertEquals("Some sources were not found", b.project().noticeProperty().get().title());
        assertTrue(b.project().noticeProperty().get().text().contains("pagerduty-log-entries.json"));
        Row restored = b.incidentProperty().get().timeline().byId(ack.id());
        assertTrue(restored.isPinned(), "the saved row with its edit");
        var item = b.sources().items().stream().filter(i -> i.name().equals("pagerduty-log-entries.json")).findFirst().orElseThrow();
        assertFalse(item.canReread());
        assertTrue(item.detailLabel().contains("missing"), item.detailLabel());
        b.sources().setZone(item, ZoneId.of("Europe/Madrid")); // nothing to read again: ignored
        assertEquals(restored, b.incidentProperty().get().timeline().byId(ack.id()));
        b.timeline().selectedProperty().set(restored);
        assertTrue(b.detail().recordProperty().get().startsWith("The source file is not at hand"), b.detail().recordProperty().get());
    }

    @Test
    void aDamagedProjectFileIsReportedAndNothingChanges() throws Exception {
        Path bad = dir.resolve("broken.pmw");
        Files.writeString(bad, "{\"format\": \"pmw-project\", \"schemaVersion\": 1, \"sources\": [");
        MainViewModel a = window();
        a.project().open(bad);
        assertEquals("The project could not be opened", a.project().noticeProperty().get().title());
        assertTrue(a.incidentProperty().get().isEmpty());
        assertNull(a.project().fileProperty().get());
        assertEquals("{\"format\": \"pmw-project\", \"schemaVersion\": 1, \"sources\": [", Files.readString(bad));
    }
}
