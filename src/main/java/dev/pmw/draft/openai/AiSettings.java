package dev.pmw.draft.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pmw.ingest.Json;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/// Where and how to ask a model: an OpenAI-compatible base URL (OpenAI, Azure, Ollama, vLLM, LM
/// Studio …), the model id, the temperature, and how long to wait for data before giving up.
/// The key is not part of it (see [ApiKeyStore]); this record is safe to log and to show.
///
/// Saved as `ai-settings.json` in the user's config folder; `OPENAI_BASE_URL` and `PMW_MODEL`
/// override the saved values (for the CLI too).
public record AiSettings(String baseUrl, String model, double temperature, Duration timeout) {
    public static final String DEFAULT_BASE_URL = "https://api.openai.com/v1";

    /// Whether the base URL points somewhere other than OpenAI's: a local or self-hosted server
    /// that may need no key.
    public boolean selfHosted() {
        return !DEFAULT_BASE_URL.equals(baseUrl);
    }
    public static final String DEFAULT_MODEL = "gpt-4o-mini";
    public static final String ENV_BASE_URL = "OPENAI_BASE_URL";
    public static final String ENV_MODEL = "PMW_MODEL";
    private static final Duration MIN_TIMEOUT = Duration.ofSeconds(1);
    private static final Duration MAX_TIMEOUT = Duration.ofMinutes(10);
    public static final AiSettings DEFAULTS = new AiSettings(DEFAULT_BASE_URL, DEFAULT_MODEL, 0.2, Duration.ofSeconds(60));
    static final String FILE_NAME = "ai-settings.json";

    public AiSettings {
        baseUrl = checkedUrl(baseUrl);
        if (model == null || model.isBlank()) {
            throw new IllegalArgumentException("model id is empty");
        }
        model = model.strip();
        if (!(temperature >= 0 && temperature <= 2)) {
            throw new IllegalArgumentException("temperature must be between 0 and 2: " + temperature);
        }
        if (timeout == null || timeout.compareTo(MIN_TIMEOUT) < 0 || timeout.compareTo(MAX_TIMEOUT) > 0) {
            throw new IllegalArgumentException("timeout must be between 1 s and 10 min: " + timeout);
        }
    }

    /// `https://host/v1` without a trailing slash; only http and https.
    private static String checkedUrl(String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("base URL is empty");
        }
        String u = url.strip();
        while (u.endsWith("/")) {
            u = u.substring(0, u.length() - 1);
        }
        try {
            URI uri = new URI(u);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                throw new IllegalArgumentException("base URL must be http(s)://host[:port][/path]: " + url);
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a URL: " + url, e);
        }
        return u;
    }

    public AiSettings withBaseUrl(String v) {
        return new AiSettings(v, model, temperature, timeout);
    }

    public AiSettings withModel(String v) {
        return new AiSettings(baseUrl, v, temperature, timeout);
    }

    public AiSettings withTemperature(double v) {
        return new AiSettings(baseUrl, model, v, timeout);
    }

    public AiSettings withTimeout(Duration v) {
        return new AiSettings(baseUrl, model, temperature, v);
    }

    /// `OPENAI_BASE_URL` and `PMW_MODEL` win over the saved values.
    public AiSettings withEnvironment(Map<String, String> env) {
        AiSettings s = this;
        String url = env.get(ENV_BASE_URL);
        if (url != null && !url.isBlank()) {
            s = s.withBaseUrl(url);
        }
        String m = env.get(ENV_MODEL);
        if (m != null && !m.isBlank()) {
            s = s.withModel(m);
        }
        return s;
    }

    /// The environment variables that override settings (the dialog greys those fields out).
    public static List<String> overriddenBy(Map<String, String> env) {
        List<String> out = new ArrayList<>();
        for (String k : List.of(ENV_BASE_URL, ENV_MODEL, ApiKeyStore.ENV)) {
            String v = env.get(k);
            if (v != null && !v.isBlank()) {
                out.add(k);
            }
        }
        return out;
    }

    /// The saved settings with the environment's overrides: what the app and the CLI use.
    public static AiSettings effective(Path configDir, Map<String, String> env) {
        return load(configDir).withEnvironment(env);
    }

    /// The saved settings; defaults for a missing file, and per field for a missing or bad value.
    public static AiSettings load(Path configDir) {
        Path f = configDir.resolve(FILE_NAME);
        if (!Files.isRegularFile(f)) {
            return DEFAULTS;
        }
        AiSettings s = DEFAULTS;
        try {
            JsonNode n = Json.mapper().readTree(Files.readString(f, StandardCharsets.UTF_8));
            s = tryChange(s, n.get("baseUrl"), v -> x -> x.withBaseUrl(v.asText()));
            s = tryChange(s, n.get("model"), v -> x -> x.withModel(v.asText()));
            s = tryChange(s, n.get("temperature"), v -> x -> x.withTemperature(v.asDouble(Double.NaN)));
            s = tryChange(s, n.get("timeoutSeconds"),
                    v -> x -> x.withTimeout(Duration.ofMillis(Math.round(v.asDouble(Double.NaN) * 1000))));
        } catch (IOException | RuntimeException e) {
            return s;                                    // unreadable file: what was read so far
        }
        return s;
    }

    /// Applies one saved value; a missing or bad one keeps what `s` has.
    private static AiSettings tryChange(AiSettings s, JsonNode value,
                                        Function<JsonNode, UnaryOperator<AiSettings>> change) {
        if (value == null || value.isNull()) {
            return s;
        }
        try {
            return change.apply(value).apply(s);
        } catch (RuntimeException e) {
            return s;
        }
    }

    /// Writes `ai-settings.json` atomically.
    public void save(Path configDir) throws IOException {
        Files.createDirectories(configDir);
        ObjectNode n = Json.mapper().createObjectNode();
        n.put("baseUrl", baseUrl);
        n.put("model", model);
        n.put("temperature", temperature);
        n.put("timeoutSeconds", timeout.toMillis() / 1000.0);
        Path tmp = configDir.resolve(FILE_NAME + ".tmp");
        Files.writeString(tmp, Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(n) + "\n",
                StandardCharsets.UTF_8);
        Files.move(tmp, configDir.resolve(FILE_NAME), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /// The endpoint as consent is remembered for it: scheme, host, port and path, lower-case host.
    public String endpoint() {
        URI u = URI.create(baseUrl);
        return u.getScheme().toLowerCase(Locale.ROOT) + "://" + u.getHost().toLowerCase(Locale.ROOT)
                + (u.getPort() >= 0 ? ":" + u.getPort() : "") + (u.getRawPath() == null ? "" : u.getRawPath());
    }
}
