package dev.pmw.cli;

import dev.pmw.ingest.ParseOptions;
import dev.pmw.project.Project;
import dev.pmw.project.ProjectStore;
import dev.pmw.timeline.Incident;
import dev.pmw.timeline.IncidentLoader;
import dev.pmw.timeline.Row;
import dev.pmw.timeline.edit.Edits;
import dev.pmw.timeline.edit.EditHistory;
import dev.pmw.work.Work;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/// `pmw export PROJECT.pmw`: a saved project, with the user's timeline edits, becomes Markdown.
class ExportCommandTest {
    @TempDir
    Path dir;

    @Test
    void exportsASavedProjectWithTheUsersEditsInEachFlavour() throws Exception {
        Incident incident = new Incident(new IncidentLoader().load(List.of(Path.of("samples/payment-service-outage")),
                ParseOptions.zone(ZoneId.of("Europe/Madrid")), Work.NONE));
        Row finding = incident.timeline().keyRows().stream()
                .filter(r -> r.event().text().startsWith("Found it: HikariPool-1")).findFirst().orElseThrow();
        EditHistory h = EditHistory.empty().apply(Edits.now().setText(finding,
                "Connection pool of payment-service found exhausted (active=10, waiting=37)"));
        Path pmw = dir.resolve("outage.pmw");
        new ProjectStore().save(pmw, Project.of(incident.withEdits(h.layer())), Work.NONE);

        for (String flavor : List.of("gfm", "notion", "confluence")) {
            Path md = dir.resolve("pm-" + flavor + ".md");
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = Cli.run(new PrintWriter(out, true), new PrintWriter(err, true),
                    "export", pmw.toString(), "-o", md.toString(), "--flavor", flavor);
            assertEquals(0, code, err.toString());
            String text = Files.readString(md);
            assertTrue(text.contains("Connection pool of payment-service found exhausted"), "the edited row text is exported");
            assertFalse(text.contains("+34 612"), "no phone numbers from the paging entries");
            assertTrue(out.toString().contains("drafted it offline"), out.toString());
        }
    }

    @Test
    void aFileThatIsNotAProjectGivesAClearMessageAndExitCode1() throws Exception {
        Path bogus = dir.resolve("notes.pmw");
        Files.writeString(bogus, "{\"hello\": 1}");
        StringWriter err = new StringWriter();
        int code = Cli.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true),
                "export", bogus.toString(), "-o", dir.resolve("x.md").toString());
        assertEquals(1, code);
        assertTrue(err.toString().contains("not a pmw project"), err.toString());
        assertFalse(Files.exists(dir.resolve("x.md")));
    }
}
