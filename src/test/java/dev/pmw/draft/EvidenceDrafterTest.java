package dev.pmw.draft;

import dev.pmw.draft.offline.EvidenceDrafter;
import dev.pmw.work.Cancellation;
import dev.pmw.work.CancelledException;
import dev.pmw.work.Progress;
import dev.pmw.work.Work;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/// Drafting the sample payment-service outage offline, from a hand-built analysis and timeline.
class EvidenceDrafterTest {
    private final SampleStory story = new SampleStory();
    private final EvidenceDrafter drafter = new EvidenceDrafter();

    private PostmortemDocument draft(Template t) {
        return DocumentDrafter.draft(drafter, story.context(), t, Work.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"standard", "rca", "google-sre"})
    void everySectionIsWrittenAndEveryCitationNamesARealRow(String name) {
        Template t = Templates.byName(name);
        PostmortemDocument doc = draft(t);
        assertEquals(t.sections().size(), doc.sections().size());
        for (Section s : doc.sections()) {
            assertFalse(s.text().isBlank(), s.key() + " is empty");
            assertEquals(Origin.OFFLINE, s.origin());
            assertFalse(s.accepted(), "a draft is not accepted until the user says so");
        }
        assertTrue(doc.citations().size() >= 15, "cites the evidence: " + doc.citations());
        assertEquals(List.of(), new CitationIndex(story.timeline).unresolved(doc));
        for (SectionIntent factual : List.of(SectionIntent.SUMMARY, SectionIntent.IMPACT, SectionIntent.TIMELINE,
                SectionIntent.ROOT_CAUSE, SectionIntent.CONTRIBUTING_FACTORS, SectionIntent.DETECTION, SectionIntent.RESOLUTION,
                SectionIntent.TRIGGER, SectionIntent.FIVE_WHYS, SectionIntent.WENT_WELL)) {
            doc.section(factual).ifPresent(s -> assertFalse(s.citations().isEmpty(), s.key() + " states facts without citing them"));
        }
    }

    @Test
    void theTimelineTableHoldsTheSevenKeyMomentsAtTheirExactTimes() {
        String table = draft(Templates.standard()).section(SectionIntent.TIMELINE).orElseThrow().text();
        assertTrue(table.startsWith("| Time (UTC) | T+ | Event | Who / what | Evidence |\n|---|"), table);
        // the seven moments of the story, each on the row that cites its event
        assertRow(table, "02:12:00", story.alert.id(), "**Detected**");
        assertRow(table, "02:14:10", story.ack.id(), "**Acknowledged**");
        assertRow(table, "02:17:14", story.foundIt.id(), "Found it");
        assertRow(table, "02:23:05", story.hotfixChat.id(), "Applying hotfix");
        assertRow(table, "02:31:00", story.recovered.id(), "**Mitigated**");
        assertRow(table, "02:45:12", story.drained.id(), "Retry queue drained");
        assertRow(table, "03:10:00", story.resolve.id(), "**Resolved**");
        // what the analysis rests on
        assertRow(table, "2026-02-13 10:52:44", story.commit.id(), "**Suspected trigger (hypothesis)**");
        assertRow(table, "11:31:44", story.deploy.id(), "**Suspected trigger (hypothesis)**");
        assertRow(table, "2026-02-15 22:47:19", story.redHerring.id(), "**Other candidate change**");
        assertRow(table, "2026-02-16 02:03:05", story.poolWarn.id(), "**Saturation: connection pool**");
        assertRow(table, "02:04:27", story.errors.id(), "**Impact start** — 142 × HikariPool-1");
        assertTrue(table.contains("| T+07:32 |"), "T+ counts from the impact start (02:04:27.704 → 02:12:00)");
        assertFalse(table.contains(story.emoji.id()), "noise stays out");
        List<String> times = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^\\| ([0-9: -]+) \\|").matcher(table);
        while (m.find()) {
            times.add(m.group(1));
        }
        assertTrue(times.size() >= 15 && times.size() <= 24, times.toString());
    }

    private static void assertRow(String table, String time, String id, String text) {
        String row = table.lines().filter(l -> l.contains("[" + id + "]")).findFirst().orElseThrow(() -> new AssertionError(id + " not in\n" + table));
        assertTrue(row.startsWith("| " + time + " |"), row);
        assertTrue(row.contains(text), row);
    }

    @Test
    void theRootCauseIsAHypothesisWithItsEvidence() {
        String cause = draft(Templates.standard()).section(SectionIntent.ROOT_CAUSE).orElseThrow().text();
        assertTrue(cause.startsWith("**Hypothesis (to confirm in the review):**"), cause);
        assertFalse(Pattern.compile("(?i)the root cause (is|was)\\b").matcher(cause).find(), cause);
        assertTrue(cause.contains("[" + story.deploy.id() + ", " + story.commit.id() + ", " + story.jobStart.id() + "]"), cause);
        assertTrue(cause.contains("Confidence: high (0.80)"), cause);
        assertTrue(cause.contains("connection pool of payment-service was saturated at 02:03:05 UTC, before the first failure at 02:04:27 UTC"), cause);
        assertTrue(cause.contains("fraud-scoring v1.14.2") && cause.contains("confidence low (0.20)"), "alternatives are named: " + cause);
        assertTrue(cause.contains("_To discuss:_"), cause);
    }

