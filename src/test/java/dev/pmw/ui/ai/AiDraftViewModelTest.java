package dev.pmw.ui.ai;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pmw.draft.Origin;
import dev.pmw.draft.PostmortemDocument;
import dev.pmw.draft.Section;
import dev.pmw.draft.Templates;
import dev.pmw.draft.check.Problem;
import dev.pmw.draft.openai.AiSettings;
import dev.pmw.draft.openai.FakeOpenAiServer;
import dev.pmw.draft.privacy.Consents;
import dev.pmw.draft.privacy.Highlight;
import dev.pmw.ui.ai.AiDraftViewModel.State;
import dev.pmw.ui.settings.AiConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import static dev.pmw.draft.openai.FakeOpenAiServer.CHAT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/// The AI panel's view model against the fake OpenAI-compatible server: the real openai-java path,
/// consent, streaming in batches, cancel, proposals and the claim check.
class AiDraftViewModelTest {
    static final String KEY = "sk-test-0123456789abcdef";
    static final Instant NOW = Instant.parse("2026-02-17T09:00:00Z");

    @TempDir
    Path config;
    FakeOpenAiServer server;
    TestUi ui;
    UndoableDocument host;
    AiDraftViewModel vm;

    @BeforeEach
    void start() {
        server = FakeOpenAiServer.start();
        ui = new TestUi();
        host = new UndoableDocument(PostmortemDocument.blank(Templates.standard(), "Payments outage", null));
        vm = model(Map.of(AiSettings.ENV_BASE_URL, server.baseUrl(), "OPENAI_API_KEY", KEY));
    }

    @AfterEach
    void stop() {
        vm.close();
        ui.close();
        server.close();
    }

    private AiDraftViewModel model(Map<String, String> env) {
        AiDraftViewModel m = new AiDraftViewModel(ui, ui, new AiConfig(config, env), host, SampleDraftContext::get,
                Clock.fixed(NOW, ZoneOffset.UTC));
        m.reload();
        ui.pumpUntil(() -> m.endpointProperty().get() != null);
        return m;
    }

    private void grantConsent() {
        vm.consentsProperty().set(Consents.NONE.grant(vm.endpointProperty().get().settings().endpoint(), NOW, ""));
    }

    private void until(State s) {
        ui.pumpUntil(() -> vm.stateProperty().get() == s);
    }

    private Section section(String key) {
        return host.document().section(key).orElseThrow();
    }

    @Test
    void theFirstRequestShowsTheExactPayloadWithItsRedactionsAndThatIsWhatTheServerReceives() throws Exception {
        server.on(CHAT, FakeOpenAiServer.stream("stream-impact.sse", Duration.ZERO));
        assertEquals(State.IDLE, vm.stateProperty().get());
        vm.namesToRedact().add("Dani Ortega");
        vm.draft("impact");
        until(State.PREVIEW);
        ConsentRequest c = vm.consentProperty().get();
        assertEquals(server.baseUrl(), c.endpoint());
        assertEquals("gpt-4o-mini", c.model());
        assertEquals(ConsentRequest.Reason.FIRST_REQUEST, c.asked());
        assertTrue(server.requests(CHAT).isEmpty(), "nothing is sent before consent");
        assertFalse(c.payload().highlights().isEmpty());
        for (Highlight h : c.payload().highlights()) {
            assertEquals(h.placeholder(), c.payload().json().substring(h.start(), h.end()), "highlight on its placeholder");
        }
        assertFalse(c.payload().json().contains("Dani Ortega"), "a listed name is redacted");
        assertTrue(c.payload().json().contains("Acknowledged by <NAME_1>."));
        assertTrue(c.payload().summary().contains("name"), c.payload().summary());

        vm.send(true);
        until(State.DONE);
        assertEquals(new ObjectMapper().readTree(c.payload().json()), server.last(CHAT).json(),
                "the payload shown is exactly what the server received");
        assertEquals("Bearer " + KEY, server.last(CHAT).header("Authorization"));
    }

