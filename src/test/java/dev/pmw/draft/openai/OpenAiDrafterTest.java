package dev.pmw.draft.openai;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pmw.analysis.Analyzer;
import dev.pmw.draft.DraftContext;
import dev.pmw.draft.DraftRequest;
import dev.pmw.draft.Origin;
import dev.pmw.draft.PostmortemDocument;
import dev.pmw.draft.Section;
import dev.pmw.draft.SectionDraft;
import dev.pmw.draft.SectionSpec;
import dev.pmw.draft.Templates;
import dev.pmw.draft.check.CheckReport;
import dev.pmw.draft.check.DraftChecks;
import dev.pmw.draft.check.Problem;
import dev.pmw.ingest.ParseOptions;
import dev.pmw.timeline.Incident;
import dev.pmw.timeline.IncidentLoader;
import dev.pmw.work.Cancellation;
import dev.pmw.work.CancelledException;
import dev.pmw.work.Progress;
import dev.pmw.work.Work;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

import static dev.pmw.draft.openai.FakeOpenAiServer.CHAT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/// The AI drafter on the sample incident, against the fake server.
class OpenAiDrafterTest {
    private static DraftContext ctx;
    private static SectionSpec impact;
    private FakeOpenAiServer server;
    private AiClient client;
    private OpenAiDrafter drafter;

    @BeforeAll
    static void sample() {
        Incident incident = new Incident(new IncidentLoader().load(List.of(Path.of("samples/payment-service-outage")),
                ParseOptions.zone(ZoneId.of("Europe/Madrid")), Work.NONE));
        ctx = new DraftContext(new Analyzer().analyze(incident.timeline()), incident.timeline(), LocalDate.of(2026, 2, 17));
        impact = Templates.standard().sections().stream().filter(s -> s.key().equals("impact")).findFirst().orElseThrow();
    }

    @BeforeEach
    void start() {
        server = FakeOpenAiServer.start();
        client = new AiClient(AiSettings.DEFAULTS.withBaseUrl(server.baseUrl()).withTimeout(Duration.ofSeconds(5)),
                ApiKey.of("sk-test-0123456789abcdef"));
        drafter = new OpenAiDrafter(client, List.of("Priya Nair"));
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void aSectionStreamsInWithPlaceholdersMappedBackAndComesOutAsAnAiDraft() {
        server.on(CHAT, FakeOpenAiServer.stream("stream-impact.sse", Duration.ofMillis(2)));
        List<String> streamed = new CopyOnWriteArrayList<>();
        SectionDraft d = drafter.draft(new DraftRequest(ctx, impact, null), streamed::add, Work.NONE);
        assertEquals(Origin.AI, d.origin());
        assertEquals("openai:gpt-4o-mini", d.drafter());
        assertEquals("impact", d.key());
        assertTrue(streamed.size() > 5, "streamed in pieces");
        assertEquals(d.text().strip(), String.join("", streamed).strip());
        assertTrue(d.text().contains("4 tickets from <USER_1> and other customers"),
                "a placeholder the map never issued stays as the model wrote it");
        assertEquals(List.of("e-xax52vna5jkq", "e-v89t6kte433t", "e-zsn69e0sg42x"), d.citations());
    }

    @Test
    void theRequestCarriesTheIntentTheAnalysisAndTheKeyEventsRedacted() {
        server.on(CHAT, FakeOpenAiServer.stream("stream-impact.sse", Duration.ZERO));
        Prompt preview = drafter.prompt(new DraftRequest(ctx, impact, null), null);
        drafter.send(preview, new DraftRequest(ctx, impact, null), chunk -> { }, Work.NONE);
        FakeOpenAiServer.Received r = server.last(CHAT);
        JsonNode body = r.json();
        String user = body.at("/messages/1/content").asText();
        assertEquals(preview.request().user(), user, "the previewed prompt is the one sent");
        assertTrue(user.startsWith("Section: Impact\nWhat the section is for: Impact. Duration, failed requests"));
        assertTrue(user.contains("detected: 2026-02-16T02:12:00Z (first alert trigger"), "the analysis' boundary with its time");
        assertTrue(user.contains("acknowledged: 2026-02-16T02:14:10Z"));
        for (String keyRow : List.of("e-02kcmrf7yrn5", "e-jv68e2sx7ydk", "e-v89t6kte433t", "e-xax52vna5jkq")) {
            assertTrue(user.contains("\"id\":\"" + keyRow + "\""), keyRow);
        }
        assertFalse(user.contains("Priya Nair"), "a listed name is redacted");
        assertTrue(user.contains("<NAME_1>"));
        assertFalse(r.body().contains("@ferropay.example"));
        assertEquals(PromptBuilder.SYSTEM, body.at("/messages/0/content").asText());
    }

    @Test
    void aDraftOfASectionTheUserEditedArrivesAsAProposal() {
        server.on(CHAT, FakeOpenAiServer.stream("stream-impact.sse", Duration.ZERO));
        PostmortemDocument doc = PostmortemDocument.blank(Templates.standard(), "Payments outage", null)
                .withUserText("impact", "My own words about the impact.");
        SectionDraft d = drafter.draft(new DraftRequest(ctx, impact, doc), Work.NONE);
        PostmortemDocument offered = doc.offer(d);
        Section s = offered.section("impact").orElseThrow();
        assertEquals("My own words about the impact.", s.text(), "the user's text is theirs");
        assertEquals(d, s.proposal());
        assertEquals(d.text(), offered.accept("impact").section("impact").orElseThrow().text());
    }

    @Test
    void aRedraftSendsTheInstructionAndTheCurrentText() {
        server.on(CHAT, FakeOpenAiServer.stream("stream-impact.sse", Duration.ZERO));
        PostmortemDocument doc = PostmortemDocument.blank(Templates.standard(), "t", null)
                .withUserText("impact", "Payments failed for 28 min [e-xax52vna5jkq].");
        drafter.redraft(new DraftRequest(ctx, impact, doc), "for executives", chunk -> { }, Work.NONE);
        String user = server.last(CHAT).json().at("/messages/1/content").asText();
        assertTrue(user.contains("The engineer asks for a new version: for executives"));
        assertTrue(user.contains("Current text of the section:\nPayments failed for 28 min [e-xax52vna5jkq]."));
    }

    @Test
    void aFailureKeepsThePartialTextAsADraftAndLeavesAcceptedTextAlone() {
        server.on(CHAT, FakeOpenAiServer.cutAfter("stream-impact.sse", 5));
        PostmortemDocument doc = PostmortemDocument.blank(Templates.standard(), "t", null)
                .withUserText("impact", "Accepted impact text.").accept("impact");
        AiDraftException e = assertThrows(AiDraftException.class,
                () -> drafter.draft(new DraftRequest(ctx, impact, doc), Work.NONE));
        assertEquals(AiFailure.Kind.STREAM_CUT, e.failure().kind());
        assertTrue(e.partial().text().startsWith("Between 02:03 and 02:31 UTC payment-service returned HTTP 503"));
        assertEquals(Origin.AI, e.partial().origin());
        PostmortemDocument kept = doc.offer(e.partial());
        assertEquals("Accepted impact text.", kept.section("impact").orElseThrow().text());
        assertEquals(e.partial(), kept.section("impact").orElseThrow().proposal());
    }

    @Test
    void cancellingTheWorkStopsTheStream() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        server.on(CHAT, FakeOpenAiServer.pauseAfter("stream-impact.sse", 3, release));
        Cancellation cancellation = new Cancellation();
        Work work = new Work(Progress.NONE, cancellation);
        List<String> streamed = new CopyOnWriteArrayList<>();
        CountDownLatch first = new CountDownLatch(1);
        Thread t = Thread.ofPlatform().start(() -> assertThrows(CancelledException.class,
                () -> drafter.draft(new DraftRequest(ctx, impact, null), chunk -> {
                    streamed.add(chunk);
                    first.countDown();
                }, work)));
        first.await();
        cancellation.cancel();
        t.join(3000);
        assertFalse(t.isAlive(), "returned promptly although the server still holds the rest");
        int n = streamed.size();
        release.countDown();
        Thread.sleep(200);
        assertEquals(n, streamed.size());
    }

