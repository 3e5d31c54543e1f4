package dev.pmw.ui.settings;

import dev.pmw.draft.openai.AiClient;
import dev.pmw.draft.openai.AiFailure;
import dev.pmw.draft.openai.AiSettings;
import dev.pmw.draft.openai.ApiKey;
import dev.pmw.draft.openai.ApiKeyStore;
import dev.pmw.draft.openai.ConnectionReport;
import dev.pmw.ui.work.Background;
import dev.pmw.work.Progress;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;

/// The AI settings form: base URL, model, API key (masked; replace or delete), temperature and
/// timeout, presets for common servers, and "Test connection", which answers in one plain line.
/// Reading and writing the config files and testing run in the background.
public final class SettingsViewModel {
    /// Where the key in use comes from.
    public enum KeyState { NONE, STORED, ENVIRONMENT }

    /// How the last "Test connection" went.
    public enum TestState { NOT_RUN, RUNNING, OK, FAILED }

    private final Background background;
    private final AiConfig config;

    // ---------------------------------------------------------------- properties
    private final StringProperty baseUrl = new SimpleStringProperty(AiSettings.DEFAULT_BASE_URL);
    private final StringProperty model = new SimpleStringProperty(AiSettings.DEFAULT_MODEL);
    private final DoubleProperty temperature = new SimpleDoubleProperty(AiSettings.DEFAULTS.temperature());
    private final IntegerProperty timeoutSeconds = new SimpleIntegerProperty((int) AiSettings.DEFAULTS.timeout().toSeconds());
    private final StringProperty newKey = new SimpleStringProperty("");
    private final BooleanProperty deleteKey = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<KeyState> keyState = new ReadOnlyObjectWrapper<>(KeyState.NONE);
    private final ReadOnlyStringWrapper maskedKey = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper keyStatus = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<TestState> testState = new ReadOnlyObjectWrapper<>(TestState.NOT_RUN);
    private final ReadOnlyStringWrapper testResult = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper presetHint = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper baseUrlFromEnv = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper modelFromEnv = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper saveError = new ReadOnlyStringWrapper();
    private final ObservableList<String> models = FXCollections.observableArrayList();
    private AiSettings saved = AiSettings.DEFAULTS;
    private ApiKey existingKey;
    private long testGeneration;

    public SettingsViewModel(Background background, AiConfig config) {
        this.background = background;
        this.config = config;
        for (ObservableValue<?> v : List.of(baseUrl, model, temperature, timeoutSeconds)) {
            v.addListener((o, a, b) -> {
                validate();
                forgetTest();
            });
        }
        newKey.addListener((o, a, b) -> {
            updateKeyStatus();
            forgetTest();
        });
        deleteKey.addListener((o, a, b) -> {
            updateKeyStatus();
            forgetTest();
        });
        validate();
        updateKeyStatus();
    }

    public StringProperty baseUrlProperty() {
        return baseUrl;
    }

    public StringProperty modelProperty() {
        return model;
    }

    public DoubleProperty temperatureProperty() {
        return temperature;
    }

    public IntegerProperty timeoutSecondsProperty() {
        return timeoutSeconds;
    }

    /// A key typed to replace the stored one (or to store one); empty keeps what is there.
    public StringProperty newKeyProperty() {
        return newKey;
    }

    /// The stored key is deleted on save.
    public BooleanProperty deleteKeyProperty() {
        return deleteKey;
    }

    public ReadOnlyObjectProperty<KeyState> keyStateProperty() {
        return keyState.getReadOnlyProperty();
    }

    /// The key in use, masked (`sk-…f3Qa`), or "" when none: the only form a set key is ever shown in.
    public ReadOnlyStringProperty maskedKeyProperty() {
        return maskedKey.getReadOnlyProperty();
    }

    /// One line on the key: where it is kept and what saving will do.
    public ReadOnlyStringProperty keyStatusProperty() {
        return keyStatus.getReadOnlyProperty();
    }

    /// Why the form cannot be saved (an unusable URL, an empty model), or null.
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<TestState> testStateProperty() {
        return testState.getReadOnlyProperty();
    }