    @Test
    void consentIsAskedOncePerProjectAndEndpoint() {
        server.on(CHAT, FakeOpenAiServer.stream("stream-impact.sse", Duration.ZERO));
        vm.draft("impact");
        until(State.PREVIEW);
        vm.send(true);
        until(State.DONE);
        assertTrue(vm.consentsProperty().get().covers(server.baseUrl()));
        assertEquals(NOW, vm.consentsProperty().get().granted().getFirst().grantedAt());

        vm.draft("summary");
        ui.pumpUntil(() -> !vm.busyProperty().get());
        assertEquals(State.DONE, vm.stateProperty().get(), "no second question for this project and endpoint");
        assertEquals(2, server.requests(CHAT).size());

        vm.previewThenDraft("summary", null);
        until(State.PREVIEW);
        assertEquals(ConsentRequest.Reason.ON_DEMAND, vm.consentProperty().get().asked(), "a preview on demand");
        vm.cancel();
        assertEquals(State.IDLE, vm.stateProperty().get());
        assertEquals("Nothing was sent.", vm.messageProperty().get());
        assertEquals(2, server.requests(CHAT).size());

        Consents thisProject = vm.consentsProperty().get();
        vm.consentsProperty().set(Consents.NONE);           // another project
        vm.draft("summary");
        until(State.PREVIEW);
        vm.send(false);                                      // send once, but ask again next time
        until(State.DONE);
        vm.draft("summary");
        until(State.PREVIEW);
        vm.cancel();

        try (FakeOpenAiServer other = FakeOpenAiServer.start()) {
            AiDraftViewModel elsewhere = model(Map.of(AiSettings.ENV_BASE_URL, other.baseUrl(), "OPENAI_API_KEY", KEY));
            elsewhere.consentsProperty().set(thisProject);
            elsewhere.draft("impact");
            ui.pumpUntil(() -> elsewhere.stateProperty().get() == State.PREVIEW);
            assertEquals(other.baseUrl(), elsewhere.consentProperty().get().endpoint(), "another endpoint asks again");
            elsewhere.cancel();
            elsewhere.close();
        }
    }

    @Test
    void tokensReachTheSectionInBatchesAndAnEmptySectionTakesTheDraft() {
        CountDownLatch release = new CountDownLatch(1);
        server.on(CHAT, FakeOpenAiServer.pauseAfter("stream-impact.sse", 4, release));
        grantConsent();
        List<String> shown = new ArrayList<>();
        vm.streamingTextProperty().addListener((o, a, b) -> shown.add(b));
        vm.draft("impact");
        until(State.STREAMING);
        assertEquals(1, ui.tickers(), "a ticker paces the batches while streaming");
        String first = "Between 02:03 and 02:31 UTC payment-service returned HTTP 503 for";
        ui.pumpUntil(() -> {
            ui.tick();
            return vm.streamingTextProperty().get().length() >= first.length();
        });
        assertEquals(first, vm.streamingTextProperty().get(), "the first three pieces, as one or two batches");
        assertEquals("", section("impact").text(), "the document changes only when the draft is complete");

        release.countDown();
        until(State.DONE);
        assertEquals(0, ui.tickers(), "the ticker stops with the stream");
        Section s = section("impact");
        assertEquals(Origin.AI, s.origin());
        assertNull(s.proposal(), "nothing was written there: the draft goes straight in");
        assertTrue(s.text().startsWith(first + " about 140 API calls [e-xax52vna5jkq]."), s.text());
        assertEquals(s.text().strip(), vm.streamingTextProperty().get().strip());
        assertTrue(vm.batchesProperty().get() <= 3 && shown.size() == vm.batchesProperty().get(),
                "14 pieces arrived in " + shown.size() + " updates");
        for (int i = 1; i < shown.size(); i++) {
            assertTrue(shown.get(i).startsWith(shown.get(i - 1)), "each batch extends the text");
        }
        assertTrue(vm.messageProperty().get().startsWith("Drafted “Impact” with gpt-4o-mini. It is in the section."),
                vm.messageProperty().get());
    }

