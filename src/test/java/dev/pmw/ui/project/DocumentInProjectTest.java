package dev.pmw.ui.project;

import dev.pmw.draft.Origin;
import dev.pmw.draft.PostmortemDocument;
import dev.pmw.draft.Priority;
import dev.pmw.ingest.Json;
import dev.pmw.project.Autosave;
import dev.pmw.project.ProjectStore;
import dev.pmw.project.RecentProjects;
import dev.pmw.project.Recovery;
import dev.pmw.timeline.IncidentLoader;
import dev.pmw.ui.SampleData;
import dev.pmw.ui.shell.MainViewModel;
import dev.pmw.ui.work.ImmediateBackground;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/// The postmortem document lives in the project: saved, reopened, autosaved and restored with it.
class DocumentInProjectTest {
    @TempDir
    Path dir;

    private MainViewModel window() {
        ProjectStore store = new ProjectStore();
        Recovery recovery = new Recovery(dir.resolve("config/recovery"));
        return new MainViewModel(new ImmediateBackground(), new IncidentLoader(), new ProjectViewModel.Services(store,
                new RecentProjects(dir.resolve("config/recent.json")), recovery, new Autosave(store, recovery, Duration.ofHours(1))));
    }

    /// Drafted, one section written by the user, one accepted, one with a proposal waiting, an item edited.
    private static void work(MainViewModel a) {
        a.importPaths(List.of(SampleData.FOLDER));
        a.postmortem().draftAll();
        a.postmortem().setText("summary", "Card payments failed for 28 minutes [e-n2p1xwcmeh6h].");
        a.postmortem().accept("impact");
        a.postmortem().draftAll(); // the summary gets a proposal
        var first = a.postmortem().documentProperty().get().actionItems().getFirst();
        a.postmortem().updateActionItem(first.withOwner("payments team").withPriority(Priority.P0));
    }

    @Test
    void theDocumentIsSavedAndComesBackExactlyWithTheProject() throws Exception {
        MainViewModel a = window();
        work(a);
        PostmortemDocument doc = a.postmortem().documentProperty().get();
        assertNotNull(doc.section("summary").orElseThrow().proposal());
        Path file = dir.resolve("outage.pmw");
        a.project().saveAs(file, () -> { });
        assertFalse(a.project().dirtyProperty().get());
        assertTrue(Json.mapper().readTree(Files.readString(file)).path("document").path("sections").isArray());

        a.postmortem().setText("summary", "Something else.");
        assertTrue(a.project().dirtyProperty().get(), "editing the postmortem is a change to save");
        a.postmortem().setText("summary", doc.section("summary").orElseThrow().text());
        assertFalse(a.project().dirtyProperty().get(), "back to the saved text");

        MainViewModel b = window();
        b.project().open(file);
        assertEquals(doc, b.postmortem().documentProperty().get());
        assertFalse(b.project().dirtyProperty().get(), "opening is not a change");
        assertEquals(doc.sections().size(), b.postmortem().sections().size());
        assertEquals(Origin.USER, b.postmortem().section("summary").section().origin());
        assertTrue(b.postmortem().section("impact").section().accepted());
        assertEquals("payments team", b.postmortem().documentProperty().get().actionItems().getFirst().owner());
        assertEquals("standard", b.project().current().settings().template());
        assertFalse(b.postmortem().section("summary").check().marks().isEmpty(), "checked once the analysis is back");

        b.clear();
        assertNull(b.postmortem().documentProperty().get());
        assertTrue(b.postmortem().sections().isEmpty());
    }

    @Test
    void unsavedPostmortemWorkIsRestoredAfterACrash() throws Exception {
        MainViewModel a = window();
        work(a);
        PostmortemDocument doc = a.postmortem().documentProperty().get();
        a.project().flushAutosave();
        Path rf = a.project().autosave().recoveryFile();
        var json = (com.fasterxml.jackson.databind.node.ObjectNode) Json.mapper().readTree(Files.readString(rf));
        ((com.fasterxml.jackson.databind.node.ObjectNode) json.get("recovery")).put("pid", Long.MAX_VALUE - 1); // killed

        Files.writeString(rf, Json.mapper().writeValueAsString(json));
        MainViewModel b = window();
        b.project().startUp();
        b.project().restore(b.project().pendingRecovery().getFirst());

        assertEquals(doc, b.postmortem().documentProperty().get());
        assertTrue(b.project().dirtyProperty().get(), "restored work is unsaved until saved");
    }

    @Test
    void theConsentToSendIsSavedWithTheProjectSoReopeningItDoesNotAskAgain() throws Exception {
        try (var server = dev.pmw.draft.openai.FakeOpenAiServer.start()) {
            server.on(dev.pmw.draft.openai.FakeOpenAiServer.CHAT,
                    dev.pmw.draft.openai.FakeOpenAiServer.stream("stream-impact.sse", Duration.ZERO));
            var env = java.util.Map.of(dev.pmw.draft.openai.AiSettings.ENV_BASE_URL, server.baseUrl(),
                    "OPENAI_API_KEY", "sk-test-0123456789abcdef");
            MainViewModel a = window(env);
            a.importPaths(List.of(SampleData.FOLDER));
            a.postmortem().draftAll();
            a.ai().draft("impact");
            assertNotNull(a.ai().consentProperty().get(), "the first request of a project asks");
            a.ai().send(true);
            assertEquals(1, server.requests(dev.pmw.draft.openai.FakeOpenAiServer.CHAT).size());
            assertTrue(a.project().aiConsentsProperty().get().covers(server.baseUrl()));
            assertTrue(a.project().dirtyProperty().get());
            Path file = dir.resolve("consented.pmw");
            a.project().saveAs(file, () -> { });
            String saved = Files.readString(file);
            assertEquals(server.baseUrl(), Json.mapper().readTree(saved).path("settings").path("aiConsents").path(0)
                    .path("endpoint").asText());
            assertFalse(saved.contains("sk-test-0123456789abcdef"), "never the key");

            MainViewModel b = window(env);
            b.project().open(file);
            assertTrue(b.ai().consentsProperty().get().covers(server.baseUrl()));
            assertFalse(b.project().dirtyProperty().get(), "opening is not a change");
            b.ai().draft("impact");
            assertNull(b.ai().consentProperty().get(), "no second question");
            assertEquals(2, server.requests(dev.pmw.draft.openai.FakeOpenAiServer.CHAT).size(), "sent straight away");

            MainViewModel c = window(env);
            c.importPaths(List.of(SampleData.FOLDER));
            c.postmortem().draftAll();
            c.ai().draft("impact");
            assertNotNull(c.ai().consentProperty().get(), "another project asks again");
        }
    }

    private MainViewModel window(java.util.Map<String, String> env) {
        ProjectStore store = new ProjectStore();
        Recovery recovery = new Recovery(dir.resolve("config/recovery"));
        return new MainViewModel(new ImmediateBackground(), new IncidentLoader(), new ProjectViewModel.Services(store,
                new RecentProjects(dir.resolve("config/recent.json")), recovery, new Autosave(store, recovery, Duration.ofHours(1))),
                new dev.pmw.ui.settings.AiConfig(dir.resolve("config/ai"), env), (period, tick) -> () -> { });
    }
}
