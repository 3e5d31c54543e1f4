package dev.pmw.draft.openai;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class SettingsAndKeyTest {
    private static final String KEY = "sk-FAKE-test-only-not-a-real-key-f3Qa";

    @Test
    void configFolderPerPlatform() {
        Path home = Path.of("/home/dani");
        assertEquals(Path.of("/xdg/pmw"), UserConfigDir.resolve(Map.of("XDG_CONFIG_HOME", "/xdg"), "Linux", home));
        assertEquals(home.resolve(".config/pmw"), UserConfigDir.resolve(Map.of(), "Linux", home));
        assertEquals(home.resolve(".config/pmw"), UserConfigDir.resolve(Map.of("XDG_CONFIG_HOME", "relative"), "Linux", home),
                "a relative XDG_CONFIG_HOME is ignored, as the spec says");
        assertEquals(home.resolve("Library/Application Support/pmw"), UserConfigDir.resolve(Map.of(), "Mac OS X", home));
        assertEquals(Path.of("C:/Users/dani/AppData/Roaming").resolve("pmw"),
                UserConfigDir.resolve(Map.of("APPDATA", "C:/Users/dani/AppData/Roaming"), "Windows 11", home));
    }

    @Test
    void theKeyFileIsOwnerOnlyFromTheStart(@TempDir Path tmp) throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path dir = tmp.resolve("config/pmw");
        ApiKeyStore store = new ApiKeyStore(dir);
        store.save(ApiKey.of(KEY + "\n"));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(store.file())));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)));
        assertEquals(KEY, store.load().orElseThrow().reveal());
        store.save(ApiKey.of("sk-second-key-0000000000"));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(store.file())));
        assertEquals(List.of(ApiKeyStore.FILE_NAME), Files.list(dir).map(p -> p.getFileName().toString()).toList(),
                "no temporary file left behind");
        store.delete();
        assertTrue(store.load().isEmpty());
    }

    @Test
    void theEnvironmentKeyWinsOverTheStoredOne(@TempDir Path tmp) throws IOException {
        ApiKeyStore store = new ApiKeyStore(tmp);
        store.save(ApiKey.of(KEY));
        ApiKeyStore.Resolved env = store.resolve(Map.of("OPENAI_API_KEY", "sk-from-env-000000000000")).orElseThrow();
        assertEquals(ApiKeyStore.Origin.ENVIRONMENT, env.origin());
        assertEquals("sk-from-env-000000000000", env.key().reveal());
        assertEquals(ApiKeyStore.Origin.STORED, store.resolve(Map.of()).orElseThrow().origin());
        assertTrue(new ApiKeyStore(tmp.resolve("none")).resolve(Map.of()).isEmpty());
    }

    @Test
    void nothingThatHoldsTheKeyPrintsIt() {
        ApiKey k = ApiKey.of(KEY);
        assertEquals("sk-…f3Qa", k.toString());
        assertEquals("sk-…f3Qa", k.masked());
        assertFalse(("key: " + k).contains("AbCdEf"));
        assertFalse(new ApiKeyStore.Resolved(k, ApiKeyStore.Origin.STORED).toString().contains("AbCdEf"));
        try (AiClient c = new AiClient(AiSettings.DEFAULTS, k)) {
            assertFalse(c.toString().contains("AbCdEf"));
        }
        assertEquals("••••", ApiKey.of("short").masked());
        assertThrows(IllegalArgumentException.class, () -> ApiKey.of("  "));
    }

    @Test
    void settingsRoundTripAndEnvironmentOverrides(@TempDir Path tmp) throws IOException {
        assertEquals(AiSettings.DEFAULTS, AiSettings.load(tmp));
        AiSettings s = new AiSettings("http://localhost:11434/v1/", "llama3.1", 0.4, Duration.ofSeconds(90));
        s.save(tmp);
        AiSettings back = AiSettings.load(tmp);
        assertEquals("http://localhost:11434/v1", back.baseUrl(), "trailing slash dropped");
        assertEquals(s.withBaseUrl("http://localhost:11434/v1"), back);
        Map<String, String> env = Map.of("OPENAI_BASE_URL", "https://example.test/v1", "PMW_MODEL", "gpt-4o");
        AiSettings eff = AiSettings.effective(tmp, env);
        assertEquals("https://example.test/v1", eff.baseUrl());
        assertEquals("gpt-4o", eff.model());
        assertEquals(0.4, eff.temperature());
        assertEquals(List.of("OPENAI_BASE_URL", "PMW_MODEL"), AiSettings.overriddenBy(env));
        assertFalse(Files.readString(tmp.resolve(AiSettings.FILE_NAME)).contains("sk-"), "no key in the settings file");
    }

    @Test
    void badSavedValuesFallBackPerField(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve(AiSettings.FILE_NAME),
                "{\"baseUrl\":\"ftp://x\",\"model\":\"llama3\",\"temperature\":7,\"timeoutSeconds\":30}");
        AiSettings s = AiSettings.load(tmp);
        assertEquals(AiSettings.DEFAULT_BASE_URL, s.baseUrl());
        assertEquals("llama3", s.model());
        assertEquals(AiSettings.DEFAULTS.temperature(), s.temperature());
        assertEquals(Duration.ofSeconds(30), s.timeout());
        Files.writeString(tmp.resolve(AiSettings.FILE_NAME), "{not json");
        assertEquals(AiSettings.DEFAULTS, AiSettings.load(tmp));
    }

    @Test
    void theEndpointConsentIsRememberedFor() {
        assertEquals("https://api.openai.com/v1", AiSettings.DEFAULTS.endpoint());
        assertEquals("http://localhost:11434/v1", AiSettings.DEFAULTS.withBaseUrl("HTTP://LocalHost:11434/v1/").endpoint());
    }
}
