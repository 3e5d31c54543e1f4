package dev.pmw.ui.ai;

import dev.pmw.draft.PostmortemDocument;
import dev.pmw.draft.Templates;
import dev.pmw.ui.App;
import dev.pmw.ui.settings.AiConfig;
import dev.pmw.ui.settings.SettingsDialog;
import dev.pmw.ui.settings.SettingsViewModel;
import dev.pmw.ui.work.FxBackground;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import java.nio.file.Files;
import java.time.Clock;
import java.util.Map;

/// The AI components on their own, against the environment's endpoint (FakeServerMain), for
/// looking at them under Xvfb: `-Ddemo=consent|proposal|settings|setup`.
public final class AiDemo extends Application {
    @Override
    public void start(Stage stage) throws Exception {
        String demo = System.getProperty("demo", "proposal");
        UndoableDocument host = new UndoableDocument(PostmortemDocument.blank(Templates.standard(), "Payments outage", null)
                .withUserText("impact", "Between 02:03 and 02:31 UTC payment-service returned errors [e-xax52vna5jkq]. "
                        + "Support received tickets."));
        FxBackground bg = new FxBackground();
        Map<String, String> env = demo.equals("setup") ? Map.of() : System.getenv();
        AiDraftViewModel vm = new AiDraftViewModel(bg, new FxTicker(), new AiConfig(Files.createTempDirectory("pmw-demo"), env),
                host, SampleDraftContext::get, Clock.systemUTC());
        Label heading = new Label("Impact");
        heading.getStyleClass().add("title");
        TextArea editor = new TextArea();
        editor.setWrapText(true);
        editor.setPrefRowCount(4);
        editor.textProperty().bind(Bindings.createStringBinding(() -> host.document().section("impact").orElseThrow().text(),
                host.documentProperty()));
        ProposalView proposal = new ProposalView(new ProposalViewModel(host, "impact"), vm.checks());
        AiPanel panel = new AiPanel(vm, bg);
        VBox root = new VBox(10, heading, new SectionAiBar(vm, "impact"), editor, proposal, panel);
        root.setStyle("-fx-padding: 16");
        Scene scene = new Scene(root, 1280, 800);
        scene.getStylesheets().add(App.class.getResource("app.css").toExternalForm());
        stage.setScene(scene);
        stage.setTitle("Postmortem Workbench — AI demo");
        stage.show();
        vm.reload();
        vm.namesToRedact().add("Dani Ortega");
        vm.stateProperty().addListener((o, a, s) -> {
            if (s == AiDraftViewModel.State.PREVIEW && demo.equals("proposal")) {
                Platform.runLater(() -> panel.consentDialog().setResult(new ConsentDialog.Answer(true, true)));
            }
        });
        vm.endpointProperty().addListener((o, a, e) -> {
            switch (demo) {
                case "consent", "proposal" -> vm.draft("impact");
                case "settings" -> new SettingsDialog(new SettingsViewModel(bg, vm.config()), stage).show();
                default -> { }
            }
        });
    }

    /// A main outside the Application subclass, so that JavaFX loads from the class path.
    public static final class Main {
        public static void main(String[] args) {
            Application.launch(AiDemo.class, args);
        }
    }
}
