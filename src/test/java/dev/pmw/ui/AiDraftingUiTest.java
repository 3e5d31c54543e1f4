package dev.pmw.ui;

import dev.pmw.draft.Origin;
import dev.pmw.draft.openai.AiSettings;
import dev.pmw.draft.openai.FakeOpenAiServer;
import dev.pmw.draft.privacy.Highlight;
import dev.pmw.timeline.IncidentLoader;
import dev.pmw.ui.ai.AiDraftViewModel.State;
import dev.pmw.ui.ai.ConsentDialog;
import dev.pmw.ui.ai.ProposalView;
import dev.pmw.ui.shell.MainView;
import dev.pmw.ui.shell.MainViewModel;
import dev.pmw.ui.shell.Workspace;
import dev.pmw.ui.work.FxBackground;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static dev.pmw.ui.UiSteps.fx;
import static dev.pmw.ui.UiSteps.styles;
import static dev.pmw.ui.UiSteps.waitUntil;
import static dev.pmw.draft.openai.FakeOpenAiServer.CHAT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/// AI drafting in the real window, end to end against the fake OpenAI-compatible server on
/// 127.0.0.1 (the real openai-java path): consent with the exact payload, the stream into the
/// section's editor, the claim check underlining an invented duration, a redraft arriving as a diff
/// proposal on the user's text, Accept part / Accept and Ctrl+Z, and a rejected key.
@ExtendWith(ApplicationExtension.class)
class AiDraftingUiTest {
    private static final String KEY = "sk-test-0123456789abcdef";
    private static final Pattern PLACEHOLDER = Pattern.compile("<[A-Z]+_\\d+>");
    private static final String INVENTED = "The error-rate alert fired at 02:05 [e-02kcmrf7yrn5]. Detection took 45 minutes "
            + "[e-02kcmrf7yrn5, e-jv68e2sx7ydk]. Commit a9f3c21 moved the job to 02:00 UTC [e-bm2j9wq5fggt].";
    private final FakeOpenAiServer server = FakeOpenAiServer.start();
    private MainViewModel vm;
    private MainView view;

    @Start
    void start(Stage stage) throws Exception {
        Path config = Files.createTempDirectory("pmw-ai-ui-test");
        dev.pmw.project.ProjectStore store = new dev.pmw.project.ProjectStore();
        dev.pmw.project.Recovery recovery = new dev.pmw.project.Recovery(config.resolve("recovery"));
        // the endpoint comes from the environment the app is given, the settings from a temporary folder
        var ai = new dev.pmw.ui.settings.AiConfig(config.resolve("ai"),
                Map.of(AiSettings.ENV_BASE_URL, server.baseUrl(), "OPENAI_API_KEY", KEY));
        vm = new MainViewModel(new FxBackground(), new IncidentLoader(), new dev.pmw.ui.project.ProjectViewModel.Services(
                store, new dev.pmw.project.RecentProjects(config.resolve("recent.json")), recovery,
                new dev.pmw.project.Autosave(store, recovery, Duration.ofHours(1))), ai, new dev.pmw.ui.ai.FxTicker());
        view = new MainView(vm);
        stage.setScene(App.scene(view, 1280, 800));
        stage.show();
    }

    @AfterEach
    void stop() {
        vm.ai().close();
        server.close();
    }

    @Test
    void draftConsentStreamUnderlineRedraftAcceptPartAcceptUndoAndARejectedKey(FxRobot robot) throws Exception {
        server.on(CHAT, FakeOpenAiServer.stream("stream-invented.sse", Duration.ofMillis(60)),
                FakeOpenAiServer.stream("stream-impact.sse", Duration.ofMillis(5)),
                FakeOpenAiServer.recordedJson(401, "error-401.json"));
        drop(SampleData.FOLDER);
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT2);
        waitUntil(() -> vm.workspaceProperty().get() == Workspace.POSTMORTEM
                && robot.lookup("#draftAllEmpty").query().isVisible() && vm.ai().stateProperty().get() == State.IDLE);
        assertTrue(robot.lookup("#aiPanel").query().isVisible());
        assertFalse(robot.lookup("#aiSetup").query().isVisible(), "an endpoint is set up: no setup help");
        waitUntil(() -> !robot.lookup("#draftAllEmpty").queryAs(Button.class).isDisabled());
        robot.clickOn("#draftAllEmpty");
        waitUntil(() -> robot.lookup("#editor-impact").tryQuery().isPresent());
        StyleClassedTextArea editor = robot.lookup("#editor-impact").queryAs(StyleClassedTextArea.class);
        String offline = vm.postmortem().section("impact").section().text();
        assertEquals(Origin.OFFLINE, vm.postmortem().section("impact").section().origin());