    /// "OK — Reachable · key accepted · model gpt-4o-mini found (84 ms)", "Key rejected — …".
    public ReadOnlyStringProperty testResultProperty() {
        return testResult.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty presetHintProperty() {
        return presetHint.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty baseUrlFromEnvProperty() {
        return baseUrlFromEnv.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty modelFromEnvProperty() {
        return modelFromEnv.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    /// Why the last save failed, or null.
    public ReadOnlyStringProperty saveErrorProperty() {
        return saveError.getReadOnlyProperty();
    }

    /// The models the endpoint listed at the last successful test (for the model field's list).
    public ObservableList<String> models() {
        return models;
    }

    public List<Preset> presets() {
        return Preset.all();
    }

    public BooleanBinding canSave() {
        return Bindings.createBooleanBinding(() -> problem.get() == null && !saving.get(), problem, saving);
    }

    /// Which variables override settings, for the note under the form ("" when none).
    public String environmentNote() {
        List<String> vars = config.overridden();
        return vars.isEmpty() ? "" : "Set by the environment (and greyed out here): " + String.join(", ", vars)
                + ". Unset them to use the values saved here.";
    }

    public String keyFile() {
        return config.keyFile().toString();
    }

    // ---------------------------------------------------------------- commands

    /// Reads the saved settings and the key in the background and fills the form.
    public void load() {
        background.run(w -> new Loaded(config.load(), config.saved()), Progress.NONE, r -> {
            saved = r.saved();
            fill(r.endpoint());
        }, e -> problem.set("Could not read the AI settings: " + e.getMessage()));
    }

    private record Loaded(Endpoint endpoint, AiSettings saved) {
    }

    private void fill(Endpoint e) {
        List<String> env = config.overridden();
        baseUrlFromEnv.set(env.contains(AiSettings.ENV_BASE_URL));
        modelFromEnv.set(env.contains(AiSettings.ENV_MODEL));
        AiSettings s = e.settings();
        baseUrl.set(s.baseUrl());
        model.set(s.model());
        temperature.set(s.temperature());
        timeoutSeconds.set((int) Math.max(1, s.timeout().toSeconds()));
        existingKey = e.key();
        keyState.set(e.keyOrigin() == null ? KeyState.NONE
                : e.keyOrigin() == ApiKeyStore.Origin.ENVIRONMENT ? KeyState.ENVIRONMENT : KeyState.STORED);
        maskedKey.set(e.key() == null ? "" : e.key().masked());
        newKey.set("");
        deleteKey.set(false);
        updateKeyStatus();
        validate();
        testState.set(TestState.NOT_RUN);
        testResult.set(e.problem() == null ? "" : e.problem());
    }

    public void applyPreset(Preset p) {
        if (!baseUrlFromEnv.get()) {
            baseUrl.set(p.baseUrl());
        }
        if (!modelFromEnv.get()) {
            model.set(p.model());
        }
        presetHint.set(p.label() + ": " + p.hint());
    }

    /// Asks the endpoint, with the values in the form and the key that would be used, whether it is
    /// reachable, accepts the key and has the model. The answer arrives in [#testResultProperty()].
    public void testConnection() {
        AiSettings s = formSettings();
        if (s == null) {
            testState.set(TestState.FAILED);
            testResult.set("Cannot test: " + problem.get());
            return;
        }
        ApiKey key = keyToUse();
        long mine = ++testGeneration;
        testState.set(TestState.RUNNING);
        testResult.set("Testing " + s.endpoint() + " …");
        background.run(w -> {
            try (AiClient c = new AiClient(s, key == null ? new Endpoint(s, null, null, null).keyToSend() : key)) {
                return c.testConnection();
            }
        }, Progress.NONE, r -> {
            if (mine == testGeneration) {
                report(r, key == null);
            }
        }, e -> {
            if (mine == testGeneration) {
                testState.set(TestState.FAILED);
                testResult.set("Failed — " + e.getMessage());
            }
        });
    }

    private void report(ConnectionReport r, boolean noKey) {
        testState.set(r.ok() ? TestState.OK : TestState.FAILED);
        String headline = r.ok() ? "OK" : headline(r.problem(), noKey);
        testResult.set(headline + " — " + r.message());
        if (!r.models().isEmpty()) {
            models.setAll(r.models());
        }
    }

    /// The plain verdict in front of the core's sentence.
    static String headline(AiFailure.Kind kind, boolean noKey) {
        if (kind == null) {
            return "Failed";
        }
        return switch (kind) {
            case KEY_REJECTED -> noKey ? "Key needed" : "Key rejected";
            case MODEL_NOT_FOUND -> "Model not found";
            case ENDPOINT_NOT_FOUND -> "Wrong URL";
            case DNS -> "Host not found";
            case OFFLINE -> "Not reachable";
            case TLS -> "Secure connection failed";
            case CONNECT_TIMEOUT, READ_TIMEOUT -> "No answer";
            case RATE_LIMITED -> "Reachable, rate-limited";
            case SERVER_ERROR -> "Server error";
            case MALFORMED -> "Not OpenAI-compatible";
            default -> "Failed";
        };
    }

    /// Writes the settings and the key change in the background; `onSaved` runs after it worked.
    public void save(Runnable onSaved) {
        AiSettings form = formSettings();
        if (form == null) {
            return;
        }
        // a field the environment overrides keeps its saved value: the form only shows the override
        AiSettings toSave = form.withBaseUrl(baseUrlFromEnv.get() ? saved.baseUrl() : form.baseUrl())
                .withModel(modelFromEnv.get() ? saved.model() : form.model());
        AiConfig.KeyChange change = keyChange();
        saving.set(true);
        saveError.set(null);
        background.run(w -> {
            try {
                config.save(toSave, change);
                return Boolean.TRUE;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, Progress.NONE, ok -> {
            saving.set(false);
            onSaved.run();
        }, e -> {
            saving.set(false);
            Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
            saveError.set("Could not save the AI settings: " + cause.getMessage());
        });
    }

    // ---------------------------------------------------------------- state

    private AiConfig.KeyChange keyChange() {
        if (keyState.get() == KeyState.ENVIRONMENT) {
            return AiConfig.KeyChange.KEEP;
        }
        String typed = newKey.get() == null ? "" : newKey.get().strip();
        if (!typed.isEmpty()) {
            return new AiConfig.KeyChange.Replace(ApiKey.of(typed));
        }
        return deleteKey.get() ? AiConfig.KeyChange.DELETE : AiConfig.KeyChange.KEEP;
    }

    /// The key a request would carry with the form as it is: a typed key, else the key in use
    /// unless marked for deletion; null for none.
    private ApiKey keyToUse() {
        if (keyState.get() == KeyState.ENVIRONMENT) {
            return existingKey;
        }
        String typed = newKey.get() == null ? "" : newKey.get().strip();
        if (!typed.isEmpty()) {
            return ApiKey.of(typed);
        }
        return deleteKey.get() ? null : existingKey;
    }

    private AiSettings formSettings() {
        try {
            return new AiSettings(baseUrl.get(), model.get(), temperature.get(),
                    Duration.ofSeconds(timeoutSeconds.get()));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private void validate() {
        try {
            new AiSettings(baseUrl.get(), model.get(), temperature.get(), Duration.ofSeconds(timeoutSeconds.get()));
            problem.set(null);
        } catch (IllegalArgumentException e) {
            String m = e.getMessage();
            problem.set(Character.toUpperCase(m.charAt(0)) + m.substring(1) + ".");
        }
    }

    private void forgetTest() {
        if (testState.get() != TestState.NOT_RUN) {
            testGeneration++;
            testState.set(TestState.NOT_RUN);
            testResult.set("");
        }
    }

    private void updateKeyStatus() {
        String typed = newKey.get() == null ? "" : newKey.get().strip();
        String status = switch (keyState.get()) {
            case ENVIRONMENT -> "From " + ApiKeyStore.ENV + " (" + maskedKey.get() + "); the variable wins over a saved key.";
            case STORED -> !typed.isEmpty() ? "The new key replaces " + maskedKey.get() + " when you save."
                    : deleteKey.get() ? "The saved key " + maskedKey.get() + " is deleted when you save."
                    : "Saved in " + keyFile() + ", readable only by you.";
            case NONE -> !typed.isEmpty() ? "Saved in " + keyFile() + " (readable only by you) when you save."
                    : "No key set. Local servers (Ollama, LM Studio, vLLM) usually need none; or set " + ApiKeyStore.ENV + ".";
        };
        keyStatus.set(status);
    }
}
