package dev.pmw.project;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pmw.ingest.Importer;
import dev.pmw.ingest.Json;
import dev.pmw.model.EventKind;
import dev.pmw.timeline.Incident;
import dev.pmw.timeline.Row;
import dev.pmw.timeline.edit.EditHistory;
import dev.pmw.timeline.edit.Edits;
import dev.pmw.work.Work;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static dev.pmw.project.ProjectFixtures.view;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/// Autosave keeps a recovery file while there are unsaved changes; after a kill, the next start
/// finds it and restores exactly the last autosaved state.
class RecoveryTest {
    @TempDir
    Path tmp;

    private final ProjectStore store = new ProjectStore(new Secrets(List.of()), new Importer());
    private Recovery recovery;
    private Project saved;
    private Project edited;
    private Path file;

    @BeforeEach
    void projectWithUnsavedEdits() throws IOException {
        recovery = new Recovery(tmp.resolve("config/pmw/recovery"));
        Path sample = ProjectFixtures.copySample(tmp.resolve("sources"));
        Incident incident = ProjectFixtures.load(sample.resolve("pagerduty-log-entries.json"));
        saved = Project.of(incident);
        file = tmp.resolve("incident.pmw");
        store.save(file, saved, Work.NONE);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(60)));
        Row ack = incident.timeline().rows().stream().filter(r -> r.event().kind() == EventKind.ACKNOWLEDGE)
                .findFirst().orElseThrow();
        EditHistory h = EditHistory.empty().apply(Edits.now().setText(ack, "Dani acknowledges from her phone"))
                .apply(Edits.now().pin(ack, true));
        edited = saved.withIncident(incident.withEdits(h.layer()));
    }

    /// What a kill leaves: the recovery file of a process that no longer runs.
    private static void orphan(Path recoveryFile) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("java", "-version").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        p.waitFor();
        ObjectNode root = (ObjectNode) Json.mapper().readTree(recoveryFile.toFile());
        ((ObjectNode) root.get("recovery")).put("pid", p.pid());
        Files.write(recoveryFile, Json.mapper().writeValueAsBytes(root));
    }

    @Test
    void afterAKillTheNextStartRestoresTheLastAutosave() throws Exception {
        Autosave autosave = new Autosave(store, recovery, Autosave.DEFAULT_INTERVAL);
        autosave.update(file, edited, true);
        assertTrue(autosave.flush());
        Path rec = autosave.recoveryFile();
        assertTrue(Files.exists(rec));
        assertTrue(rec.startsWith(recovery.dir()));
        assertTrue(recovery.pending().isEmpty(), "this pmw is still running: nothing to offer");

        orphan(rec); // killed: no close, no save
        List<Recovery.Pending> pending = new Recovery(recovery.dir()).pending();
        assertEquals(1, pending.size());
        Recovery.Pending p = pending.getFirst();
        assertEquals(file.toAbsolutePath().normalize(), p.projectFile());
        assertEquals("incident.pmw", p.title());

        Opened o = store.restore(p, Work.NONE);
        assertTrue(o.recovered());
        assertEquals(file.toAbsolutePath().normalize(), o.file());
        assertEquals(view(edited.incident().timeline()), view(o.project().incident().timeline()));
        assertEquals(edited.incident().edits(), o.project().incident().edits());
        assertTrue(o.history().isDirty(), "restored changes are not saved yet");
        assertTrue(o.problems().isEmpty(), "sources found where they were");
        assertTrue(o.history().markSaved().undo().isDirty());

        recovery.discard(p);
        assertTrue(recovery.pending().isEmpty());
        autosave.close();
    }

    @Test
    void aNeverSavedSessionIsRecoveredToo() throws Exception {
        try (Autosave autosave = new Autosave(store, recovery, Autosave.DEFAULT_INTERVAL)) {
            autosave.update(null, edited, true);
            assertTrue(autosave.flush());
            orphan(autosave.recoveryFile());
        }
        Recovery.Pending p = recovery.pending().getFirst();
        assertNull(p.projectFile());
        assertEquals("Untitled", p.title());
        Opened o = store.restore(p, Work.NONE);
        assertNull(o.file());
        assertEquals(view(edited.incident().timeline()), view(o.project().incident().timeline()));
    }

    @Test
    void onlyUnsavedChangesAreWrittenAndACleanSaveRemovesTheFile() throws IOException {
        try (Autosave autosave = new Autosave(store, recovery, Autosave.DEFAULT_INTERVAL)) {
            autosave.update(file, saved, false);
            assertFalse(autosave.flush(), "nothing unsaved");
            assertNull(autosave.recoveryFile());
            autosave.update(file, edited, true);
            assertTrue(autosave.flush());
            assertFalse(autosave.flush(), "unchanged since the last autosave");
            Path rec = autosave.recoveryFile();

            // Save As elsewhere: the recovery file follows the project
            Path other = tmp.resolve("renamed.pmw");
            autosave.update(other, edited, true);
            assertTrue(autosave.flush());
            assertFalse(Files.exists(rec));
            assertEquals(recovery.fileFor(other), autosave.recoveryFile());

            store.save(other, edited, Work.NONE);
            autosave.saved(other, edited);
            assertNull(autosave.recoveryFile());
            try (var files = Files.list(recovery.dir())) {
                assertEquals(0, files.count());
            }
        }
    }

    @Test
    void aRecoveryFileOlderThanItsProjectIsNotOffered() throws Exception {
        Autosave autosave = new Autosave(store, recovery, Autosave.DEFAULT_INTERVAL);
        autosave.update(file, edited, true);
        autosave.flush();
        Path rec = autosave.recoveryFile();
        orphan(rec);
        store.save(file, edited, Work.NONE); // saved after the autosave (by another means)
        assertTrue(recovery.pending().isEmpty());
        assertFalse(Files.exists(rec), "the stale recovery file is removed");
    }

    @Test
    void theTimerWritesWhileDirty() throws Exception {
        try (Autosave autosave = new Autosave(store, recovery, Duration.ofMillis(50))) {
            autosave.start();
            autosave.update(file, edited, true);
            Path expected = recovery.fileFor(file);
            // the file appears (atomic move) a moment before the timer records the write
            for (int i = 0; i < 200 && (!Files.exists(expected) || autosave.lastWritten() == null); i++) {
                Thread.sleep(50);
            }
            assertTrue(Files.exists(expected), "written by the timer");
            assertNotNull(autosave.lastWritten());
            autosave.update(file, edited, false);
            for (int i = 0; i < 200 && Files.exists(expected); i++) {
                Thread.sleep(50);
            }
            assertFalse(Files.exists(expected), "removed by the timer once clean");
        }
    }
}
