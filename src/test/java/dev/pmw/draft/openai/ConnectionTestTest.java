package dev.pmw.draft.openai;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;

import static dev.pmw.draft.openai.FakeOpenAiServer.MODELS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/// "Test connection" gives one plain answer.
class ConnectionTestTest {
    private FakeOpenAiServer server;

    @BeforeEach
    void start() {
        server = FakeOpenAiServer.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private ConnectionReport test(String baseUrl, String model) {
        AiSettings s = AiSettings.DEFAULTS.withBaseUrl(baseUrl).withModel(model).withTimeout(Duration.ofSeconds(5));
        try (AiClient c = new AiClient(s, ApiKey.of("sk-test-0123456789abcdef"))) {
            return c.testConnection();
        }
    }

    @Test
    void reachableKeyAcceptedModelFound() {
        server.on(MODELS, FakeOpenAiServer.recordedJson(200, "models.json"));
        ConnectionReport r = test(server.baseUrl(), "gpt-4o-mini");
        assertTrue(r.ok());
        assertNull(r.problem());
        assertTrue(r.message().matches("Reachable · key accepted · model gpt-4o-mini found \\(\\d+ ms\\)"), r.message());
        assertEquals(List.of("gpt-4o-mini", "gpt-4o", "text-embedding-3-small"), r.models());
        assertEquals("Bearer sk-test-0123456789abcdef", server.last(MODELS).header("Authorization"));
    }

    @Test
    void aModelTheEndpointDoesNotOffer() {
        server.on(MODELS, FakeOpenAiServer.recordedJson(200, "models.json"));
        ConnectionReport r = test(server.baseUrl(), "gpt-9-turbo");
        assertFalse(r.ok());
        assertEquals(AiFailure.Kind.MODEL_NOT_FOUND, r.problem());
        assertEquals("Reachable and key accepted, but model gpt-9-turbo is not among the 3 models it offers "
                + "(gpt-4o-mini, gpt-4o, text-embedding-3-small).", r.message());
    }

    @Test
    void anEndpointWithoutAModelListIsAskedForTheModel() {
        server.on(MODELS + "/gpt-4o-mini", FakeOpenAiServer.recordedJson(200, "model-gpt-4o-mini.json"));
        ConnectionReport r = test(server.baseUrl(), "gpt-4o-mini");
        assertTrue(r.ok(), r.message());
        server.on(MODELS + "/llama3", FakeOpenAiServer.recordedJson(404, "error-404-model.json"));
        ConnectionReport missing = test(server.baseUrl(), "llama3");
        assertEquals(AiFailure.Kind.MODEL_NOT_FOUND, missing.problem());
    }

    @Test
    void keyRejectedDnsAndOffline() throws Exception {
        server.on(MODELS, FakeOpenAiServer.recordedJson(401, "error-401.json"));
        assertEquals(AiFailure.Kind.KEY_REJECTED, test(server.baseUrl(), "gpt-4o-mini").problem());
        assertEquals(AiFailure.Kind.DNS, test("http://nonexistent.invalid/v1", "gpt-4o-mini").problem());
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        ConnectionReport offline = test("http://127.0.0.1:" + port + "/v1", "gpt-4o-mini");
        assertEquals(AiFailure.Kind.OFFLINE, offline.problem());
        assertFalse(offline.ok());
    }
}
