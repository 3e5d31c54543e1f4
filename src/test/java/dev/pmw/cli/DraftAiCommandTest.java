package dev.pmw.cli;

import dev.pmw.draft.openai.FakeOpenAiServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static dev.pmw.draft.openai.FakeOpenAiServer.CHAT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/// `pmw draft --ai` on the sample incident against the fake OpenAI-compatible server.
class DraftAiCommandTest {
    private static final String SAMPLE = "samples/payment-service-outage";
    private static final String KEY = "sk-test-cli-0123456789abcdef";

    @TempDir
    Path dir;

    private FakeOpenAiServer server;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void start() {
        server = FakeOpenAiServer.start();
        AiDrafting.configDir = () -> dir.resolve("config");
    }

    @AfterEach
    void stop() {
        server.close();
        AiDrafting.environment = System::getenv;
        AiDrafting.configDir = dev.pmw.draft.openai.UserConfigDir::current;
    }

    private int run(Map<String, String> env, String... args) {
        AiDrafting.environment = () -> env;
        return Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void draftsThroughTheModelPrintsTheRedactionSummaryAndMarksUnsupportedClaims() throws Exception {
        server.on(CHAT, FakeOpenAiServer.stream("stream-invented.sse", Duration.ZERO));
        Path md = dir.resolve("pm.md");
        int code = run(Map.of("OPENAI_BASE_URL", server.baseUrl(), "OPENAI_API_KEY", KEY, "PMW_MODEL", "gpt-4o-mini"),
                "draft", SAMPLE, "--ai", "--redact-name", "Priya Nair,Rafa Llorente", "-o", md.toString());
        assertEquals(0, code, err.toString());
        String o = out.toString();
        assertTrue(o.startsWith("Drafting with gpt-4o-mini at " + server.baseUrl() + " (key sk-…cdef from OPENAI_API_KEY)"), o);
        assertTrue(o.contains("Redacted before sending: "), o);
        assertTrue(o.contains("(7 requests)"), "one request per section of the standard template: " + o);
        assertTrue(o.contains("Claim check: 21 sentences of the model's draft unsupported or contradicted, marked with ⚠"), o);
        assertFalse(o.contains(KEY) || err.toString().contains(KEY), "the key is never printed");

        String text = Files.readString(md);
        assertTrue(text.contains("⚠ contradicted: “The error-rate alert fired at 02:05.” — 02:05 is not in the cited rows"), text);
        assertTrue(text.contains("45 minutes does not match the cited rows or the analysis"), text);
        assertTrue(text.contains("a9f3c21 is not a commit in the cited rows"), text);
        for (FakeOpenAiServer.Received r : server.requests(CHAT)) {
            assertFalse(r.body().contains("Priya Nair") || r.body().contains("Rafa Llorente"), "listed names never sent");
            assertEquals("Bearer " + KEY, r.header("Authorization"));
        }
    }

    @Test
    void aSectionTheModelFailsOnIsDraftedOfflineWithAMessage() throws Exception {
        server.on(CHAT, FakeOpenAiServer.recordedJson(500, "error-500.json"),
                FakeOpenAiServer.stream("stream-impact.sse", Duration.ZERO));
        Path md = dir.resolve("pm.md");
        assertEquals(0, run(Map.of("OPENAI_BASE_URL", server.baseUrl(), "OPENAI_API_KEY", KEY), "draft", SAMPLE, "--ai",
                "-o", md.toString()));
        assertTrue(err.toString().contains("pmw: AI draft of \"Summary\" failed: The endpoint failed (HTTP 500)"), err.toString());
        assertTrue(err.toString().contains("Used the offline draft."));
    }

    @Test
    void withoutAKeyForOpenAiItDraftsOfflineAndSaysWhy() throws Exception {
        Path md = dir.resolve("pm.md");
        assertEquals(0, run(Map.of(), "draft", SAMPLE, "--ai", "-o", md.toString()));
        assertTrue(err.toString().contains("pmw: --ai: no API key (set OPENAI_API_KEY or save one in the app's AI settings); "
                + "drafting offline"), err.toString());
        assertTrue(server.requests().isEmpty(), "nothing was sent");
        assertTrue(Files.readString(md).startsWith("# "));
    }

    @Test
    void aSelfHostedEndpointNeedsNoKey() throws Exception {
        // Ollama, LM Studio, vLLM: OPENAI_BASE_URL alone is enough, as in the app
        server.on(CHAT, FakeOpenAiServer.stream("stream-impact.sse", Duration.ZERO));
        Path md = dir.resolve("pm.md");
        assertEquals(0, run(Map.of("OPENAI_BASE_URL", server.baseUrl(), "PMW_MODEL", "llama3.1"), "draft", SAMPLE,
                "--ai", "-o", md.toString()), err.toString());
        assertTrue(out.toString().startsWith("Drafting with llama3.1 at " + server.baseUrl() + " (no key set)"), out.toString());
        assertFalse(server.requests(CHAT).isEmpty(), "drafted through the model");
        assertTrue(server.requests(CHAT).stream().allMatch(r -> r.body().contains("\"model\":\"llama3.1\"")));
    }
}
