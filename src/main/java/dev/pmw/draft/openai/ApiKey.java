package dev.pmw.draft.openai;

/// An API key. Its [#toString()] is masked (`sk-…f3Qa`) so that logging, string concatenation or
/// a debugger's default view never shows it; only [#reveal()] gives the value, for the one place
/// that sends it.
public final class ApiKey {
    private final String value;

    private ApiKey(String value) {
        this.value = value;
    }

    /// The key, stripped of surrounding whitespace (pasted keys often carry a newline).
    public static ApiKey of(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("empty API key");
        }
        return new ApiKey(value.strip());
    }

    /// Sent to endpoints that need no key (Ollama, LM Studio, vLLM ignore it): the client must send one.
    public static ApiKey placeholder() {
        return new ApiKey("no-key-set");
    }

    public String reveal() {
        return value;
    }

    /// `sk-…f3Qa`: enough to recognise which key is set, never enough to use it.
    public String masked() {
        if (value.length() < 12) {
            return "••••";
        }
        int dash = value.indexOf('-');
        String prefix = dash > 0 && dash <= 4 ? value.substring(0, dash + 1) : "";
        return prefix + "…" + value.substring(value.length() - 4);
    }

    @Override
    public String toString() {
        return masked();
    }
}
