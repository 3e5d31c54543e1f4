package dev.pmw.project;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pmw.ingest.Importer;
import dev.pmw.ingest.Json;
import dev.pmw.model.EventKind;
import dev.pmw.timeline.Incident;
import dev.pmw.timeline.LoadedSource;
import dev.pmw.timeline.Row;
import dev.pmw.timeline.Timeline;
import dev.pmw.timeline.edit.Edit;
import dev.pmw.timeline.edit.EditHistory;
import dev.pmw.work.Work;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;

import static dev.pmw.project.ProjectFixtures.view;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/// Saving a project with edits and opening it again shows the same timeline — with the source
/// files where they were, moved next to the project, or gone.
class ProjectStoreTest {
    @TempDir
    Path tmp;

    private final ProjectStore store = new ProjectStore(new Secrets(List.of()), new Importer());

    private Project editedProject(Path sample) throws IOException {
        Incident incident = ProjectFixtures.load(sample);
        EditHistory h = ProjectFixtures.edit(incident);
        JsonNode doc = Json.mapper().readTree("{\"title\":\"Payment outage\",\"sections\":[{\"id\":\"impact\","
                + "\"text\":\"7,394 failed requests\",\"origin\":\"user\",\"accepted\":true,\"n\":1.50}]}");
        return Project.of(incident.withEdits(h.layer()))
                .withSettings(new IncidentSettings(ZoneId.of("Europe/Madrid"), "google-sre"))
                .withDocument(doc);
    }

    @Test
    void aProjectWithEditsOfEveryKindReopensWithTheSameTimeline() throws IOException {
        Path sample = ProjectFixtures.copySample(tmp);
        Project p = editedProject(sample);
        Timeline before = p.incident().timeline();
        assertEquals(12, p.incident().edits().size(), "every kind of edit is in the project");
        Path file = tmp.resolve("payment outage.pmw");
        store.save(file, p, Work.NONE);

        Opened o = store.open(file, Work.NONE);
        assertEquals(view(before), view(o.project().incident().timeline()));
        assertEquals(p.incident().edits(), o.project().incident().edits());
        assertTrue(o.problems().isEmpty(), () -> o.problems().toString());
        assertTrue(o.project().incident().sources().stream().allMatch(LoadedSource::isRead), "read from the files again");
        assertEquals(p.settings(), o.project().settings());
        assertEquals(p.document(), o.project().document(), "the document comes back untouched");
        assertFalse(o.history().isDirty());
        assertTrue(o.history().canUndo(), "saved edits can be undone after reopening");
        assertEquals(p.incident().timeline().boundaryPins(), o.project().incident().timeline().boundaryPins());

        // the raw lines of the split burst's parts come back with the file
        Edit.SplitBurst split = (Edit.SplitBurst) o.project().incident().edits().edits().getLast();
        Timeline t = o.project().incident().timeline();
        assertEquals(20, t.lines(t.byId(split.firstId())).length);
        assertEquals(20, t.lines(t.byId(split.secondId())).length);
    }

    @Test
    void namesToRedactAreSavedWithTheProject() throws IOException {
        Path sample = ProjectFixtures.copySample(tmp);
        Project p = editedProject(sample);
        Project listed = p.withSettings(p.settings().withRedactNames(List.of("Acme Corp", "Jane Customer")));
        assertFalse(listed.sameContentAs(p), "listing a name is an unsaved change");
        Path file = tmp.resolve("names.pmw");
        store.save(file, listed, Work.NONE);
        Opened o = store.open(file, Work.NONE);
        assertEquals(List.of("Acme Corp", "Jane Customer"), o.project().settings().redactNames());
        store.save(file, p, Work.NONE);
        assertFalse(Files.readString(file).contains("redactNames"), "no empty list written");
    }

