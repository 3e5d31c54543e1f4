package dev.pmw.ui.ai;

import dev.pmw.draft.DraftRequest;
import dev.pmw.draft.PostmortemDocument;
import dev.pmw.draft.Templates;
import dev.pmw.draft.openai.AiClient;
import dev.pmw.draft.openai.AiSettings;
import dev.pmw.draft.openai.ApiKey;
import dev.pmw.draft.openai.OpenAiDrafter;
import dev.pmw.draft.openai.Prompt;
import dev.pmw.draft.privacy.Highlight;
import dev.pmw.ui.App;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Labeled;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/// The consent dialog shows the exact payload of a real request for the sample incident, with its
/// redaction placeholders highlighted, and answers Send (remembered or not) or Cancel.
@ExtendWith(ApplicationExtension.class)
class ConsentDialogUiTest {
    private static ConsentRequest request;
    private Stage stage;
    private ConsentDialog dialog;

    @BeforeAll
    static void prompt() {
        AiSettings settings = AiSettings.DEFAULTS.withBaseUrl("https://llm.example.com/v1");
        try (AiClient client = new AiClient(settings, ApiKey.of("sk-test-0123456789abcdef"))) {
            OpenAiDrafter drafter = new OpenAiDrafter(client, List.of("Dani Ortega", "Priya Nair"));
            PostmortemDocument doc = PostmortemDocument.blank(Templates.standard(), "t", null);
            Prompt p = drafter.prompt(new DraftRequest(SampleDraftContext.get(), SectionSpecs.of(doc, "impact"), doc), null);
            request = new ConsentRequest("Impact", settings.endpoint(), settings.model(), p.payload(settings),
                    ConsentRequest.Reason.FIRST_REQUEST);
        }
    }

    @Start
    void start(Stage s) {
        stage = s;
        Scene scene = new Scene(new StackPane(), 400, 300);
        scene.getStylesheets().add(App.class.getResource("app.css").toExternalForm());
        s.setScene(scene);
        s.show();
    }

    private void open(FxRobot robot) {
        robot.interact(() -> {
            dialog = new ConsentDialog(request, stage);
            dialog.show();
        });
    }

    private ConsentDialog.Answer answer() throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !dialog.isShowing());
        return dialog.getResult();
    }

    @Test
    void theExactPayloadWithItsPlaceholdersHighlighted(FxRobot robot) throws Exception {
        open(robot);
        assertEquals(request.payload().json(), dialog.shownPayload());
        assertTrue(dialog.getHeaderText().startsWith("The first request of this project to https://llm.example.com/v1"));
        String summary = robot.lookup("#consentSummary").queryAs(Labeled.class).getText();
        assertTrue(summary.contains("Redacted before sending: " + request.payload().summary()), summary);
        assertTrue(request.payload().summary().contains("name"), request.payload().summary());
        assertFalse(dialog.shownPayload().contains("Dani Ortega"));

        List<Highlight> hs = dialog.highlights();
        assertFalse(hs.isEmpty());
        for (Highlight h : hs) {
            assertEquals(h.placeholder(), dialog.shownPayload().substring(h.start(), h.end()));
            assertTrue(dialog.classesAt(h.start()).contains(ConsentDialog.REDACTION), h.toString());
            assertTrue(dialog.classesAt(h.end() - 1).contains(ConsentDialog.REDACTION));
        }
        assertFalse(dialog.classesAt(hs.getFirst().start() - 1).contains(ConsentDialog.REDACTION));

        robot.clickOn("#consentPayload").write("x");
        assertEquals(request.payload().json(), dialog.shownPayload(), "read-only");
        assertTrue(robot.lookup("#rememberConsent").queryAs(CheckBox.class).isSelected(), "remembered unless unticked");
        robot.clickOn("#consentSend");
        assertEquals(new ConsentDialog.Answer(true, true), answer());
    }

    @Test
    void sendOnceWithoutRememberingOrCancel(FxRobot robot) throws Exception {
        open(robot);
        robot.clickOn("#rememberConsent");
        robot.clickOn("#consentSend");
        assertEquals(new ConsentDialog.Answer(true, false), answer());

        open(robot);
        robot.clickOn(robot.lookup(".button").match((javafx.scene.Node n) -> n instanceof javafx.scene.control.Button b
                && "Cancel".equals(b.getText())).queryButton());
        assertEquals(new ConsentDialog.Answer(false, false), answer());
    }
}
