package dev.pmw.ui.settings;

import dev.pmw.draft.openai.AiSettings;
import dev.pmw.draft.openai.ApiKey;
import dev.pmw.draft.openai.ApiKeyStore;
import dev.pmw.draft.openai.FakeOpenAiServer;
import dev.pmw.ui.App;
import dev.pmw.ui.work.FxBackground;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static dev.pmw.draft.openai.FakeOpenAiServer.MODELS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/// The settings dialog as a user drives it: the key stays masked, "Test connection" answers from
/// the fake server, Save writes and closes.
@ExtendWith(ApplicationExtension.class)
class SettingsDialogUiTest {
    private static final String SAVED = "sk-FAKE-saved-test-key-F3Qa";
    private static final String TYPED = "sk-FAKE-typed-test-key-9XyZ";
    private Stage stage;
    private Path dir;
    private SettingsDialog dialog;
    private final FakeOpenAiServer server = FakeOpenAiServer.start();

    @Start
    void start(Stage s) throws Exception {
        stage = s;
        dir = Files.createTempDirectory("pmw-settings-ui");
        Scene scene = new Scene(new StackPane(), 400, 300);
        scene.getStylesheets().add(App.class.getResource("app.css").toExternalForm());
        s.setScene(scene);
        s.show();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private void open(FxRobot robot, Map<String, String> env) throws Exception {
        robot.interact(() -> {
            dialog = new SettingsDialog(new SettingsViewModel(new FxBackground(), new AiConfig(dir, env)), stage);
            dialog.show();
        });
        waitFor(() -> !robot.lookup("#baseUrlField").queryAs(TextField.class).getText().isEmpty());
    }

    private static void waitFor(java.util.function.BooleanSupplier c) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, c::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void setBaseUrl(FxRobot robot, String url) {
        robot.doubleClickOn("#baseUrlField").push(KeyCode.CONTROL, KeyCode.A).write(url);
    }

    /// Every text the dialog displays, in labels, fields and prompts.
    private String everythingShown(FxRobot robot) {
        StringBuilder sb = new StringBuilder();
        for (Node n : robot.lookup(x -> true).queryAll()) {
            if (n.getScene() != dialog.getDialogPane().getScene() || !onScreen(n)) {
                continue;
            }
            if (n instanceof Labeled l) {
                sb.append(l.getText()).append('\n');
            } else if (n instanceof TextInputControl t && !(t instanceof PasswordField)) {
                sb.append(t.getText()).append('|').append(t.getPromptText()).append('\n');
            } else if (n instanceof Text t) {
                sb.append(t.getText()).append('\n');
            }
        }
        return sb.toString();
    }

    private static boolean onScreen(Node n) {
        for (Node x = n; x != null; x = x.getParent()) {
            if (!x.isVisible()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void aSavedKeyIsOnlyShownMaskedAndATypedOneIsMaskedUntilShow(FxRobot robot) throws Exception {
        new ApiKeyStore(dir).save(ApiKey.of(SAVED));
        open(robot, Map.of());
        PasswordField key = robot.lookup("#keyField").queryAs(PasswordField.class);
        assertEquals("", key.getText());
        assertEquals("sk-…F3Qa  (saved)", key.getPromptText());
        assertTrue(key.isDisabled(), "replacing a saved key is a deliberate step");
        assertFalse(everythingShown(robot).contains(SAVED), "the saved key is never displayed");

        robot.clickOn("#replaceKey");
        robot.clickOn("#keyField").write(TYPED);
        assertEquals(TYPED, key.getText());
        var drawn = robot.from(key).lookup((Node n) -> n instanceof Text t && t.isVisible() && !t.getText().isEmpty())
                .queryAllAs(Text.class).stream().map(Text::getText).toList();
        assertEquals(1, drawn.size(), drawn.toString());
        assertTrue(drawn.getFirst().matches("[\u25cf\u2022]{" + TYPED.length() + "}"), "masked: " + drawn);
        assertFalse(everythingShown(robot).contains(TYPED));

        robot.clickOn("#showKey");
        assertTrue(robot.lookup("#keyPlain").query().isVisible());
        assertEquals(TYPED, robot.lookup("#keyPlain").queryAs(TextField.class).getText());
        robot.clickOn("#showKey");
        assertFalse(robot.lookup("#keyPlain").query().isVisible());
        assertTrue(robot.lookup("#keyStatus").queryAs(Labeled.class).getText().startsWith("The new key replaces sk-…F3Qa"));
        robot.interact(() -> dialog.close());
    }

    @Test
    void testConnectionSaysOkAgainstTheFakeServer(FxRobot robot) throws Exception {
        server.on(MODELS, FakeOpenAiServer.recordedJson(200, "models.json"));
        open(robot, Map.of());
        setBaseUrl(robot, server.baseUrl());
        robot.clickOn("#keyField").write(TYPED);
        robot.clickOn("#testButton");
        Labeled result = robot.lookup("#testResult").queryAs(Labeled.class);
        waitFor(() -> result.getText().startsWith("OK"));
        assertTrue(result.getText().startsWith("OK — Reachable · key accepted · model gpt-4o-mini found"), result.getText());
        assertTrue(result.getStyleClass().contains("test-ok"));
        assertEquals("Bearer " + TYPED, server.last(MODELS).header("Authorization"));

        robot.clickOn("#saveSettings");
        waitFor(() -> !dialog.isShowing());
        assertEquals(Boolean.TRUE, dialog.getResult());
        assertEquals(server.baseUrl(), AiSettings.load(dir).baseUrl());
        assertEquals(TYPED, new ApiKeyStore(dir).load().orElseThrow().reveal());
    }

    @Test
    void testConnectionSaysWhenTheKeyIsRejected(FxRobot robot) throws Exception {
        server.on(MODELS, FakeOpenAiServer.recordedJson(401, "error-401.json"));
        open(robot, Map.of());
        setBaseUrl(robot, server.baseUrl());
        robot.clickOn("#keyField").write(TYPED);
        robot.clickOn("#testButton");
        Labeled result = robot.lookup("#testResult").queryAs(Labeled.class);
        waitFor(() -> !result.getText().isEmpty() && !result.getText().startsWith("Testing"));
        assertTrue(result.getText().startsWith("Key rejected — The endpoint rejected the API key (HTTP 401)"), result.getText());
        assertTrue(result.getStyleClass().contains("test-failed"));
        robot.clickOn(robot.lookup(".button").match((Node n) -> n instanceof javafx.scene.control.Button b
                && "Cancel".equals(b.getText())).queryButton());
        waitFor(() -> !dialog.isShowing());
        assertFalse(Files.exists(dir.resolve("api-key")), "cancel saves nothing");
    }

    @Test
    void presetsAndEnvironmentOverrides(FxRobot robot) throws Exception {
        open(robot, Map.of("OPENAI_API_KEY", SAVED, AiSettings.ENV_MODEL, "gpt-4.1"));
        assertTrue(robot.lookup("#keyField").query().isDisabled());
        assertEquals("sk-…F3Qa  (from OPENAI_API_KEY)", robot.lookup("#keyField").queryAs(PasswordField.class).getPromptText());
        assertTrue(robot.lookup("#modelField").query().isDisabled());
        assertTrue(robot.lookup("#envNote").queryAs(Labeled.class).getText().contains("PMW_MODEL, OPENAI_API_KEY"));
        robot.clickOn("#presetMenu").clickOn(n -> n instanceof Labeled l && l.getText() != null
                && l.getText().startsWith("Ollama"));
        assertEquals("http://localhost:11434/v1", robot.lookup("#baseUrlField").queryAs(TextField.class).getText());
        assertTrue(robot.lookup("#presetHint").queryAs(Labeled.class).getText().startsWith("Ollama: Runs on this machine"));
        assertFalse(everythingShown(robot).contains(SAVED));
        robot.interact(() -> dialog.close());
    }
}
