package dev.pmw.draft.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pmw.draft.privacy.Redactor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static dev.pmw.draft.openai.FakeOpenAiServer.CHAT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/// Streaming through the real openai-java client against the fake server.
class ChatStreamTest {
    static final String KEY = "sk-test-0123456789abcdefXYZ";
    private FakeOpenAiServer server;
    private AiClient client;
    private final List<String> deltas = new CopyOnWriteArrayList<>();
    private final StreamListener collect = deltas::add;

    @BeforeEach
    void start() {
        server = FakeOpenAiServer.start();
        client = new AiClient(AiSettings.DEFAULTS.withBaseUrl(server.baseUrl()).withTimeout(Duration.ofSeconds(5)),
                ApiKey.of(KEY));
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    private Prompt prompt() {
        return new PromptBuilder(Redactor.standard().withUserIds(Set.of("u_88298"))).build(Prompts.impact());
    }

    private StreamOutcome run(Prompt p) throws Exception {
        return client.stream(p.request(), collect).await(Duration.ofSeconds(20));
    }

    @Test
    void deltasArriveInOrderAndTheServerReceivedExactlyThePreviewedPayload() throws Exception {
        server.on(CHAT, FakeOpenAiServer.stream("stream-impact.sse", Duration.ofMillis(5)));
        Prompt p = prompt();
        StreamOutcome o = run(p);

        StreamOutcome.Completed done = assertInstanceOf(StreamOutcome.Completed.class, o);
        assertEquals("stop", done.finishReason());
        assertEquals(14, deltas.size(), "one callback per content piece (the empty role delta is skipped)");
        assertEquals(String.join("", deltas), done.text());
        assertTrue(done.text().startsWith("Between 02:03 and 02:31 UTC payment-service returned HTTP 503"));

        FakeOpenAiServer.Received r = server.last(CHAT);
        assertEquals("POST", r.method());
        assertEquals("Bearer " + KEY, r.header("Authorization"));
        JsonNode body = r.json();
        assertEquals("gpt-4o-mini", body.get("model").asText());
        assertTrue(body.get("stream").asBoolean());
        assertEquals(0.2, body.get("temperature").asDouble());
        assertFalse(body.has("tools") || body.has("functions") || body.has("tool_choice"), "the model has no tools");
        assertEquals("system", body.at("/messages/0/role").asText());
        assertEquals(PromptBuilder.SYSTEM, body.at("/messages/0/content").asText());
        String user = body.at("/messages/1/content").asText();
        assertTrue(user.contains(PromptBuilder.OPEN) && user.contains(PromptBuilder.CLOSE));
        for (String leaked : List.of("lena.fischer@example.com", "612 345 678", "u_88298", "10.0.3.17")) {
            assertFalse(r.body().contains(leaked), "not sent: " + leaked);
        }
        for (String id : List.of("e-02kcmrf7yrn5", "e-jv68e2sx7ydk", "e-v89t6kte433t", "e-cv48e2zrvftp", "e-xax52vna5jkq")) {
            assertTrue(user.contains(id), id);
        }
        assertEquals(new ObjectMapper().readTree(p.request().payloadPreview(client.settings())), body,
                "the consent preview is exactly what was sent");
        assertEquals(Set.of("Accept", "Accept-encoding", "Authorization", "Connection", "Content-length", "Content-type",
                "Host", "User-agent"), r.headers().keySet(), "no telemetry headers leave the machine");
    }

    @Test
    void aDeltaBufferHandsTheUiBatchesThatAddUpToTheAnswer() throws Exception {
        server.on(CHAT, FakeOpenAiServer.stream("stream-impact.sse", Duration.ofMillis(20)));
        DeltaBuffer buffer = new DeltaBuffer();
        ChatStream s = client.stream(prompt().request(), buffer);
        StringBuilder editor = new StringBuilder();
        int batches = 0;
        while (!s.outcome().isDone()) {
            Thread.sleep(50);                             // a slow UI frame
            String batch = buffer.drain();
            if (!batch.isEmpty()) {
                editor.append(batch);
                batches++;
            }
        }
        editor.append(buffer.drain());
        assertEquals(s.outcome().get().text(), editor.toString());
        assertTrue(batches < 14, "fewer updates than tokens: " + batches);
        assertEquals(editor.length(), buffer.received());
    }

    @Test
    void theConsentPreviewIsTheBodyWithItsPlaceholdersLocated() {
        Prompt p = prompt();
        Prompt.Payload payload = p.payload(client.settings());
        assertTrue(payload.json().contains("\"stream\" : true"));
        assertEquals("1 e-mail, 1 phone, 1 IP address, 1 user id", payload.summary());
        assertEquals(4, payload.highlights().size());
        for (var h : payload.highlights()) {
            assertEquals(h.placeholder(), payload.json().substring(h.start(), h.end()));
        }
    }

    @Test
    void placeholdersAreRestoredInTheAnswerEvenWhenSplitAcrossDeltas() throws Exception {
        server.on(CHAT, FakeOpenAiServer.stream("stream-impact.sse", Duration.ZERO));
        Prompt p = prompt();
        var restorer = p.redactions().streamingRestorer();
        StringBuilder shown = new StringBuilder();
        StreamOutcome o = client.stream(p.request(), d -> shown.append(restorer.push(d))).await(Duration.ofSeconds(20));
        shown.append(restorer.flush());
        assertTrue(o.text().contains("<USER_1>"), "the model saw only the placeholder");
        assertTrue(shown.toString().contains("4 tickets from u_88298 and other customers"), shown.toString());
    }

    @Test
    void cancelMidStreamStopsDeliveryAndKeepsWhatArrived() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        server.on(CHAT, FakeOpenAiServer.pauseAfter("stream-impact.sse", 4, release));
        CountDownLatch three = new CountDownLatch(3);
        List<String> got = new CopyOnWriteArrayList<>();
        ChatStream s = client.stream(prompt().request(), d -> {
            got.add(d);
            three.countDown();
        });
        assertTrue(three.await(10, TimeUnit.SECONDS));
        s.cancel();
        int atCancel = got.size();
        // the server is still holding the rest back: the outcome comes from the aborted call, not from a timeout
        StreamOutcome o = s.await(Duration.ofSeconds(2));
        release.countDown();
        StreamOutcome.Cancelled c = assertInstanceOf(StreamOutcome.Cancelled.class, o);
        Thread.sleep(200);
        assertEquals(atCancel, got.size(), "no delta after cancel() returned");
        assertEquals(String.join("", got), c.text());
        assertEquals(3, atCancel);
    }

