package dev.pmw.ui.settings;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.stage.Window;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

/// The AI settings dialog: the FXML form (`SettingsDialog.fxml`) bound to a [SettingsViewModel].
/// The key is typed into a password field (Show reveals what was typed, never a saved key, which is
/// only ever shown masked); Save writes in the background and closes the dialog when it worked.
/// The result is true when the settings were saved.
public final class SettingsDialog extends Dialog<Boolean> {
    public static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);

    private final SettingsViewModel vm;
    private final BooleanProperty replacing = new SimpleBooleanProperty();
    /// Kept: a bidirectional binding to `asObject()` only lives as long as the wrapper does.
    private ObjectProperty<Integer> timeoutValue;

    @FXML private MenuButton presetMenu;
    @FXML private Label presetHint;
    @FXML private TextField baseUrlField;
    @FXML private ComboBox<String> modelField;
    @FXML private PasswordField keyField;
    @FXML private TextField keyPlain;
    @FXML private ToggleButton showKey;
    @FXML private Button replaceKey;
    @FXML private Button deleteKey;
    @FXML private Label keyStatus;
    @FXML private Slider temperatureSlider;
    @FXML private Label temperatureValue;
    @FXML private Spinner<Integer> timeoutSpinner;
    @FXML private Label envNote;
    @FXML private Label problemLabel;
    @FXML private Button testButton;
    @FXML private ProgressIndicator testProgress;
    @FXML private Label testResult;

    public SettingsDialog(SettingsViewModel vm, Window owner) {
        this.vm = vm;
        setTitle("AI settings");
        setHeaderText("Where drafts with a model are requested");
        if (owner != null) {
            initOwner(owner);
        }
        getDialogPane().setContent(load());
        getDialogPane().getButtonTypes().setAll(SAVE, ButtonType.CANCEL);
        getDialogPane().setId("aiSettingsDialog");
        if (owner != null && owner.getScene() != null) {
            getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        setResizable(true);
        bind();
        setResultConverter(b -> b == SAVE);
        Button save = (Button) getDialogPane().lookupButton(SAVE);
        save.setId("saveSettings");
        save.disableProperty().bind(vm.canSave().not());
        // saving writes files: in the background, closing only once it worked
        save.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            vm.save(() -> setResult(Boolean.TRUE));
        });
        vm.load();
    }

    private Node load() {
        FXMLLoader loader = new FXMLLoader(SettingsDialog.class.getResource("SettingsDialog.fxml"));
        loader.setController(this);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("SettingsDialog.fxml", e);
        }
    }

    private void bind() {
        for (Preset p : vm.presets()) {
            MenuItem item = new MenuItem(p.label() + "  ·  " + p.baseUrl());
            item.setOnAction(e -> vm.applyPreset(p));
            presetMenu.getItems().add(item);
        }
        presetHint.textProperty().bind(vm.presetHintProperty());

        baseUrlField.textProperty().bindBidirectional(vm.baseUrlProperty());
        baseUrlField.disableProperty().bind(vm.baseUrlFromEnvProperty());
        modelField.setItems(vm.models());
        modelField.getEditor().textProperty().bindBidirectional(vm.modelProperty());
        modelField.disableProperty().bind(vm.modelFromEnvProperty());

        bindKey();

        temperatureSlider.valueProperty().bindBidirectional(vm.temperatureProperty());
        temperatureValue.textProperty().bind(Bindings.createStringBinding(
                () -> String.format(Locale.ROOT, "%.1f", vm.temperatureProperty().get()), vm.temperatureProperty()));
        SpinnerValueFactory.IntegerSpinnerValueFactory f = new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 600, 60, 5);
        timeoutSpinner.setValueFactory(f);
        timeoutValue = vm.timeoutSecondsProperty().asObject();
        f.valueProperty().bindBidirectional(timeoutValue);

        envNote.setText(vm.environmentNote());
        envNote.setVisible(!envNote.getText().isEmpty());
        envNote.setManaged(envNote.isVisible());
        problemLabel.textProperty().bind(Bindings.createStringBinding(() -> vm.saveErrorProperty().get() != null
                ? vm.saveErrorProperty().get() : vm.problemProperty().get(), vm.problemProperty(), vm.saveErrorProperty()));

        testButton.setOnAction(e -> vm.testConnection());
        testButton.disableProperty().bind(vm.testStateProperty().isEqualTo(SettingsViewModel.TestState.RUNNING));
        testProgress.visibleProperty().bind(vm.testStateProperty().isEqualTo(SettingsViewModel.TestState.RUNNING));
        testResult.textProperty().bind(vm.testResultProperty());
        vm.testStateProperty().addListener((o, a, s) -> {
            testResult.getStyleClass().removeAll("test-ok", "test-failed");
            if (s == SettingsViewModel.TestState.OK) {
                testResult.getStyleClass().add("test-ok");
            } else if (s == SettingsViewModel.TestState.FAILED) {
                testResult.getStyleClass().add("test-failed");
            }
        });
    }

    private void bindKey() {
        keyField.textProperty().bindBidirectional(vm.newKeyProperty());
        keyPlain.textProperty().bindBidirectional(vm.newKeyProperty());
        keyPlain.visibleProperty().bind(showKey.selectedProperty());
        keyField.visibleProperty().bind(showKey.selectedProperty().not());
        showKey.setTooltip(new Tooltip("Show the key you typed (a saved key is never shown, only its last four characters)"));
        var state = vm.keyStateProperty();
        var fromEnv = state.isEqualTo(SettingsViewModel.KeyState.ENVIRONMENT);
        var stored = state.isEqualTo(SettingsViewModel.KeyState.STORED);
        var locked = fromEnv.or(stored.and(replacing.not())).or(vm.deleteKeyProperty());
        keyField.disableProperty().bind(locked);
        keyPlain.disableProperty().bind(locked);
        showKey.disableProperty().bind(locked);
        replaceKey.visibleProperty().bind(stored.and(replacing.not()).and(vm.deleteKeyProperty().not()));
        replaceKey.managedProperty().bind(replaceKey.visibleProperty());
        replaceKey.setOnAction(e -> {
            replacing.set(true);
            keyField.requestFocus();
        });
        deleteKey.visibleProperty().bind(stored);
        deleteKey.managedProperty().bind(stored);
        deleteKey.textProperty().bind(Bindings.when(vm.deleteKeyProperty()).then("Keep").otherwise("Delete"));
        deleteKey.setOnAction(e -> {
            vm.newKeyProperty().set("");
            replacing.set(false);
            vm.deleteKeyProperty().set(!vm.deleteKeyProperty().get());
        });
        var prompt = Bindings.createStringBinding(() -> switch (state.get()) {
            case STORED -> vm.maskedKeyProperty().get() + "  (saved)";
            case ENVIRONMENT -> vm.maskedKeyProperty().get() + "  (from OPENAI_API_KEY)";
            case NONE -> "sk-…  (not needed for local servers)";
        }, state, vm.maskedKeyProperty());
        keyField.promptTextProperty().bind(prompt);
        keyPlain.promptTextProperty().bind(prompt);
        keyStatus.textProperty().bind(vm.keyStatusProperty());
    }

    /// For tests and the integration: the form's view model.
    public SettingsViewModel viewModel() {
        return vm;
    }
}
