package dev.pmw.ui.settings;

import dev.pmw.draft.openai.AiSettings;
import dev.pmw.draft.openai.ApiKey;
import dev.pmw.draft.openai.ApiKeyStore;
import dev.pmw.draft.openai.UserConfigDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/// This machine's AI configuration: the settings file and the key file in the user's config folder
/// (never a project folder), and the environment variables that override them. Every method that
/// reads or writes files blocks: call it from background work, never on the FX thread.
public final class AiConfig {
    private final Path dir;
    private final Map<String, String> env;
    private final ApiKeyStore keys;

    /// @param dir the config folder (tests pass a temporary one)
    /// @param env the environment (tests pass a map)
    public AiConfig(Path dir, Map<String, String> env) {
        this.dir = dir;
        this.env = Map.copyOf(env);
        this.keys = new ApiKeyStore(dir);
    }

    public static AiConfig forUser() {
        return new AiConfig(UserConfigDir.current(), System.getenv());
    }

    public Path dir() {
        return dir;
    }

    public Map<String, String> env() {
        return env;
    }

    public Path keyFile() {
        return keys.file();
    }

    /// `OPENAI_BASE_URL`, `PMW_MODEL`, `OPENAI_API_KEY` when set: the dialog greys those fields out.
    public List<String> overridden() {
        return AiSettings.overriddenBy(env);
    }

    /// The endpoint the app uses now.
    public Endpoint load() {
        AiSettings settings;
        try {
            settings = AiSettings.effective(dir, env);
        } catch (IllegalArgumentException e) {
            return Endpoint.unreadable("The environment sets an unusable AI endpoint: " + e.getMessage());
        }
        try {
            Optional<ApiKeyStore.Resolved> k = keys.resolve(env);
            return new Endpoint(settings, k.map(ApiKeyStore.Resolved::key).orElse(null),
                    k.map(ApiKeyStore.Resolved::origin).orElse(null), null);
        } catch (IOException | IllegalArgumentException e) {
            return new Endpoint(settings, null, null, "Could not read the saved API key (" + keys.file() + "): "
                    + e.getMessage());
        }
    }

    /// The saved settings without the environment's overrides (what the dialog writes back).
    public AiSettings saved() {
        return AiSettings.load(dir);
    }

    /// Writes the settings and applies the key change.
    public void save(AiSettings settings, KeyChange key) throws IOException {
        settings.save(dir);
        switch (key) {
            case KeyChange.Keep k -> {
            }
            case KeyChange.Replace r -> keys.save(r.key());
            case KeyChange.Delete d -> keys.delete();
        }
    }

    /// What saving does to the stored key.
    public sealed interface KeyChange {
        KeyChange KEEP = new Keep();
        KeyChange DELETE = new Delete();

        record Keep() implements KeyChange {
        }

        record Replace(ApiKey key) implements KeyChange {
        }

        record Delete() implements KeyChange {
        }
    }
}
