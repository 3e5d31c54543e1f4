package dev.pmw.draft.openai;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.LogLevel;
import com.openai.core.Timeout;

import java.time.Duration;

/// The one place an SDK client is configured: no SDK retries (the retry policy is ours: one wait
/// on 429 within the timeout), no SDK logging, no telemetry headers (only the body, the
/// authorisation and the content headers leave the machine), and the settings' timeout as the
/// longest silence allowed.
final class Clients {
    private static final Duration MAX_CONNECT = Duration.ofSeconds(15);
    /// A whole streamed draft may take longer than the longest silence; this caps it.
    static final Duration MAX_CALL = Duration.ofMinutes(10);

    private Clients() {
    }

    static OpenAIClient build(AiSettings s, ApiKey key, CallTracker calls) {
        return OpenAIOkHttpClient.builder()
                .addInterceptor(calls)
                .baseUrl(s.baseUrl())
                .apiKey(key.reveal())
                .maxRetries(0)
                .disableTelemetry(true)
                .logLevel(LogLevel.OFF)
                .timeout(Timeout.builder()
                        .connect(connectTimeout(s))
                        .read(s.timeout())
                        .write(s.timeout())
                        .request(MAX_CALL)
                        .build())
                .build();
    }

    static Duration connectTimeout(AiSettings s) {
        return s.timeout().compareTo(MAX_CONNECT) < 0 ? s.timeout() : MAX_CONNECT;
    }
}