    @Test
    void contributingFactorsComeFromTheEvidence() {
        String factors = draft(Templates.standard()).section(SectionIntent.CONTRIBUTING_FACTORS).orElseThrow().text();
        assertTrue(factors.contains("**No alert on the saturated resource.** The connection pool of payment-service was saturated "
                + "(first recorded at 02:03:05 UTC, 8.9 minutes before the first alert)"), factors);
        assertTrue(factors.contains("**Detection lag.** The first alert fired 7.5 minutes after the impact started"), factors);
        assertTrue(factors.contains("**Latent change.**") && factors.contains("2 days 14 hours"), factors);
        assertTrue(factors.contains("hardcoded") && factors.contains("[" + story.hardcoded.id() + "]"), "the concern raised in the channel: " + factors);
        assertTrue(factors.lines().allMatch(l -> l.startsWith("- ")), factors);
    }

    @Test
    void noPersonIsTheSubjectOfACause() {
        Pattern cause = Pattern.compile("(?i)\\b(caus\\w*|triggered|broke|introduced|forgot|missed|failed to|should have|"
                + "mistake|fault|blame\\w*|responsible)\\b");
        Set<String> names = new java.util.TreeSet<>();
        for (String p : SampleStory.PEOPLE) {
            names.add(p);
            names.add(p.split(" ")[0]);
        }
        List<String> offending = new ArrayList<>();
        for (String name : List.of("standard", "rca", "google-sre")) {
            PostmortemDocument doc = draft(Templates.byName(name));
            List<String> texts = new ArrayList<>(doc.sections().stream().map(Section::text).toList());
            doc.actionItems().forEach(a -> texts.add(a.description() + " | " + a.owner()));
            for (String text : texts) {
                for (String sentence : text.split("(?<=[.!?])\\s+|\\n|\\|")) {
                    Matcher v = cause.matcher(sentence);
                    int lastVerb = -1;
                    while (v.find()) {
                        lastVerb = v.start();
                    }
                    for (String n : names) {
                        int at = sentence.indexOf(n);
                        if (lastVerb >= 0 && at >= 0 && at < lastVerb) {
                            offending.add(n + " ⟶ " + sentence);
                        }
                    }
                }
                assertEquals(List.of(), BlamelessLint.check(text, SampleStory.PEOPLE));
            }
            doc.actionItems().forEach(a -> assertFalse(names.stream().anyMatch(a.owner()::contains), "owner is a team: " + a.owner()));
        }
        assertEquals(List.of(), offending);
    }

    @Test
    void actionItemsAreStructuredAndProposedFromTheGaps() {
        PostmortemDocument doc = draft(Templates.standard());
        List<ActionItem> items = doc.actionItems();
        assertTrue(items.size() >= 4 && items.size() <= 8, items.toString());
        CitationIndex index = new CitationIndex(story.timeline);
        for (int i = 0; i < items.size(); i++) {
            ActionItem a = items.get(i);
            assertEquals("A" + (i + 1), a.id());
            assertTrue(a.owner().endsWith(" team"), a.owner());
            assertEquals(ActionStatus.OPEN, a.status());
            assertEquals(SampleStory.TODAY.plusDays(a.priority().daysToDue()), a.due());
            assertFalse(a.evidence().isEmpty(), a.description());
            assertTrue(a.evidence().stream().allMatch(index::resolves));
        }
        ActionItem alert = items.stream().filter(a -> a.kind() == ActionKind.DETECT && a.description().contains("connection pool"))
                .findFirst().orElseThrow();
        assertEquals(Priority.P1, alert.priority());
        assertEquals("payment-service team", alert.owner());
        assertTrue(alert.evidence().contains(story.poolWarn.id()));
        ActionItem durable = items.stream().filter(a -> a.kind() == ActionKind.MITIGATE).findFirst().orElseThrow();
        assertEquals(Priority.P0, durable.priority(), "a runtime override is lost on the next restart");
        assertEquals(List.of(story.configChange.id()), durable.evidence());
        assertFalse(durable.description().contains("*"), "plain text, no chat markup: " + durable.description());
        assertTrue(items.stream().anyMatch(a -> a.owner().equals("invoice-reconciliation team") && a.kind() == ActionKind.PREVENT));
        assertTrue(doc.section(SectionIntent.ACTION_ITEMS).orElseThrow().citations().containsAll(alert.evidence()),
                "the section cites what its items cite");
    }