        // a name only the user knows to keep private: listed once, saved with the project, never sent
        robot.clickOn("#aiRedactNames");
        waitUntil(() -> robot.lookup("#redactNamesText").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#redactNamesText").queryAs(javafx.scene.control.TextArea.class)
                .setText("Datadog\n  \nDatadog\n"));
        robot.clickOn((Node n) -> n instanceof Button b && "OK".equals(b.getText()));
        waitUntil(() -> vm.project().redactNames().equals(List.of("Datadog")));
        assertEquals("Also redacted: 1 name you listed…", robot.lookup("#aiRedactNames")
                .queryAs(javafx.scene.control.Hyperlink.class).getText());
        assertTrue(vm.project().dirtyProperty().get(), "a change to save with the project");

        // Draft with AI: the first request of the project shows the exact payload and waits
        Button draft = robot.lookup("#aiDraft-impact").queryButton();
        assertEquals("Draft with AI", draft.getText());
        robot.interact(draft::fire);
        waitUntil(() -> robot.lookup("#consentSend").tryQuery().isPresent());
        assertTrue(server.requests(CHAT).isEmpty(), "nothing is sent before consent");
        StyleClassedTextArea payload = robot.lookup("#consentPayload").queryAs(StyleClassedTextArea.class);
        List<Highlight> highlights = vm.ai().consentProperty().get().payload().highlights();
        assertFalse(highlights.isEmpty(), "the sample has values to redact");
        Highlight first = highlights.getFirst();
        assertTrue(PLACEHOLDER.matcher(payload.getText(first.start(), first.end())).matches());
        assertTrue(fx(() -> payload.getStyleOfChar(first.start() + 1)).contains(ConsentDialog.REDACTION),
                "placeholders are highlighted");
        String shown = payload.getText();

        List<String> seen = new ArrayList<>();
        robot.interact(() -> editor.textProperty().addListener((o, old, t) -> seen.add(t)));
        robot.clickOn("#consentSend");

        // the tokens stream into the section's editor, in batches, then the draft is the section's
        waitUntil(() -> vm.ai().stateProperty().get() == State.DONE);
        String ai = vm.postmortem().section("impact").section().text();
        assertEquals(INVENTED, ai.strip());
        waitUntil(() -> ai.equals(editor.getText()));
        assertEquals(Origin.AI, vm.postmortem().section("impact").section().origin());
        List<String> partial = seen.stream().filter(t -> !t.isEmpty() && !t.equals(ai) && ai.startsWith(t)).toList();
        assertTrue(partial.size() >= 2, "streamed in batches into the editor: " + seen);
        assertTrue(vm.ai().batchesProperty().get() >= 2);
        assertTrue(vm.project().aiConsentsProperty().get().covers(server.baseUrl()), "consent remembered for the project");

        // what the server received: the payload shown, redacted, with the event ids to cite
        var sent = server.last(CHAT);
        assertEquals(new com.fasterxml.jackson.databind.ObjectMapper().readTree(shown), sent.json());
        assertEquals("Bearer " + KEY, sent.header("Authorization"));
        assertTrue(PLACEHOLDER.matcher(sent.body()).find(), "redacted values travel as placeholders");
        assertTrue(sent.body().contains("e-02kcmrf7yrn5"), "event ids are in the evidence sent");
        assertFalse(sent.body().contains("Datadog"), "the listed name is not sent");
        assertFalse(offline.isEmpty());

        // the claim check underlines what the evidence does not support: "Detection took 45 minutes"
        int detection = INVENTED.indexOf("45 minutes");
        waitUntil(() -> styles(editor, detection).stream().anyMatch(s -> s.startsWith("claim-")));
        assertFalse(styles(editor, INVENTED.indexOf("e-02kcmrf7yrn5")).stream().anyMatch(s -> s.startsWith("claim-un")));
        assertTrue(robot.lookup("#findings-impact").query().isVisible());

