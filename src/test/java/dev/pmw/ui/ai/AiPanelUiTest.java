package dev.pmw.ui.ai;

import dev.pmw.draft.Origin;
import dev.pmw.draft.PostmortemDocument;
import dev.pmw.draft.Section;
import dev.pmw.draft.Templates;
import dev.pmw.draft.openai.AiSettings;
import dev.pmw.draft.openai.FakeOpenAiServer;
import dev.pmw.ui.App;
import dev.pmw.ui.settings.AiConfig;
import dev.pmw.ui.work.FxBackground;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static dev.pmw.draft.openai.FakeOpenAiServer.CHAT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/// The panel, a section's Draft button and its proposal, driven with clicks against the fake server.
@ExtendWith(ApplicationExtension.class)
class AiPanelUiTest {
    private static final String MINE = "Between 02:03 and 02:31 UTC payment-service returned errors [e-xax52vna5jkq].";
    private final FakeOpenAiServer server = FakeOpenAiServer.start();
    private Stage stage;
    private Path dir;
    private UndoableDocument host;
    private AiDraftViewModel vm;

    @Start
    void start(Stage s) throws Exception {
        stage = s;
        dir = Files.createTempDirectory("pmw-ai-panel");
        host = new UndoableDocument(PostmortemDocument.blank(Templates.standard(), "t", null));
    }

    @AfterEach
    void stop() {
        if (vm != null) {
            vm.close();
        }
        server.close();
    }

    private void show(FxRobot robot, Map<String, String> env) throws Exception {
        robot.interact(() -> {
            FxBackground bg = new FxBackground();
            vm = new AiDraftViewModel(bg, new FxTicker(), new AiConfig(dir, env), host, SampleDraftContext::get,
                    Clock.systemUTC());
            ProposalView proposal = new ProposalView(new ProposalViewModel(host, "impact"), vm.checks());
            VBox root = new VBox(8, new AiPanel(vm, bg), new SectionAiBar(vm, "impact"), proposal);
            Scene scene = new Scene(root, 900, 700);
            scene.getStylesheets().add(App.class.getResource("app.css").toExternalForm());
            stage.setScene(scene);
            stage.show();
            vm.reload();
        });
        waitFor(() -> vm.endpointProperty().get() != null);
    }

    private static void waitFor(BooleanSupplier c) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, c::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Section impact() {
        return host.document().section("impact").orElseThrow();
    }

    @Test
    void withNoEndpointThePanelExplainsTheSetupAndDraftsOffline(FxRobot robot) throws Exception {
        show(robot, Map.of());
        assertTrue(robot.lookup("#aiSetup").query().isVisible());
        assertTrue(robot.lookup("#aiSetup .label").queryAs(Labeled.class).getText().startsWith(
                "Drafts are written offline from the evidence: the offline draft is always there"));
        Button draft = robot.lookup("#aiDraft-impact").queryButton();
        assertEquals("Draft offline", draft.getText());
        robot.clickOn(draft);
        waitFor(() -> !impact().text().isBlank());
        assertEquals(Origin.OFFLINE, impact().origin());
        assertTrue(server.requests().isEmpty());
    }

    @Test
    void draftAsksConsentThenAProposalArrivesAndPartOfItIsAccepted(FxRobot robot) throws Exception {
        server.on(CHAT, FakeOpenAiServer.stream("stream-impact.sse", Duration.ofMillis(5)));
        robot.interact(() -> host.change("typed", d -> d.withUserText("impact", MINE)));
        show(robot, Map.of(AiSettings.ENV_BASE_URL, server.baseUrl(), "OPENAI_API_KEY", "sk-test-0123456789abcdef"));
        assertFalse(robot.lookup("#aiSetup").query().isVisible());
        assertFalse(robot.lookup("#proposal-impact").query().isVisible());
        robot.clickOn("#aiDraft-impact");
        waitFor(() -> robot.lookup("#consentSend").tryQuery().isPresent());
        assertTrue(server.requests(CHAT).isEmpty());
        robot.clickOn("#consentSend");
        waitFor(() -> vm.stateProperty().get() == AiDraftViewModel.State.DONE);
        assertEquals(MINE, impact().text(), "the user's text is theirs");
        assertTrue(robot.lookup("#proposal-impact").query().isVisible());
        assertTrue(robot.lookup("#aiMessage").queryAs(Labeled.class).getText().contains("It waits as a proposal"));

        // click the first change ("errors" → "HTTP 503 for about 140 API calls") to choose it
        ProposalView view = robot.lookup("#proposal-impact").queryAs(ProposalView.class);
        var diff = view.viewModel().diffProperty().get();
        DiffLayout layout = DiffLayout.of(diff, Set.of(), List.of());
        int at = 0;
        for (DiffLayout.Run r : layout.runs()) {
            if (r.change() == 0) {
                break;
            }
            at += r.length();
        }
        StyleClassedTextArea area = robot.lookup("#proposalDiff-impact").queryAs(StyleClassedTextArea.class);
        int target = at + 2;
        Bounds b = WaitForAsyncUtils.asyncFx(() -> area.getCharacterBoundsOnScreen(target, target + 1)).get().orElseThrow();
        robot.clickOn(new Point2D(b.getCenterX(), b.getCenterY()));
        waitFor(() -> view.viewModel().selected().contains(0));
        assertTrue(view.classesAt(target).contains(DiffLayout.SELECTED));
        Button part = robot.lookup("#acceptPart-impact").queryButton();
        assertEquals("Accept selected (1)", part.getText());
        robot.clickOn(part);
        assertEquals(diff.apply(Set.of(0)), impact().text());
        assertTrue(impact().text().contains("HTTP 503 for about 140 API calls"));
        assertFalse(robot.lookup("#proposal-impact").query().isVisible(), "the proposal is settled");

        robot.interact(host::undo);
        assertEquals(MINE, impact().text());
        assertTrue(robot.lookup("#proposal-impact").query().isVisible(), "undo brings the proposal back");
        robot.clickOn("#rejectProposal-impact");
        assertEquals(MINE, impact().text());
        assertFalse(robot.lookup("#proposal-impact").query().isVisible());
    }
}
