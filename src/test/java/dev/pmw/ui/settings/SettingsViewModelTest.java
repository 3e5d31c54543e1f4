package dev.pmw.ui.settings;

import dev.pmw.draft.openai.AiSettings;
import dev.pmw.draft.openai.FakeOpenAiServer;
import dev.pmw.ui.settings.SettingsViewModel.KeyState;
import dev.pmw.ui.settings.SettingsViewModel.TestState;
import dev.pmw.ui.work.ImmediateBackground;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static dev.pmw.draft.openai.FakeOpenAiServer.MODELS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SettingsViewModelTest {
    private static final String KEY = "sk-FAKE-not-a-real-key-F3Qa";

    @TempDir
    Path dir;
    FakeOpenAiServer server;

    @BeforeEach
    void start() {
        server = FakeOpenAiServer.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private SettingsViewModel form(Map<String, String> env) {
        SettingsViewModel vm = new SettingsViewModel(new ImmediateBackground(), new AiConfig(dir, env));
        vm.load();
        return vm;
    }

    @Test
    void savingWritesTheSettingsAndAnOwnerOnlyKeyFileThatIsOnlyEverShownMasked() throws Exception {
        SettingsViewModel vm = form(Map.of());
        assertEquals(KeyState.NONE, vm.keyStateProperty().get());
        vm.baseUrlProperty().set("https://llm.example.com/v1/");
        vm.modelProperty().set("gpt-4o");
        vm.temperatureProperty().set(0.7);
        vm.timeoutSecondsProperty().set(30);
        vm.newKeyProperty().set("  " + KEY + "\n");
        boolean[] saved = {false};
        vm.save(() -> saved[0] = true);
        assertTrue(saved[0]);

        AiSettings s = AiSettings.load(dir);
        assertEquals(new AiSettings("https://llm.example.com/v1", "gpt-4o", 0.7, Duration.ofSeconds(30)), s);
        Path keyFile = dir.resolve("api-key");
        assertEquals(KEY, Files.readString(keyFile).strip());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile)));
        assertFalse(Files.readString(dir.resolve("ai-settings.json")).contains(KEY), "the key is not in the settings file");

        SettingsViewModel again = form(Map.of());
        assertEquals(KeyState.STORED, again.keyStateProperty().get());
        assertEquals("sk-…F3Qa", again.maskedKeyProperty().get());
        assertEquals("", again.newKeyProperty().get(), "a saved key is never put back into a field");
        assertEquals("Saved in " + keyFile + ", readable only by you.", again.keyStatusProperty().get());
        assertEquals("gpt-4o", again.modelProperty().get());
    }

    @Test
    void deleteRemovesTheStoredKey() throws Exception {
        SettingsViewModel vm = form(Map.of());
        vm.newKeyProperty().set(KEY);
        vm.save(() -> { });
        SettingsViewModel again = form(Map.of());
        again.deleteKeyProperty().set(true);
        assertEquals("The saved key sk-…F3Qa is deleted when you save.", again.keyStatusProperty().get());
        again.save(() -> { });
        assertFalse(Files.exists(dir.resolve("api-key")));
        assertEquals(KeyState.NONE, form(Map.of()).keyStateProperty().get());
    }

    @Test
    void environmentVariablesWinAndAreNotWrittenBack() throws Exception {
        AiSettings.DEFAULTS.withModel("saved-model").save(dir);
        SettingsViewModel vm = form(Map.of(AiSettings.ENV_BASE_URL, "http://gpu-box:8000/v1", "OPENAI_API_KEY", KEY));
        assertEquals("http://gpu-box:8000/v1", vm.baseUrlProperty().get());
        assertTrue(vm.baseUrlFromEnvProperty().get());
        assertFalse(vm.modelFromEnvProperty().get());
        assertEquals(KeyState.ENVIRONMENT, vm.keyStateProperty().get());
        assertEquals("From OPENAI_API_KEY (sk-…F3Qa); the variable wins over a saved key.", vm.keyStatusProperty().get());
        assertTrue(vm.environmentNote().contains("OPENAI_BASE_URL, OPENAI_API_KEY"));
        vm.temperatureProperty().set(1.0);
        vm.save(() -> { });
        AiSettings s = AiSettings.load(dir);
        assertEquals(AiSettings.DEFAULT_BASE_URL, s.baseUrl(), "the override is not saved as the user's setting");
        assertEquals(1.0, s.temperature());
        assertFalse(Files.exists(dir.resolve("api-key")), "a key from the environment is never written to disk");
    }

    @Test
    void presetsFillUrlAndModelAndBadValuesBlockSaving() {
        SettingsViewModel vm = form(Map.of());
        vm.applyPreset(Preset.OLLAMA);
        assertEquals("http://localhost:11434/v1", vm.baseUrlProperty().get());
        assertEquals("llama3.1", vm.modelProperty().get());
        assertTrue(vm.presetHintProperty().get().startsWith("Ollama: Runs on this machine; no key needed."));
        assertEquals(List.of("OpenAI", "Azure OpenAI", "Ollama", "LM Studio", "vLLM"),
                vm.presets().stream().map(Preset::label).toList());
        assertTrue(vm.canSave().get());
        vm.baseUrlProperty().set("ftp://files.example.com");
        assertTrue(vm.problemProperty().get().startsWith("Base URL must be http(s)://host"), vm.problemProperty().get());
        assertFalse(vm.canSave().get());
        vm.baseUrlProperty().set("http://localhost:11434/v1");
        vm.modelProperty().set(" ");
        assertEquals("Model id is empty.", vm.problemProperty().get());
        vm.modelProperty().set("llama3.1");
        assertNull(vm.problemProperty().get());
    }

    @Test
    void testConnectionAnswersPlainlyWithTheTypedKey() {
        server.on(MODELS, FakeOpenAiServer.recordedJson(200, "models.json"));
        SettingsViewModel vm = form(Map.of());
        vm.baseUrlProperty().set(server.baseUrl());
        vm.newKeyProperty().set(KEY);
        vm.testConnection();
        assertEquals(TestState.OK, vm.testStateProperty().get());
        assertTrue(vm.testResultProperty().get().matches("OK — Reachable · key accepted · model gpt-4o-mini found \\(\\d+ ms\\)"),
                vm.testResultProperty().get());
        assertEquals("Bearer " + KEY, server.last(MODELS).header("Authorization"));
        assertEquals(List.of("gpt-4o-mini", "gpt-4o", "text-embedding-3-small"), vm.models(), "offered in the model list");

        vm.modelProperty().set("gpt-4o");
        assertEquals(TestState.NOT_RUN, vm.testStateProperty().get(), "a changed field makes the old answer stale");
        assertEquals("", vm.testResultProperty().get());
    }

    @Test
    void testConnectionSaysWhenTheKeyIsRejected() {
        server.on(MODELS, FakeOpenAiServer.recordedJson(401, "error-401.json"));
        SettingsViewModel vm = form(Map.of());
        vm.baseUrlProperty().set(server.baseUrl());
        vm.newKeyProperty().set(KEY);
        vm.testConnection();
        assertEquals(TestState.FAILED, vm.testStateProperty().get());
        assertTrue(vm.testResultProperty().get().startsWith("Key rejected — The endpoint rejected the API key (HTTP 401)"),
                vm.testResultProperty().get());
        assertFalse(vm.testResultProperty().get().contains(KEY));
    }

    @Test
    void testConnectionToNothing() {
        SettingsViewModel vm = form(Map.of());
        vm.baseUrlProperty().set("http://nonexistent.invalid/v1");
        vm.testConnection();
        assertTrue(vm.testResultProperty().get().startsWith("Host not found — Could not find the host nonexistent.invalid"),
                vm.testResultProperty().get());
    }
}
