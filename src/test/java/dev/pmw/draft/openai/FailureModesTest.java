package dev.pmw.draft.openai;

import dev.pmw.draft.openai.AiFailure.Kind;
import dev.pmw.draft.privacy.Redactor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static dev.pmw.draft.openai.FakeOpenAiServer.CHAT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/// Every way a request can fail ends in a typed failure with a plain message and whatever text had
/// arrived; nothing hangs and nothing throws at the caller.
class FailureModesTest {
    private static final String KEY = "sk-test-0123456789abcdefXYZ";
    private FakeOpenAiServer server;
    private final List<Duration> retries = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() {
        server = FakeOpenAiServer.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private StreamOutcome run(String baseUrl, Duration timeout) throws Exception {
        AiSettings s = AiSettings.DEFAULTS.withBaseUrl(baseUrl).withTimeout(timeout);
        try (AiClient c = new AiClient(s, ApiKey.of(KEY))) {
            ChatRequest r = new PromptBuilder(Redactor.standard()).build(Prompts.impact()).request();
            return c.stream(r, new StreamListener() {
                @Override
                public void onDelta(String text) {
                }

                @Override
                public void onRetry(Duration wait, String reason) {
                    retries.add(wait);
                }
            }).await(Duration.ofSeconds(30));
        }
    }

    private AiFailure fail(String baseUrl, Duration timeout) throws Exception {
        return assertInstanceOf(StreamOutcome.Failed.class, run(baseUrl, timeout)).failure();
    }

    private AiFailure fail() throws Exception {
        return fail(server.baseUrl(), Duration.ofSeconds(5));
    }

    @Test
    void rejectedKeyNeverShowsTheKeyEvenWhenEchoed() throws Exception {
        server.on(CHAT, FakeOpenAiServer.json(401, "{\"error\":{\"message\":\"Incorrect API key provided: " + KEY
                + "\",\"type\":\"invalid_request_error\",\"code\":\"invalid_api_key\"}}"));
        AiFailure f = fail();
        assertEquals(Kind.KEY_REJECTED, f.kind());
        assertEquals(401, f.httpStatus());
        assertFalse(f.message().contains(KEY));
        assertTrue(f.message().startsWith("The endpoint rejected the API key (HTTP 401): Incorrect API key provided: sk-…"));
    }

    @Test
    void forbiddenIsAKeyProblemToo() throws Exception {
        server.on(CHAT, FakeOpenAiServer.recordedJson(403, "error-403.json"));
        AiFailure f = fail();
        assertEquals(Kind.KEY_REJECTED, f.kind());
        assertEquals("The API key is not allowed to use gpt-4o-mini (HTTP 403): You are not allowed to sample from this model",
                f.message());
    }

    @Test
    void unknownModelAndWrongPathAreTold() throws Exception {
        server.on(CHAT, FakeOpenAiServer.recordedJson(404, "error-404-model.json"));
        assertEquals(Kind.MODEL_NOT_FOUND, fail().kind());
        AiFailure path = fail("http://127.0.0.1:" + server.port() + "/wrong", Duration.ofSeconds(5));
        assertEquals(Kind.ENDPOINT_NOT_FOUND, path.kind());
        assertTrue(path.message().endsWith("OpenAI-compatible base URLs usually end in /v1."));
    }

    @Test
    void rateLimitedWithAShortRetryAfterIsRetriedOnce() throws Exception {
        server.on(CHAT, FakeOpenAiServer.recordedJson(429, "error-429.json", "Retry-After", "1"),
                FakeOpenAiServer.stream("stream-impact.sse", Duration.ZERO));
        StreamOutcome o = run(server.baseUrl(), Duration.ofSeconds(5));
        assertInstanceOf(StreamOutcome.Completed.class, o);
        assertEquals(List.of(Duration.ofSeconds(1)), retries);
        assertEquals(2, server.requests(CHAT).size());
    }

    @Test
    void rateLimitedTwiceOrForLongerThanTheTimeoutFails() throws Exception {
        server.on(CHAT, FakeOpenAiServer.recordedJson(429, "error-429.json", "retry-after-ms", "300"));
        AiFailure twice = fail();
        assertEquals(Kind.RATE_LIMITED, twice.kind());
        assertEquals(2, server.requests(CHAT).size(), "one retry, not more");
        assertEquals(Duration.ofMillis(300), twice.retryAfter());

        FakeOpenAiServer other = FakeOpenAiServer.start();
        try (other) {
            other.on(CHAT, FakeOpenAiServer.recordedJson(429, "error-429.json", "Retry-After", "20"));
            AiFailure longWait = fail(other.baseUrl(), Duration.ofSeconds(5));
            assertEquals(Kind.RATE_LIMITED, longWait.kind());
            assertEquals(Duration.ofSeconds(20), longWait.retryAfter());
            assertEquals("The endpoint is rate-limiting requests (HTTP 429); it asks to wait 20 s. Try again later.",
                    longWait.message());
            assertEquals(1, other.requests(CHAT).size(), "no retry when the wait exceeds the timeout");
        }
    }

    @Test
    void serverErrors() throws Exception {
        server.on(CHAT, FakeOpenAiServer.recordedJson(500, "error-500.json"));
        AiFailure f = fail();
        assertEquals(Kind.SERVER_ERROR, f.kind());
        assertEquals(500, f.httpStatus());
        server.close();
        server = FakeOpenAiServer.start();
        server.on(CHAT, FakeOpenAiServer.json(502, "<html>bad gateway</html>"));
        assertEquals("The endpoint failed (HTTP 502): no details. Try again later.", fail().message());
    }

    @Test
    void aStreamCutMidwayKeepsThePartialText() throws Exception {
        server.on(CHAT, FakeOpenAiServer.cutAfter("stream-impact.sse", 4));
        AiFailure f = fail();
        assertEquals(Kind.STREAM_CUT, f.kind());
        assertEquals("Between 02:03 and 02:31 UTC payment-service returned HTTP 503 for", f.partialText());
    }

    @Test
    void aMalformedChunkKeepsWhatCameBefore() throws Exception {
        server.on(CHAT, FakeOpenAiServer.stream("stream-malformed.sse", Duration.ZERO));
        AiFailure f = fail();
        assertEquals(Kind.MALFORMED, f.kind());
        assertEquals("Between 02:03", f.partialText());
    }

    @Test
    void anEndpointThatIsNotOpenAiCompatible() throws Exception {
        server.on(CHAT, FakeOpenAiServer.json(200, "<html>welcome to my blog</html>"));
        AiFailure f = fail();
        assertEquals(Kind.MALFORMED, f.kind());
        assertTrue(f.message().contains("an OpenAI-compatible endpoint"));
    }

    @Test
    void aServerThatGoesQuietTimesOut() throws Exception {
        server.on(CHAT, FakeOpenAiServer.after(Duration.ofSeconds(4), FakeOpenAiServer.stream("stream-impact.sse", Duration.ZERO)));
        AiFailure f = fail(server.baseUrl(), Duration.ofSeconds(1));
        assertEquals(Kind.READ_TIMEOUT, f.kind());
        assertEquals("The endpoint sent nothing for 1 s (the timeout in the AI settings).", f.message());
    }

    @Test
    void anUnresolvableHostIsADnsFailure() throws Exception {
        AiFailure f = fail("http://nonexistent.invalid/v1", Duration.ofSeconds(5));
        assertEquals(Kind.DNS, f.kind());
        assertEquals("Could not find the host nonexistent.invalid (DNS lookup failed). Check the base URL and your network.",
                f.message());
    }

    @Test
    void aClosedPortIsOffline() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        AiFailure f = fail("http://127.0.0.1:" + port + "/v1", Duration.ofSeconds(5));
        assertEquals(Kind.OFFLINE, f.kind());
        assertEquals("Could not connect to 127.0.0.1:" + port + ": nothing is listening there, or there is no network.",
                f.message());
    }

    @Test
    void httpsToAPlainHttpServerIsATlsFailure() throws Exception {
        try (ServerSocket plain = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread t = Thread.ofPlatform().daemon().start(() -> {
                try (Socket s = plain.accept(); OutputStream out = s.getOutputStream()) {
                    out.write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                } catch (IOException ignored) {
                    // the client gave up first
                }
            });
            AiFailure f = fail("https://127.0.0.1:" + plain.getLocalPort() + "/v1", Duration.ofSeconds(5));
            assertEquals(Kind.TLS, f.kind());
            assertTrue(f.message().startsWith("The secure connection to 127.0.0.1:" + plain.getLocalPort() + " failed"));
            t.join(5000);
        }
    }
}