        // the user edits the section: it becomes theirs
        robot.interact(editor::requestFocus);
        waitUntil(editor::isFocused);
        robot.interact(() -> editor.moveTo(editor.getLength()));
        robot.write(" Paging worked.");
        String mine = ai + " Paging worked.";
        waitUntil(() -> mine.equals(vm.postmortem().section("impact").section().text()));
        assertEquals(Origin.USER, vm.postmortem().section("impact").section().origin());

        // Redraft "shorter": no second consent; the draft waits as a diff next to the user's text
        MenuButton redraft = robot.lookup("#aiRedraft-impact").queryAs(MenuButton.class);
        MenuItem shorter = redraft.getItems().stream().filter(i -> "Shorter".equals(i.getText())).findFirst().orElseThrow();
        robot.interact(shorter::fire);
        waitUntil(() -> vm.ai().stateProperty().get() == State.DONE && server.requests(CHAT).size() == 2);
        assertTrue(server.last(CHAT).body().contains("shorter"), "the instruction is sent");
        assertTrue(robot.lookup("#consentSend").tryQuery().isEmpty(), "consent is asked once per project and endpoint");
        waitUntil(() -> robot.lookup("#proposal-impact").query().isVisible());
        assertEquals(mine, vm.postmortem().section("impact").section().text(), "the user's text is untouched");
        assertEquals(mine, editor.getText());
        ProposalView proposal = robot.lookup("#proposal-impact").queryAs(ProposalView.class);
        var diff = proposal.viewModel().diffProperty().get();
        String drafted = proposal.viewModel().proposalProperty().get().text();
        assertTrue(diff.changes().size() >= 2, "a word diff with changes to choose from");

        // Accept part: one change only; Ctrl+Z (in the editor, no typing to undo there) takes it back
        robot.interact(() -> proposal.viewModel().toggle(0));
        robot.interact(() -> robot.lookup("#acceptPart-impact").queryButton().fire());
        String part = diff.apply(Set.of(0));
        waitUntil(() -> part.equals(editor.getText()));
        assertNotEquals(mine, part);
        assertFalse(robot.lookup("#proposal-impact").query().isVisible());
        robot.interact(editor::requestFocus);
        waitUntil(editor::isFocused);
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        waitUntil(() -> mine.equals(editor.getText()));
        assertEquals(mine, vm.postmortem().section("impact").section().text());
        waitUntil(() -> robot.lookup("#proposal-impact").query().isVisible());

        // Accept the whole proposal; Ctrl+Z brings back the user's text and the proposal
        robot.interact(() -> robot.lookup("#acceptProposal-impact").queryButton().fire());
        waitUntil(() -> drafted.equals(editor.getText()));
        assertEquals(drafted, vm.postmortem().section("impact").section().text());
        robot.interact(editor::requestFocus);
        waitUntil(editor::isFocused);
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        waitUntil(() -> mine.equals(editor.getText()));
        assertEquals(drafted, vm.postmortem().section("impact").section().proposal().text());
        waitUntil(() -> robot.lookup("#proposal-impact").query().isVisible());

        // a rejected key: the message in red in the panel, the user's text and its proposal untouched
        var before = vm.postmortem().section("impact").section();
        robot.interact(() -> vm.ai().draft("impact"));
        waitUntil(() -> vm.ai().stateProperty().get() == State.FAILED);
        Labeled message = robot.lookup("#aiMessage").queryAs(Labeled.class);
        assertTrue(message.getText().startsWith("The endpoint rejected the API key (HTTP 401)"), message.getText());
        assertTrue(message.getStyleClass().contains("failed"));
        assertEquals(before, vm.postmortem().section("impact").section());
        assertEquals(mine, editor.getText());
        assertTrue(robot.lookup("#aiRetry").query().isVisible());
    }

    // ---- helpers ---------------------------------------------------------------------------

    private void drop(Path path) throws Exception {
        UiSteps.drop(view, path);
        waitUntil(() -> !vm.busyProperty().get() && !vm.incidentProperty().get().isEmpty()
                && vm.analysisProperty().get() != null);
    }
}
