package dev.pmw.draft.openai;

import com.openai.client.OpenAIClient;
import com.openai.errors.NotFoundException;
import com.openai.models.models.Model;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/// The connection to one OpenAI-compatible endpoint: streams drafts and answers "Test connection".
/// Thread-safe; one per settings+key, closed when they change or the app exits.
public final class AiClient implements AutoCloseable {
    private final AiSettings settings;
    private final ApiKey key;
    private final OpenAIClient client;
    private final CallTracker calls = new CallTracker();

    public AiClient(AiSettings settings, ApiKey key) {
        this.settings = settings;
        this.key = key;
        this.client = Clients.build(settings, key, calls);
    }

    public AiSettings settings() {
        return settings;
    }

    /// Starts streaming the answer to `request` on a background thread.
    public ChatStream stream(ChatRequest request, StreamListener listener) {
        return ChatStream.start(client, calls, request.params(settings), settings, key, listener);
    }

    /// Reachable? Key accepted? Model there? Blocks (call it off the UI thread) for at most about
    /// twice the timeout.
    public ConnectionReport testConnection() {
        long t0 = System.nanoTime();
        List<String> models;
        try {
            models = client.models().list().data().stream().map(Model::id).toList();
        } catch (NotFoundException e) {
            return retrieveModel(t0);              // an endpoint that does not list its models
        } catch (RuntimeException e) {
            return failed(e, t0);
        }
        Duration latency = since(t0);
        if (!models.contains(settings.model())) {
            String offered = models.stream().limit(8).collect(Collectors.joining(", "))
                    + (models.size() > 8 ? ", …" : "");
            return new ConnectionReport(false, AiFailure.Kind.MODEL_NOT_FOUND, "Reachable and key accepted, but model "
                    + settings.model() + " is not among the " + models.size() + " models it offers"
                    + (models.isEmpty() ? "." : " (" + offered + ")."), latency, models);
        }
        return new ConnectionReport(true, null, ok(latency), latency, models);
    }

    private ConnectionReport retrieveModel(long t0) {
        try {
            client.models().retrieve(settings.model());
            Duration latency = since(t0);
            return new ConnectionReport(true, null, ok(latency), latency, List.of());
        } catch (NotFoundException e) {
            return new ConnectionReport(false, AiFailure.Kind.MODEL_NOT_FOUND, "Reachable, but model " + settings.model()
                    + " was not found (HTTP 404).", since(t0), List.of());
        } catch (RuntimeException e) {
            return failed(e, t0);
        }
    }

    private String ok(Duration latency) {
        return "Reachable · key accepted · model " + settings.model() + " found (" + latency.toMillis() + " ms)";
    }

    private ConnectionReport failed(RuntimeException e, long t0) {
        AiFailure f = Failures.of(e, settings, key);
        return new ConnectionReport(false, f.kind(), f.message(), since(t0), List.of());
    }

    private static Duration since(long t0) {
        return Duration.ofNanos(System.nanoTime() - t0);
    }

    @Override
    public void close() {
        client.close();
    }

    @Override
    public String toString() {
        return "AiClient[" + settings.baseUrl() + ", " + settings.model() + ", key " + key + "]";
    }
}
