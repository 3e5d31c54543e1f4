package dev.pmw.ui.settings;

/// Starting points for the common OpenAI-compatible servers: a base URL and a typical model.
///
/// @param label     what the presets menu says
/// @param baseUrl   the server's OpenAI-compatible base URL
/// @param model     a model id to start from
/// @param needsKey  whether the server wants an API key
/// @param hint      one line shown after choosing it
public record Preset(String label, String baseUrl, String model, boolean needsKey, String hint) {
    public static final Preset OPENAI = new Preset("OpenAI", "https://api.openai.com/v1", "gpt-4o-mini", true,
            "Needs an API key from platform.openai.com.");
    public static final Preset AZURE = new Preset("Azure OpenAI", "https://YOUR-RESOURCE.openai.azure.com/openai/v1",
            "YOUR-DEPLOYMENT", true,
            "Replace YOUR-RESOURCE with your resource name; the model is your deployment's name; the key is the resource key.");
    public static final Preset OLLAMA = new Preset("Ollama", "http://localhost:11434/v1", "llama3.1", false,
            "Runs on this machine; no key needed. Pull the model first: ollama pull llama3.1");
    public static final Preset LM_STUDIO = new Preset("LM Studio", "http://localhost:1234/v1", "local-model", false,
            "Start LM Studio's local server; use the id of the model it has loaded. No key needed.");
    public static final Preset VLLM = new Preset("vLLM", "http://localhost:8000/v1", "meta-llama/Llama-3.1-8B-Instruct",
            false, "The model is the name vllm serve was started with; a key only if started with --api-key.");

    public static java.util.List<Preset> all() {
        return java.util.List.of(OPENAI, AZURE, OLLAMA, LM_STUDIO, VLLM);
    }

    @Override
    public String toString() {
        return label;
    }
}