    @Test
    void lessonsStateWhatTheEvidenceShowsAndAskForTheRest() {
        String lessons = draft(Templates.standard()).section(SectionIntent.LESSONS_LEARNED).orElseThrow().text();
        assertTrue(lessons.contains("**What went well**") && lessons.contains("**What went wrong**") && lessons.contains("**Where we got lucky**"));
        assertTrue(lessons.contains("The page was acknowledged 2.2 minutes after the alert [" + story.alert.id() + ", " + story.ack.id() + "]"), lessons);
        assertTrue(lessons.contains("The impact was mitigated 19 minutes after detection"), lessons);
        String lucky = lessons.substring(lessons.indexOf("**Where we got lucky**"));
        assertTrue(lucky.lines().filter(l -> l.startsWith("- ")).allMatch(l -> l.startsWith("- _To discuss:_")),
                "nothing invented where the evidence is silent: " + lucky);
    }

    @Test
    void summaryAndImpactGiveTheNumbersWithTheirEvidence() {
        PostmortemDocument doc = draft(Templates.standard());
        String summary = doc.section(SectionIntent.SUMMARY).orElseThrow().text();
        assertTrue(summary.startsWith("On 2026-02-16, payment-service was impaired for 26.5 minutes, from 02:04:27 UTC to 02:31:00 UTC ["
                + story.errors.id() + ", " + story.recovered.id() + "]."), summary);
        assertTrue(summary.contains("142 requests failed and 115 distinct users were affected [" + story.errors.id() + ", " + story.tickets.id() + "]"));
        assertTrue(summary.contains("Working hypothesis for the trigger, to confirm in the review:"));
        assertFalse(summary.contains("Marta"), "the change is named, not who made it: " + summary);
        String impact = doc.section(SectionIntent.IMPACT).orElseThrow().text();
        assertTrue(impact.contains("**Failed requests:** 142 (503 SQLTransientConnectionException: 142)"), impact);
        assertTrue(impact.contains("**Severity:** SEV2"), impact);
        assertEquals("payment-service: API error rate > 5% (2026-02-16)", doc.title());
        assertEquals("SEV2", doc.facts().severity());
        assertEquals(142L, doc.facts().failedRequests());
    }

    @Test
    void draftingIsDeterministic() {
        PostmortemDocument a = draft(Templates.rca());
        PostmortemDocument b = DocumentDrafter.draft(new EvidenceDrafter(), new SampleStory().context(), Templates.rca(), Work.NONE);
        assertEquals(a, b);
    }

    @Test
    void withoutAnAnalysisEverySectionStillSaysWhatIsMissing() {
        java.util.Map<dev.pmw.analysis.BoundaryKind, dev.pmw.analysis.Boundary> none = new java.util.EnumMap<>(dev.pmw.analysis.BoundaryKind.class);
        for (dev.pmw.analysis.BoundaryKind k : dev.pmw.analysis.BoundaryKind.values()) {
            none.put(k, dev.pmw.analysis.Boundary.missing(k, "no evidence"));
        }
        var empty = new dev.pmw.analysis.Analysis(none, dev.pmw.analysis.Durations.NONE, null, null, null, null, null,
                java.util.Map.of("trigger", "no change found", "impact", "no logs", "severity", "no figures"));
        PostmortemDocument doc = DocumentDrafter.draft(drafter, new DraftContext(empty, story.timeline, SampleStory.TODAY),
                Templates.googleSre(), Work.NONE);
        doc.sections().forEach(s -> assertFalse(s.text().isBlank(), s.key()));
        String cause = doc.section(SectionIntent.ROOT_CAUSE).orElseThrow().text();
        assertTrue(cause.startsWith("**Hypothesis: open.**"), cause);
        assertTrue(doc.section(SectionIntent.IMPACT).orElseThrow().text().contains("**Duration:** not derived"));
        assertEquals("SEV2", doc.facts().severity(), "the severity declared in the channel, cited");
        assertEquals(List.of(story.declare.id()), doc.facts().severityEvidence());
        assertEquals(List.of(), new CitationIndex(story.timeline).unresolved(doc));
    }

    @Test
    void draftingReportsProgressAndStopsWhenCancelled() {
        List<String> messages = new ArrayList<>();
        Progress p = (f, m) -> messages.add(m);
        DocumentDrafter.draft(drafter, story.context(), Templates.standard(), new Work(p, Cancellation.NEVER));
        assertTrue(messages.contains("Drafting Root cause…"), messages.toString());
        Cancellation c = new Cancellation();
        c.cancel();
        assertThrows(CancelledException.class, () -> DocumentDrafter.draft(drafter, story.context(), Templates.standard(), new Work(Progress.NONE, c)));
    }

    @Test
    void theDraftIsStreamedToTheListener() {
        StringBuilder streamed = new StringBuilder();
        SectionDraft d = drafter.draft(new DraftRequest(story.context(), Templates.standard().sections().getFirst(), null),
                streamed::append, Work.NONE);
        assertEquals(d.text(), streamed.toString());
        assertEquals("offline", d.drafter());
        assertEquals(Citations.extract(d.text()), d.citations());
        assertTrue(d.text().toLowerCase(Locale.ROOT).contains("payment-service"));
    }
}
