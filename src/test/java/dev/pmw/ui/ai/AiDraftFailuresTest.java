package dev.pmw.ui.ai;

import dev.pmw.draft.Origin;
import dev.pmw.draft.PostmortemDocument;
import dev.pmw.draft.Section;
import dev.pmw.draft.Templates;
import dev.pmw.draft.openai.AiFailure.Kind;
import dev.pmw.draft.openai.AiSettings;
import dev.pmw.draft.openai.FakeOpenAiServer;
import dev.pmw.draft.privacy.Consents;
import dev.pmw.ui.ai.AiDraftViewModel.State;
import dev.pmw.ui.settings.AiConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import static dev.pmw.draft.openai.FakeOpenAiServer.CHAT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/// Every way a request can fail gives its own plain message in the panel, keeps what arrived as a
/// proposal, and leaves the accepted text of the section exactly as it was.
class AiDraftFailuresTest {
    private static final String ACCEPTED = "Accepted impact text, reviewed by the team.";

    @TempDir
    Path config;
    FakeOpenAiServer server;
    TestUi ui;
    UndoableDocument host;

    @BeforeEach
    void start() {
        server = FakeOpenAiServer.start();
        ui = new TestUi();
        host = new UndoableDocument(PostmortemDocument.blank(Templates.standard(), "t", null)
                .withUserText("impact", ACCEPTED).accept("impact"));
    }

    @AfterEach
    void stop() {
        ui.close();
        server.close();
    }

    /// Drafts Impact against `baseUrl` (consent already given) and returns the panel once it failed.
    private AiDraftViewModel failAt(String baseUrl) {
        AiDraftViewModel vm = new AiDraftViewModel(ui, ui, new AiConfig(config,
                Map.of(AiSettings.ENV_BASE_URL, baseUrl, "OPENAI_API_KEY", AiDraftViewModelTest.KEY)), host,
                SampleDraftContext::get, Clock.systemUTC());
        vm.reload();
        ui.pumpUntil(() -> vm.endpointProperty().get() != null);
        vm.consentsProperty().set(Consents.NONE.grant(vm.endpointProperty().get().settings().endpoint(),
                AiDraftViewModelTest.NOW, ""));
        vm.draft("impact");
        ui.pumpUntil(() -> vm.stateProperty().get() == State.FAILED);
        assertFalse(vm.busyProperty().get());
        Section s = host.document().section("impact").orElseThrow();
        assertEquals(ACCEPTED, s.text(), "the accepted text is never touched");
        assertTrue(s.accepted());
        vm.close();
        return vm;
    }

    private AiDraftViewModel fail() {
        return failAt(server.baseUrl());
    }

    private static void noProposal(UndoableDocument host) {
        assertNull(host.document().section("impact").orElseThrow().proposal(), "nothing arrived, nothing proposed");
    }

    private void partialKept(AiDraftViewModel vm, String partial) {
        Section s = host.document().section("impact").orElseThrow();
        assertEquals(partial, s.proposal().text().strip());
        assertEquals(Origin.AI, s.proposal().origin());
        assertTrue(vm.messageProperty().get().endsWith("What arrived is kept as a proposal; the section is unchanged."),
                vm.messageProperty().get());
    }

    @Test
    void keyRejected() {
        server.on(CHAT, FakeOpenAiServer.recordedJson(401, "error-401.json"));
        AiDraftViewModel vm = fail();
        assertEquals(Kind.KEY_REJECTED, vm.failureProperty().get().kind());
        assertTrue(vm.messageProperty().get().startsWith("The endpoint rejected the API key (HTTP 401): "));
        noProposal(host);
    }

    @Test
    void keyNotAllowedToUseTheModel() {
        server.on(CHAT, FakeOpenAiServer.recordedJson(403, "error-403.json"));
        assertEquals("The API key is not allowed to use gpt-4o-mini (HTTP 403): You are not allowed to sample from this model",
                fail().messageProperty().get());
    }

    @Test
    void modelNotFound() {
        server.on(CHAT, FakeOpenAiServer.recordedJson(404, "error-404-model.json"));
        AiDraftViewModel vm = fail();
        assertEquals(Kind.MODEL_NOT_FOUND, vm.failureProperty().get().kind());
        assertTrue(vm.messageProperty().get().startsWith("Model gpt-4o-mini was not found at " + server.baseUrl() + " (HTTP 404)"));
    }