    @Test
    void aRefusalIsAFailureWithTheModelsWords() throws Exception {
        server.on(CHAT, FakeOpenAiServer.stream("stream-refusal.sse", Duration.ZERO));
        AiFailure f = assertInstanceOf(StreamOutcome.Failed.class, run(prompt())).failure();
        assertEquals(AiFailure.Kind.REFUSAL, f.kind());
        assertEquals("The model declined: I'm sorry, but I can't help with that.", f.message());
        assertTrue(deltas.isEmpty());
    }

    @Test
    void aContentFilterStopKeepsThePartialText() throws Exception {
        server.on(CHAT, FakeOpenAiServer.stream("stream-content-filter.sse", Duration.ZERO));
        AiFailure f = assertInstanceOf(StreamOutcome.Failed.class, run(prompt())).failure();
        assertEquals(AiFailure.Kind.REFUSAL, f.kind());
        assertEquals("Between 02:03 and 02:31 UTC", f.partialText());
    }

    @Test
    void theInjectedLineChangesNothingButTheDataItIsIn() throws Exception {
        server.on(CHAT, FakeOpenAiServer.stream("stream-injection.sse", Duration.ZERO));
        StreamOutcome o = run(prompt());
        assertInstanceOf(StreamOutcome.Completed.class, o);
        JsonNode body = server.last(CHAT).json();
        assertEquals(2, body.get("messages").size(), "no extra message");
        assertEquals(PromptBuilder.SYSTEM, body.at("/messages/0/content").asText(), "system prompt unchanged");
        String user = body.at("/messages/1/content").asText();
        int at = user.indexOf(Prompts.INJECTION);
        assertTrue(at > user.indexOf(PromptBuilder.OPEN) && at < user.indexOf(PromptBuilder.CLOSE), "inside the data block");
        assertTrue(user.substring(user.lastIndexOf('\n', at), at).contains("\"text\":\"POST /v1/payments 503"),
                "still part of its event's text");
    }
}