    @Test
    void theClaimCheckFlagsTheInventedTimeDurationAndCommit() {
        server.on(CHAT, FakeOpenAiServer.stream("stream-invented.sse", Duration.ZERO));
        SectionDraft d = drafter.draft(new DraftRequest(ctx, impact, null), Work.NONE);
        CheckReport r = DraftChecks.of(ctx, ZoneOffset.UTC).claims().checkModelText(d.text());
        List<Problem.Kind> kinds = r.flagged().stream().flatMap(s -> s.problems().stream()).map(Problem::kind).toList();
        assertEquals(List.of(Problem.Kind.TIME, Problem.Kind.DURATION, Problem.Kind.COMMIT), kinds, r.toString());
        assertTrue(r.flagged().getFirst().reason().startsWith("02:05 is not in the cited rows (02:12:00 Datadog alert"));
    }

    @Test
    void aDraftWithoutCitationsIsFlagged() {
        server.on(CHAT, FakeOpenAiServer.stream("stream-uncited.sse", Duration.ZERO));
        SectionDraft d = drafter.draft(new DraftRequest(ctx, impact, null), Work.NONE);
        assertEquals(List.of(), d.citations());
        CheckReport r = DraftChecks.of(ctx, ZoneOffset.UTC).claims().checkModelText(d.text());
        assertFalse(r.citesAnything());
        assertEquals(1, r.flagged().size());
        assertEquals(Problem.Kind.NO_CITATION, r.flagged().getFirst().problems().getFirst().kind());
    }

    @Test
    void adjacentCitationsAndAStrayHeadingAreTidied() {
        assertEquals("Alert fired [e-02kcmrf7yrn5, e-jv68e2sx7ydk, e-xax52vna5jkq].\n",
                OpenAiDrafter.tidy("## Impact\n\nAlert fired [e-02kcmrf7yrn5][e-jv68e2sx7ydk] [e-xax52vna5jkq]."));
    }
}