    @Test
    void cancelStopsTheStreamAndKeepsWhatArrivedAsAProposal() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        server.on(CHAT, FakeOpenAiServer.pauseAfter("stream-impact.sse", 4, release));
        host.change("offline", d -> d.withUserText("impact", "My notes on the impact."));
        grantConsent();
        vm.draft("impact");
        until(State.STREAMING);
        ui.pumpUntil(() -> {
            ui.tick();
            return !vm.streamingTextProperty().get().isEmpty();
        });
        vm.cancel();
        assertEquals(State.CANCELLED, vm.stateProperty().get());
        assertFalse(vm.busyProperty().get());
        String atCancel = vm.streamingTextProperty().get();
        release.countDown();
        Thread.sleep(300);                                   // the rest of the answer would arrive now
        ui.pump();
        ui.tick();
        assertEquals(atCancel, vm.streamingTextProperty().get(), "nothing more after cancel");
        assertEquals(State.CANCELLED, vm.stateProperty().get());
        Section s = section("impact");
        assertEquals("My notes on the impact.", s.text());
        assertNotNull(s.proposal());
        assertTrue(atCancel.startsWith(s.proposal().text().strip()) || s.proposal().text().startsWith(atCancel),
                s.proposal().text());
        assertTrue(vm.messageProperty().get().contains("kept as a proposal"));
    }

    @Test
    void anEditedSectionGetsAProposalThatCanBeAcceptedInPartRejectedAndUndone() {
        server.on(CHAT, FakeOpenAiServer.stream("stream-impact.sse", Duration.ZERO));
        String mine = "Between 02:03 and 02:31 UTC payment-service returned errors [e-xax52vna5jkq].";
        host.change("typed", d -> d.withUserText("impact", mine));
        grantConsent();
        vm.draft("impact");
        until(State.DONE);
        Section s = section("impact");
        assertEquals(mine, s.text(), "the user's text is theirs");
        assertEquals(Origin.USER, s.origin());
        assertNotNull(s.proposal());
        assertTrue(vm.messageProperty().get().contains("It waits as a proposal"), vm.messageProperty().get());
        String proposal = s.proposal().text();

        ProposalViewModel p = new ProposalViewModel(host, "impact");
        assertTrue(p.presentProperty().get());
        var changes = p.diffProperty().get().changes();
        assertTrue(changes.size() >= 2, changes.toString());
        assertEquals("errors", changes.getFirst().removed());

        p.toggle(0);
        p.acceptSelected();
        Section part = section("impact");
        assertTrue(part.text().startsWith("Between 02:03 and 02:31 UTC payment-service returned HTTP 503 for about 140 API calls [e-xax52vna5jkq]."),
                part.text());
        assertFalse(part.text().contains("Support received"), "changes not selected are left out");
        assertNull(part.proposal());
        assertTrue(part.accepted());
        assertEquals(Origin.USER, part.origin());
        assertFalse(p.presentProperty().get());

        assertTrue(host.undo(), "undo covers accepts");
        assertEquals(mine, section("impact").text());
        assertEquals(proposal, section("impact").proposal().text());
        assertTrue(p.presentProperty().get());

        p.accept();
        assertEquals(proposal, section("impact").text());
        assertTrue(section("impact").accepted());
        host.undo();

        p.reject();
        assertEquals(mine, section("impact").text());
        assertNull(section("impact").proposal());
        host.undo();
        assertNotNull(section("impact").proposal());
        p.dispose();
    }

    @Test
    void aRedraftSendsTheInstructionAndTheCurrentText() {
        server.on(CHAT, FakeOpenAiServer.stream("stream-impact.sse", Duration.ZERO));
        host.change("typed", d -> d.withUserText("impact", "Payments failed for 28 min [e-xax52vna5jkq]."));
        grantConsent();
        vm.redraft("impact", "for executives");
        until(State.DONE);
        String user = server.last(CHAT).json().at("/messages/1/content").asText();
        assertTrue(user.contains("The engineer asks for a new version: for executives"));
        assertTrue(user.contains("Current text of the section:\nPayments failed for 28 min [e-xax52vna5jkq]."));
    }

    @Test
    void theClaimCheckFlagsADraftThatInventsATime() {
        server.on(CHAT, FakeOpenAiServer.stream("stream-invented.sse", Duration.ZERO));
        grantConsent();
        vm.draft("impact");
        until(State.DONE);
        ModelCheck check = vm.checks().get("impact");
        assertEquals(section("impact").text(), check.text(), "the check is of the text now in the section");
        List<Problem.Kind> kinds = check.report().flagged().stream().flatMap(x -> x.problems().stream())
                .map(Problem::kind).toList();
        assertTrue(kinds.contains(Problem.Kind.TIME), kinds.toString());
        var time = check.report().flagged().getFirst();
        assertTrue(check.text().substring(time.start(), time.end()).startsWith("The error-rate alert fired at 02:05"));
        assertTrue(time.reason().startsWith("02:05 is not in the cited rows"), time.reason());
        assertTrue(vm.messageProperty().get().endsWith(check.flagged() + " sentences are not supported by the evidence (underlined)."),
                vm.messageProperty().get());
    }

    @Test
    void withNoEndpointThePanelSaysSoAndTheOfflineDraftIsThere() {
        AiDraftViewModel none = model(Map.of());
        assertEquals(State.NOT_CONFIGURED, none.stateProperty().get());
        none.draft("impact");
        assertEquals(State.NOT_CONFIGURED, none.stateProperty().get());
        assertTrue(none.messageProperty().get().startsWith("Set up an AI endpoint first"));
        none.draftOffline("impact");
        ui.pumpUntil(() -> !none.busyProperty().get());
        Section s = section("impact");
        assertEquals(Origin.OFFLINE, s.origin());
        assertFalse(s.text().isBlank());
        assertFalse(s.citations().isEmpty(), "the offline draft cites its evidence");
        assertTrue(server.requests().isEmpty(), "nothing left the machine");
        none.close();
    }

    @Test
    void aLocalServerNeedsNoKey() {
        server.on(CHAT, FakeOpenAiServer.stream("stream-impact.sse", Duration.ZERO));
        AiDraftViewModel local = model(Map.of(AiSettings.ENV_BASE_URL, server.baseUrl()));
        assertEquals(State.IDLE, local.stateProperty().get());
        local.consentsProperty().set(Consents.NONE.grant(server.baseUrl(), NOW, ""));
        local.draft("impact");
        ui.pumpUntil(() -> local.stateProperty().get() == State.DONE);
        assertEquals("Bearer no-key-set", server.last(CHAT).header("Authorization"));
        local.close();
    }

    @Test
    void settingsThatChangeTheEndpointAreReadAgain() throws Exception {
        AiDraftViewModel m = model(Map.of());
        assertEquals(State.NOT_CONFIGURED, m.stateProperty().get());
        AiSettings.DEFAULTS.withBaseUrl("http://localhost:11434/v1").withModel("llama3.1").save(config);
        m.reload();
        ui.pumpUntil(() -> m.stateProperty().get() == State.IDLE);
        assertEquals("Drafts with llama3.1 at localhost:11434/v1.", m.messageProperty().get());
        m.close();
    }

    static Map<String, String> env(String baseUrl) {
        Map<String, String> env = new HashMap<>();
        env.put(AiSettings.ENV_BASE_URL, baseUrl);
        env.put("OPENAI_API_KEY", KEY);
        return env;
    }
}
