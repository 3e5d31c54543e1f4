package dev.pmw.ui.settings;

import dev.pmw.draft.openai.AiSettings;
import dev.pmw.draft.openai.ApiKey;
import dev.pmw.draft.openai.ApiKeyStore;

/// The AI endpoint as the app will use it: the effective settings and the key in use, or why there
/// is none. Safe to show and to log (the key prints masked).
///
/// @param settings  the saved settings with the environment's overrides
/// @param key       the key in use, or null when none is set
/// @param keyOrigin where the key comes from, or null when none is set
/// @param problem   why the settings could not be read (a bad `OPENAI_BASE_URL`), or null
public record Endpoint(AiSettings settings, ApiKey key, ApiKeyStore.Origin keyOrigin, String problem) {
    public static Endpoint unreadable(String problem) {
        return new Endpoint(AiSettings.DEFAULTS, null, null, problem);
    }

    /// Whether drafting with a model can be tried: a key is set, or the base URL points somewhere
    /// other than OpenAI's (a local or self-hosted server that may need no key).
    public boolean configured() {
        return problem == null && (key != null || settings.selfHosted());
    }

    /// The key to send: the one set, or a placeholder for endpoints that need none.
    public ApiKey keyToSend() {
        return key != null ? key : ApiKey.placeholder();
    }

    /// "gpt-4o-mini at api.openai.com/v1".
    public String describe() {
        return settings.model() + " at " + settings.endpoint().replaceFirst("^https?://", "");
    }
}