    @Test
    void rateLimitedWithRetryAfter() throws Exception {
        AiSettings.DEFAULTS.withTimeout(Duration.ofSeconds(5)).save(config);   // a wait longer than that is not waited out
        server.on(CHAT, FakeOpenAiServer.recordedJson(429, "error-429.json", "Retry-After", "20"));
        AiDraftViewModel vm = fail();
        assertEquals(Duration.ofSeconds(20), vm.failureProperty().get().retryAfter());
        assertEquals("The endpoint is rate-limiting requests (HTTP 429); it asks to wait 20 s. Try again later.",
                vm.messageProperty().get());
    }

    @Test
    void serverError() {
        server.on(CHAT, FakeOpenAiServer.recordedJson(500, "error-500.json"));
        assertEquals("The endpoint failed (HTTP 500): The server had an error while processing your request. Sorry about that!"
                + ". Try again later.", fail().messageProperty().get());
    }

    @Test
    void aStreamCutMidwayKeepsThePartialAsAProposal() {
        server.on(CHAT, FakeOpenAiServer.cutAfter("stream-impact.sse", 4));
        AiDraftViewModel vm = fail();
        assertEquals(Kind.STREAM_CUT, vm.failureProperty().get().kind());
        assertTrue(vm.messageProperty().get().startsWith("The connection ended before the answer was complete."));
        partialKept(vm, "Between 02:03 and 02:31 UTC payment-service returned HTTP 503 for");
        assertTrue(vm.checks().containsKey("impact"), "the partial draft is claim-checked too");
    }

    @Test
    void aMalformedChunkKeepsWhatCameBefore() {
        server.on(CHAT, FakeOpenAiServer.stream("stream-malformed.sse", Duration.ZERO));
        AiDraftViewModel vm = fail();
        assertEquals(Kind.MALFORMED, vm.failureProperty().get().kind());
        assertTrue(vm.messageProperty().get().startsWith("The endpoint sent something that is not a valid chat completion"));
        partialKept(vm, "Between 02:03");
    }

    @Test
    void aRefusal() {
        server.on(CHAT, FakeOpenAiServer.stream("stream-refusal.sse", Duration.ZERO));
        AiDraftViewModel vm = fail();
        assertEquals(Kind.REFUSAL, vm.failureProperty().get().kind());
        assertTrue(vm.messageProperty().get().startsWith("The model declined: I'm sorry, but I can't"), vm.messageProperty().get());
    }

    @Test
    void theContentFilter() {
        server.on(CHAT, FakeOpenAiServer.stream("stream-content-filter.sse", Duration.ZERO));
        AiDraftViewModel vm = fail();
        assertEquals(Kind.REFUSAL, vm.failureProperty().get().kind());
        assertTrue(vm.messageProperty().get().startsWith("The endpoint's content filter stopped the answer."));
    }

    @Test
    void aServerThatGoesQuietTimesOut() throws Exception {
        AiSettings.DEFAULTS.withTimeout(Duration.ofSeconds(1)).save(config);
        server.on(CHAT, FakeOpenAiServer.after(Duration.ofSeconds(4), FakeOpenAiServer.stream("stream-impact.sse", Duration.ZERO)));
        AiDraftViewModel vm = fail();
        assertEquals(Kind.READ_TIMEOUT, vm.failureProperty().get().kind());
        assertEquals("The endpoint sent nothing for 1 s (the timeout in the AI settings).", vm.messageProperty().get());
    }

    @Test
    void noNetworkAndNoSuchHost() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        AiDraftViewModel offline = failAt("http://127.0.0.1:" + port + "/v1");
        assertEquals(Kind.OFFLINE, offline.failureProperty().get().kind());
        assertEquals("Could not connect to 127.0.0.1:" + port + ": nothing is listening there, or there is no network.",
                offline.messageProperty().get());

        AiDraftViewModel dns = failAt("http://nonexistent.invalid/v1");
        assertEquals("Could not find the host nonexistent.invalid (DNS lookup failed). Check the base URL and your network.",
                dns.messageProperty().get());
        noProposal(host);
    }
}