    @Test
    void rulesSwitchedOffStayOffWhenTheProjectIsReopened() throws IOException {
        Path sample = ProjectFixtures.copySample(tmp);
        Project p = editedProject(sample);
        Project chatterOn = p.withIncident(p.incident().withDisabledRules(java.util.Set.of("chatter")));
        assertFalse(chatterOn.sameContentAs(p), "switching a rule off is an unsaved change");
        assertFalse(view(p.incident().timeline()).equals(view(chatterOn.incident().timeline())), "the rule matters here");
        Path file = tmp.resolve("rules.pmw");
        store.save(file, chatterOn, Work.NONE);
        assertTrue(Files.readString(file).contains("\"rulesOff\""), "written in the project");

        Opened o = store.open(file, Work.NONE);
        assertEquals(java.util.Set.of("chatter"), o.project().incident().disabledRules());
        assertEquals(view(chatterOn.incident().timeline()), view(o.project().incident().timeline()),
                "the chatter is shown again after reopening");
    }

    @Test
    void theProjectOpensNextToItsMovedSourcesAndFromItsSavedEventsWhenTheyAreGone() throws IOException {
        Path a = Files.createDirectories(tmp.resolve("a"));
        Path sample = ProjectFixtures.copySample(a);
        Project p = editedProject(sample.toAbsolutePath());
        List<String> before = view(p.incident().timeline());
        store.save(a.resolve("incident.pmw"), p, Work.NONE);

        // the folder with the project and its sources is moved: the old absolute paths are gone
        Path b = Files.move(a, tmp.resolve("b"));
        Opened moved = store.open(b.resolve("incident.pmw"), Work.NONE);
        assertTrue(moved.problems().isEmpty(), () -> moved.problems().toString());
        assertEquals(before, view(moved.project().incident().timeline()));
        assertTrue(moved.project().incident().sources().getFirst().file().startsWith(b.toString()),
                "read from next to the project");

        // the sources are gone (renamed away): the saved events are shown
        Path away = Files.move(b.resolve("payment-service-outage"), b.resolve("renamed"));
        Opened gone = store.open(b.resolve("incident.pmw"), Work.NONE);
        assertEquals(before, view(gone.project().incident().timeline()));
        assertEquals(p.incident().sources().size(), gone.problems().size());
        for (SourceStatus s : gone.problems()) {
            assertEquals(LoadedSource.Availability.State.MISSING, s.state());
            assertEquals("missing — showing saved events", s.note());
        }
        Timeline t = gone.project().incident().timeline();
        Row burstPart = t.rows().stream().filter(r -> r.state().splitFrom() != null).findFirst().orElseThrow();
        assertEquals(0, t.lines(burstPart).length, "no raw lines without the file");

        // saved again while the files are missing, it still knows where they were
        store.save(b.resolve("incident.pmw"), gone.project(), Work.NONE);
        Files.move(away, b.resolve("payment-service-outage"));
        Opened back = store.open(b.resolve("incident.pmw"), Work.NONE);
        assertTrue(back.problems().isEmpty(), () -> back.problems().toString());
        assertEquals(before, view(back.project().incident().timeline()));
        Timeline tb = back.project().incident().timeline();
        assertEquals(20, tb.lines(tb.byId(burstPart.id())).length, "raw lines are back with the file");
    }

    @Test
    void aMissingSourceCanBeRelocatedAndAChangedOneIsShownFromTheProjectUntilReimported() throws IOException {
        Path sample = ProjectFixtures.copySample(tmp.resolve("x"));
        Project p = editedProject(sample.toAbsolutePath());
        List<String> before = view(p.incident().timeline());
        Path file = tmp.resolve("incident.pmw");
        store.save(file, p, Work.NONE);
        Path elsewhere = Files.move(sample.getParent(), tmp.resolve("somewhere-else"));

        Opened o = store.open(file, Work.NONE);
        String logs = o.project().incident().sources().stream().filter(s -> s.file().endsWith(ProjectFixtures.LOGS))
                .findFirst().orElseThrow().file();
        ProjectStore.Relocated r = store.relocate(o.project(), logs,
                elsewhere.resolve("payment-service-outage").resolve(ProjectFixtures.LOGS), Work.NONE);
        assertTrue(r.status().ok());
        assertEquals("", r.status().note(), "same content");
        assertEquals(before, view(r.project().incident().timeline()));
        assertTrue(r.project().incident().sources().stream().filter(LoadedSource::isRead).count() == 1);

        // the logs file changes on disk: opening shows the saved rows and says so
        Path moved = elsewhere.resolve("payment-service-outage");
        Files.createDirectories(sample.getParent());
        Files.move(moved, sample);
        Files.writeString(sample.resolve(ProjectFixtures.LOGS), ProjectFixtures.datadogLogs().replace("(order 9000)", "(order 1)"));
        Opened changed = store.open(file, Work.NONE);
        assertEquals(1, changed.problems().size());
        SourceStatus s = changed.problems().getFirst();
        assertEquals(LoadedSource.Availability.State.CHANGED, s.state());
        assertEquals(sample.resolve(ProjectFixtures.LOGS).toAbsolutePath().normalize(), s.foundAt().toAbsolutePath().normalize());
        assertEquals(before, view(changed.project().incident().timeline()));
    }

