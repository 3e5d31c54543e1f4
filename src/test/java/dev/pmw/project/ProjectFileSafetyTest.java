package dev.pmw.project;

import dev.pmw.ingest.Importer;
import dev.pmw.model.EventKind;
import dev.pmw.timeline.Incident;
import dev.pmw.timeline.Row;
import dev.pmw.timeline.edit.Edits;
import dev.pmw.work.Work;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static dev.pmw.project.ProjectFixtures.view;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/// A project file is never lost or overwritten by mistake: saves are atomic with a backup, and a
/// file that cannot be read says why and stays exactly as it was.
class ProjectFileSafetyTest {
    @TempDir
    Path tmp;

    private final ProjectStore store = new ProjectStore(new Secrets(List.of()), new Importer());
    private Project project;
    private Path file;

    @BeforeEach
    void smallProject() throws IOException {
        Path md = Files.copy(ProjectFixtures.SAMPLE.resolve("datadog-timeline.md"), tmp.resolve("datadog-timeline.md"));
        Incident incident = ProjectFixtures.load(md);
        Row first = incident.timeline().rows().getFirst();
        project = Project.of(incident.withEdits(incident.edits().with(Edits.now().setText(first, "First alert"))));
        file = tmp.resolve("incident.pmw");
    }

    private ProjectException openFails(byte[] content) throws IOException {
        Files.write(file, content);
        ProjectException e = assertThrows(ProjectException.class, () -> store.open(file, Work.NONE));
        assertArrayEquals(content, Files.readAllBytes(file), "the file is left byte for byte as it was");
        return e;
    }

