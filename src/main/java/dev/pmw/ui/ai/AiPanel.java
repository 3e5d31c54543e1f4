package dev.pmw.ui.ai;

import dev.pmw.ui.ai.AiDraftViewModel.State;
import dev.pmw.ui.settings.SettingsDialog;
import dev.pmw.ui.settings.SettingsViewModel;
import dev.pmw.ui.work.Background;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.EnumMap;
import java.util.Map;

/// The AI drafting panel: what the model drafting is doing, in one line, with the parts each state
/// needs (the setup help when nothing is configured, progress and Cancel while streaming, the
/// failure in red). It opens the consent dialog when a request waits for consent, and the settings
/// dialog (also from the menu, Ctrl+,).
public final class AiPanel extends VBox {
    private final AiDraftViewModel vm;
    private final Background background;
    private ConsentDialog consentDialog;

    public AiPanel(AiDraftViewModel vm, Background background) {
        this.vm = vm;
        this.background = background;
        getStyleClass().add("ai-panel");
        setId("aiPanel");

        FontIcon icon = new FontIcon("mdi2r-robot-outline");
        icon.getStyleClass().add("ai-icon");
        Label title = new Label("AI drafting");
        title.getStyleClass().add("title");
        Label endpoint = new Label();
        endpoint.getStyleClass().add("muted");
        endpoint.setId("aiEndpoint");
        endpoint.textProperty().bind(Bindings.createStringBinding(() -> vm.endpointProperty().get() == null
                || !vm.endpointProperty().get().configured() ? "offline" : vm.endpointProperty().get().describe(),
                vm.endpointProperty()));
        Button settings = new Button("AI Settings…", new FontIcon("mdi2c-cog-outline"));
        settings.setId("aiSettingsButton");
        settings.setOnAction(e -> openSettings());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        // in a narrow side panel the endpoint gives way (the message line names it too), never the rest
        title.setMinWidth(Region.USE_PREF_SIZE);
        settings.setMinWidth(Region.USE_PREF_SIZE);
        endpoint.setMinWidth(0);
        HBox header = new HBox(8, icon, title, endpoint, gap, settings);
        header.setAlignment(Pos.CENTER_LEFT);

        Label message = new Label();
        message.setId("aiMessage");
        message.setWrapText(true);
        message.getStyleClass().add("ai-message");
        message.textProperty().bind(vm.messageProperty());
        message.setMinHeight(Region.USE_PREF_SIZE);

        Map<State, Node> parts = new EnumMap<>(State.class);
        parts.put(State.NOT_CONFIGURED, setupHelp());
        parts.put(State.STREAMING, streaming());
        parts.put(State.FAILED, retry());
        Hyperlink names = new Hyperlink();
        names.setId("aiRedactNames");
        names.textProperty().bind(Bindings.createStringBinding(() -> vm.namesToRedact().isEmpty()
                ? "Also redact names…" : "Also redacted: " + vm.namesToRedact().size() + (vm.namesToRedact().size() == 1 ? " name" : " names") + " you listed…",
                vm.namesToRedact()));
        names.setTooltip(new Tooltip("Names only you know to keep private (customers, partners); saved with the project"));
        names.setOnAction(e -> editNames());
        getChildren().addAll(header, message, names);
        parts.values().forEach(n -> {
            n.setVisible(false);
            n.setManaged(false);
            getChildren().add(n);
        });
        vm.stateProperty().addListener((o, a, s) -> show(parts, message, s));
        show(parts, message, vm.stateProperty().get());
        vm.consentProperty().addListener((o, a, c) -> {
            if (c != null) {
                askConsent(c);
            } else if (consentDialog != null) {
                consentDialog.close();
            }
        });
    }

    private void show(Map<State, Node> parts, Label message, State s) {
        parts.forEach((state, n) -> {
            n.setVisible(state == s);
            n.setManaged(state == s);
        });
        message.getStyleClass().removeAll("failed", "done");
        if (s == State.FAILED) {
            message.getStyleClass().add("failed");
        } else if (s == State.DONE) {
            message.getStyleClass().add("done");
        }
    }

    private Node setupHelp() {
        Label what = new Label("Drafts are written offline from the evidence: the offline draft is always there, and "
                + "nothing leaves this computer. To draft with a model, set up an OpenAI-compatible endpoint (OpenAI, "
                + "Azure OpenAI, or a local Ollama, LM Studio or vLLM) in AI Settings (Ctrl+,), or start pmw with:");
        what.setWrapText(true);
        what.setMinHeight(Region.USE_PREF_SIZE); // wrapped in a narrow side panel: all of it, never "…"
        Label env = new Label("OPENAI_BASE_URL=http://localhost:11434/v1\nPMW_MODEL=llama3.1\nOPENAI_API_KEY=sk-…");
        env.getStyleClass().add("ai-env");
        env.setMinHeight(Region.USE_PREF_SIZE);
        Button open = new Button("Set up an AI endpoint…");
        open.setId("aiSetupButton");
        open.getStyleClass().add("accent");
        open.setOnAction(e -> openSettings());
        VBox box = new VBox(6, what, env, open);
        box.getStyleClass().add("ai-setup");
        box.setId("aiSetup");
        return box;
    }

    private Node streaming() {
        ProgressBar bar = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        bar.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(bar, Priority.ALWAYS);
        Label count = new Label();
        count.getStyleClass().add("muted");
        count.textProperty().bind(Bindings.createStringBinding(
                () -> String.format("%,d characters", vm.streamingTextProperty().get().length()), vm.streamingTextProperty()));
        Button cancel = new Button("Cancel", new FontIcon("mdi2c-close-circle-outline"));
        cancel.setId("aiCancel");
        cancel.setOnAction(e -> vm.cancel());
        HBox box = new HBox(8, bar, count, cancel);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private Node retry() {
        Button again = new Button("Try again", new FontIcon("mdi2r-refresh"));
        again.setId("aiRetry");
        again.setOnAction(e -> vm.draft(vm.sectionKeyProperty().get()));
        Button settings = new Button("AI Settings…");
        settings.setOnAction(e -> openSettings());
        HBox box = new HBox(8, again, settings);
        return box;
    }

    private void askConsent(ConsentRequest c) {
        consentDialog = new ConsentDialog(c, window());
        consentDialog.setOnHidden(e -> {
            ConsentDialog.Answer a = consentDialog.getResult();
            consentDialog = null;
            if (vm.stateProperty().get() != State.PREVIEW) {
                return;
            }
            if (a != null && a.send()) {
                vm.send(a.remember());
            } else {
                vm.cancel();
            }
        });
        consentDialog.show();
    }

    /// The user's list of names to redact before sending.
    public void editNames() {
        new RedactNamesDialog(vm.namesToRedact(), window()).showAndWait()
                .ifPresent(list -> vm.namesToRedact().setAll(list));
    }

    /// The settings dialog; saving reloads the endpoint.
    public void openSettings() {
        SettingsDialog d = new SettingsDialog(new SettingsViewModel(background, vm.config()), window());
        d.setOnHidden(e -> {
            if (Boolean.TRUE.equals(d.getResult())) {
                vm.reload();
            }
        });
        d.show();
    }

    /// The consent dialog on screen, or null (for tests).
    public ConsentDialog consentDialog() {
        return consentDialog;
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }
}