    @Test
    void reimportingAChangedSourceKeepsTheEditsAndShowsAnOrphan() throws IOException {
        Path sample = ProjectFixtures.copySample(tmp);
        Project p = editedProject(sample);
        Timeline t = p.incident().timeline();
        Edit.SplitBurst split = (Edit.SplitBurst) p.incident().edits().edits().getLast();
        // the export is taken again with an earlier line: the burst's first line moves in the file, so
        // its id (and the split of it) no longer match
        Files.writeString(sample.resolve(ProjectFixtures.LOGS), ProjectFixtures.datadogLogs().replace("{\"data\":[",
                "{\"data\":[{\"type\":\"log\",\"id\":\"boot\",\"attributes\":{\"status\":\"info\",\"timestamp\":"
                        + "\"2026-02-16T01:50:00Z\",\"service\":\"payment-service\",\"message\":\"started\"}},"));
        Incident reimported = p.incident().withAdded(ProjectFixtures.load(sample.resolve(ProjectFixtures.LOGS)).sources());
        Timeline after = reimported.timeline();
        Row orphan = after.byId(split.target());
        assertNotNull(orphan);
        assertTrue(orphan.isOrphaned());
        assertEquals(EventKind.LOG_BURST, orphan.event().kind());
        assertEquals(40, orphan.event().count(), "shown as it was");
        assertEquals(t.size() - 1 /* two parts */ + 1 /* the new burst */ + 1 /* the new line */, after.size());
        assertEquals(t.byId(ProjectFixtures.first(t, r -> r.isManual()).id()).event(),
                after.byId(ProjectFixtures.first(t, r -> r.isManual()).id()).event(), "other edits stay");
    }

    @Test
    void aSavedProjectHasTheDocumentedShape() throws IOException {
        Path sample = ProjectFixtures.copySample(tmp);
        Project p = editedProject(sample);
        Path file = tmp.resolve("shape.pmw");
        store.save(file, p, Work.NONE);
        JsonNode root = Json.mapper().readTree(file.toFile());
        assertEquals("pmw-project", root.get("format").asText());
        assertEquals(1, root.get("schemaVersion").asInt());
        assertTrue(root.get("app").asText().startsWith("pmw "));
        assertEquals("Europe/Madrid", root.at("/settings/displayZone").asText());
        JsonNode logs = null;
        for (JsonNode s : root.get("sources")) {
            assertTrue(s.get("hash").asText().matches("sha256:[0-9a-f]{64}"), s.get("path").asText());
            assertTrue(Path.of(s.get("absolutePath").asText()).isAbsolute());
            if (s.get("path").asText().endsWith(ProjectFixtures.LOGS)) {
                logs = s;
            }
        }
        assertNotNull(logs);
        assertEquals("payment-service-outage/" + ProjectFixtures.LOGS, logs.get("relativePath").asText());
        assertEquals(0, logs.path("events").size(), "log lines are not events");
        assertEquals(2, logs.get("logRows").size(), "the burst and the config line");
        assertEquals(40, logs.at("/logRows/0/count").asInt());
        assertEquals("Z", logs.at("/options/zone").asText());
        assertEquals(p.document(), root.get("document"));
        assertEquals("split_burst", root.at("/edits/11/type").asText());
    }
}