    @Test
    void aFileThatIsNotAProjectSaysSo() throws IOException {
        ProjectException png = openFails(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});
        assertEquals(ProjectException.Kind.NOT_A_PROJECT, png.kind());
        assertEquals("not a pmw project", png.getMessage());
        assertEquals("Cannot open incident.pmw: not a pmw project. The file was left as it is.", png.userMessage());
        ProjectException otherJson = openFails("{\"name\":\"my-app\",\"version\":\"1.0.0\"}".getBytes(StandardCharsets.UTF_8));
        assertEquals("not a pmw project", otherJson.getMessage());
    }

    @Test
    void aProjectFromANewerPmwIsNotReadAndNotOverwritten() throws IOException {
        store.save(file, project, Work.NONE);
        byte[] newer = Files.readString(file).replaceFirst("\"schemaVersion\" : 1", "\"schemaVersion\" : 3")
                .replaceFirst("\"edits\"", "\"futureField\" : {\"x\" : 1},\n  \"edits\"").getBytes(StandardCharsets.UTF_8);
        ProjectException e = openFails(newer);
        assertEquals(ProjectException.Kind.NEWER_VERSION, e.kind());
        assertEquals("written by a newer pmw (schema 3; this version reads 1)", e.getMessage());

        ProjectException save = assertThrows(ProjectException.class, () -> store.save(file, project, Work.NONE));
        assertEquals(ProjectException.Kind.NEWER_VERSION, save.kind());
        assertArrayEquals(newer, Files.readAllBytes(file), "saving does not replace it");
        assertFalse(Files.exists(tmp.resolve("incident.pmw.bak")));
    }

    @Test
    void aTruncatedProjectIsDamaged() throws IOException {
        store.save(file, project, Work.NONE);
        byte[] whole = Files.readAllBytes(file);
        ProjectException e = openFails(Arrays.copyOf(whole, whole.length / 2));
        assertEquals(ProjectException.Kind.DAMAGED, e.kind());
        assertEquals("damaged: the file ends early (cut off after " + whole.length / 2 + " bytes)", e.getMessage());
        assertEquals("damaged: the file is empty", openFails(new byte[0]).getMessage());
    }

    @Test
    void aCorruptProjectIsDamagedWithWhereAndWhat() throws IOException {
        store.save(file, project, Work.NONE);
        String text = Files.readString(file);
        ProjectException syntax = openFails(text.replaceFirst("\"sources\" : \\[", "\"sources\" : [ ,,")
                .getBytes(StandardCharsets.UTF_8));
        assertEquals(ProjectException.Kind.DAMAGED, syntax.kind());
        assertTrue(syntax.getMessage().startsWith("damaged: not valid JSON at line "), syntax.getMessage());
        ProjectException badKind = openFails(text.replace("\"kind\" : \"alert_triggered\"", "\"kind\" : \"lunch\"")
                .getBytes(StandardCharsets.UTF_8));
        assertEquals(ProjectException.Kind.DAMAGED, badKind.kind());
        assertEquals("damaged: source datadog-timeline.md: unknown event kind: lunch", badKind.getMessage());
        ProjectException noVersion = openFails(text.replaceFirst("\"schemaVersion\" : 1,", "")
                .getBytes(StandardCharsets.UTF_8));
        assertEquals("damaged: it has no valid schema version", noVersion.getMessage());
    }

    @Test
    void eachSaveKeepsThePreviousVersionAsBackup() throws IOException {
        store.save(file, project, Work.NONE);
        byte[] first = Files.readAllBytes(file);
        assertFalse(Files.exists(tmp.resolve("incident.pmw.bak")), "nothing to back up the first time");
        Row r = project.incident().timeline().rows().get(1);
        Project next = project.withIncident(project.incident().withEdits(
                project.incident().edits().with(Edits.now().setKind(r, EventKind.NOTE))));
        store.save(file, next, Work.NONE);
        assertArrayEquals(first, Files.readAllBytes(tmp.resolve("incident.pmw.bak")));
        assertEquals(next.incident().edits(), store.open(file, Work.NONE).project().incident().edits());
        assertEquals(project.incident().edits(), store.open(tmp.resolve("incident.pmw.bak"), Work.NONE)
                .project().incident().edits(), "the backup opens as the previous version");
        try (var files = Files.list(tmp)) {
            assertEquals(List.of("datadog-timeline.md", "incident.pmw", "incident.pmw.bak"),
                    files.map(p -> p.getFileName().toString()).sorted().toList(), "no temporary file left");
        }
    }

    @Test
    void aSaveKilledHalfwayLosesNothing() throws IOException {
        store.save(file, project, Work.NONE);
        byte[] saved = Files.readAllBytes(file);
        // what a kill during the next save leaves: a half-written temporary file beside the project
        Path partial = tmp.resolve(".incident.pmw.4711.tmp");
        Files.write(partial, Arrays.copyOf(saved, saved.length / 3));
        Files.setLastModifiedTime(partial, java.nio.file.attribute.FileTime.from(java.time.Instant.now().minusSeconds(3600)));

        assertArrayEquals(saved, Files.readAllBytes(file));
        Opened o = store.open(file, Work.NONE);
        assertEquals(view(project.incident().timeline()), view(o.project().incident().timeline()));

        store.save(file, o.project(), Work.NONE);
        assertFalse(Files.exists(partial), "the leftover of the killed save is cleaned up");
        assertEquals(view(project.incident().timeline()), view(store.open(file, Work.NONE).project().incident().timeline()));
    }

    @Test
    void noApiKeyIsEverWritten() throws IOException {
        String key = "sk-proj-T3stK3y0nlyForThisTest0123456789abcdef";
        ProjectStore withKey = new ProjectStore(new Secrets(List.of(key)), new Importer());
        Row r = project.incident().timeline().rows().getFirst();
        // the key pasted by mistake into a row, a note and the document
        Project leaky = project.withIncident(project.incident().withEdits(project.incident().edits()
                        .with(Edits.now().setText(r, "curl -H 'Authorization: Bearer " + key + "'"))
                        .with(Edits.now().note(r, key))))
                .withDocument(dev.pmw.ingest.Json.mapper().createObjectNode().put("apiKey", key)
                        .set("nested", dev.pmw.ingest.Json.mapper().createArrayNode().add(key)));
        withKey.save(file, leaky, Work.NONE);
        String written = Files.readString(file);
        assertFalse(written.contains(key), "the key is not in the project file");
        assertTrue(written.contains("Bearer [secret removed]"));
        assertFalse(written.contains("T3stK3y0nly"));

        Recovery recovery = new Recovery(tmp.resolve("config/recovery"));
        try (Autosave a = new Autosave(withKey, recovery, Autosave.DEFAULT_INTERVAL)) {
            a.update(file, leaky, true);
            assertTrue(a.flush());
            assertFalse(Files.readString(a.recoveryFile()).contains(key), "nor in the recovery file");
        }
    }
}
