package dev.pmw.draft.check;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.pmw.draft.check.SampleEvidence.ACK;
import static dev.pmw.draft.check.SampleEvidence.ALERT;
import static dev.pmw.draft.check.SampleEvidence.DEPLOY;
import static dev.pmw.draft.check.SampleEvidence.MARTA;
import static dev.pmw.draft.check.SampleEvidence.RESOLVE;
import static dev.pmw.draft.check.SampleEvidence.SCHEDULE_COMMIT;
import static dev.pmw.draft.check.SampleEvidence.TICKETS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/// Claims about the sample incident checked against its real rows.
class ClaimCheckerTest {
    private final ClaimChecker utc = new ClaimChecker(SampleEvidence.index(), AnalysisFacts.NONE, ZoneOffset.UTC);

    private SentenceCheck one(ClaimChecker checker, String text) {
        List<SentenceCheck> s = checker.check(text).sentences();
        assertEquals(1, s.size(), () -> "one sentence expected in: " + text);
        return s.getFirst();
    }

    private SentenceCheck one(String text) {
        return one(utc, text);
    }

    private static String cite(String... ids) {
        StringBuilder sb = new StringBuilder();
        for (String id : ids) {
            sb.append(" [").append(id).append(']');
        }
        return sb.toString();
    }

    @Test
    void theRightTimeWithACitationIsSupported() {
        SentenceCheck s = one("Datadog paged at 02:12 when the API error rate crossed its threshold" + cite(ALERT) + ".");
        assertEquals(Status.SUPPORTED, s.status(), s.reason());
        assertEquals(List.of(ALERT), s.citations());
    }

    @Test
    void anInventedTimeIsContradictedWithTheCitedRowsInTheReason() {
        String text = "The error-rate alert fired at 02:05" + cite(ALERT) + ".";
        SentenceCheck s = one(text);
        assertEquals(Status.CONTRADICTED, s.status());
        Problem p = s.problems().getFirst();
        assertEquals(Problem.Kind.TIME, p.kind());
        assertEquals("02:05", text.substring(p.start(), p.end()), "the value itself is underlined");
        assertEquals("02:05 is not in the cited rows (02:12:00 Datadog alert)", p.message());
    }

    @Test
    void timesMayBeWrittenInTheDisplayZoneOrInUtcWithinAMinute() {
        ClaimChecker madrid = new ClaimChecker(SampleEvidence.index(), AnalysisFacts.NONE, ZoneId.of("Europe/Madrid"));
        assertEquals(Status.SUPPORTED, one(madrid, "The alert fired at 03:12" + cite(ALERT) + ".").status());
        assertEquals(Status.SUPPORTED, one(madrid, "The alert fired at 02:12 UTC" + cite(ALERT) + ".").status());
        assertEquals(Status.SUPPORTED, one(madrid, "The alert fired at 2:13 AM" + cite(ALERT) + ".").status(),
                "02:13 is within a minute of 02:12:00");
        assertEquals(Status.SUPPORTED, one(madrid, "It fired at 2026-02-16T02:12:00Z" + cite(ALERT) + ".").status());
        SentenceCheck wrongZone = one(madrid, "The alert fired at 03:12 UTC" + cite(ALERT) + ".");
        assertEquals(Status.CONTRADICTED, wrongZone.status());
        assertEquals("03:12 UTC is not in the cited rows (03:12:00 (02:12:00 UTC) Datadog alert)",
                wrongZone.problems().getFirst().message());
        assertEquals(Status.CONTRADICTED, one(madrid, "It fired at 2026-02-15T02:12:00Z" + cite(ALERT) + ".").status(),
                "a day off");
    }

    @Test
    void aTimeWrittenInsideTheCitedRowsTextCountsToo() {
        assertEquals(Status.SUPPORTED, one("Impact lasted from 02:03 to 02:31" + cite(RESOLVE) + ".").status());
    }

    @Test
    void aZonedTimeWrittenInTheCitedRowsTextIsConvertedToTheClaimsZone() {
        assertEquals(Status.SUPPORTED, one("Commit 389be0a moved the job to 02:00 UTC" + cite(SCHEDULE_COMMIT) + ".").status());
        assertEquals(Status.SUPPORTED, one("Commit 389be0a moved the job to 03:00 CET" + cite(SCHEDULE_COMMIT) + ".").status());
        assertEquals(Status.CONTRADICTED, one("Commit 389be0a moved the job to 03:00 UTC" + cite(SCHEDULE_COMMIT) + ".").status());
    }

    @Test
    void durationsBetweenCitedRowsWithinAMinute() {
        assertEquals(Status.SUPPORTED,
                one("Dani acknowledged the page 2 minutes after the alert" + cite(ALERT, ACK) + ".").status());
        SentenceCheck s = one("Dani acknowledged the page 26 minutes after the alert" + cite(ALERT, ACK) + ".");
        assertEquals(Status.CONTRADICTED, s.status());
        assertEquals(Problem.Kind.DURATION, s.problems().getFirst().kind());
        assertEquals("26 minutes does not match the cited rows or the analysis (closest: 2 min 10 s)",
                s.problems().getFirst().message());
        assertEquals(Status.SUPPORTED, one("From 02:03 to 02:31 (28 min) payments failed" + cite(RESOLVE) + ".").status(),
                "a duration between the sentence's own cited times");
    }

    @Test
    void durationsFromTheAnalysisWithinFivePercent() {
        AnalysisFacts facts = new AnalysisFacts(Map.of(), Map.of("time to resolve", Duration.ofMinutes(67)), Map.of(),
                Set.of(), Set.of(), Set.of());
        ClaimChecker c = new ClaimChecker(SampleEvidence.index(), facts, ZoneOffset.UTC);
        assertEquals(Status.SUPPORTED, one(c, "Resolution took 1h 5m" + cite(RESOLVE) + ".").status(), "65 vs 67 min");
        assertEquals(Status.SUPPORTED, one(c, "Resolution took 1 hour 10 minutes" + cite(RESOLVE) + ".").status(),
                "70 vs 67 min is within 5 %");
        assertEquals(Status.CONTRADICTED, one(c, "Resolution took 1h 20m" + cite(RESOLVE) + ".").status());
    }

    @Test
    void countsExactOrAboutWithinTenPercent() {
        assertEquals(Status.SUPPORTED, one("Support received 4 tickets" + cite(TICKETS) + ".").status());
        SentenceCheck six = one("Support received 6 tickets" + cite(TICKETS) + ".");
        assertEquals(Status.CONTRADICTED, six.status());
        assertEquals("6 is not in the cited rows or the analysis", six.problems().getFirst().message());
        assertEquals(Status.SUPPORTED, one("About 140 failed API calls were seen" + cite(RESOLVE) + ".").status());
        assertEquals(Status.SUPPORTED, one("Approximately 130 failed API calls were seen" + cite(RESOLVE) + ".").status());
        assertEquals(Status.CONTRADICTED, one("There were 142 failed API calls" + cite(RESOLVE) + ".").status(),
                "no 'about': exact");
        assertEquals(Status.CONTRADICTED, one("About 200 failed API calls were seen" + cite(RESOLVE) + ".").status());
    }

    @Test
    void versionsAndCommitsMustBeExact() {
        assertEquals(Status.SUPPORTED, one("invoice-reconciliation v3.8.0 went out on Friday" + cite(DEPLOY) + ".").status());
        SentenceCheck v = one("invoice-reconciliation v3.9.0 went out on Friday" + cite(DEPLOY) + ".");
        assertEquals(Status.CONTRADICTED, v.status());
        assertEquals("v3.9.0 is not in the cited rows (v3.8.0)", v.problems().getFirst().message());
        assertEquals(Status.SUPPORTED, one("Commit 389be0a moved the schedule" + cite(SCHEDULE_COMMIT) + ".").status());
        assertEquals(Status.SUPPORTED,
                one("Commit 389be0a296018f63a2bf27019b4cec9bd0e5d941 moved it" + cite(SCHEDULE_COMMIT) + ".").status());
        SentenceCheck k = one("Commit a1b2c3d moved the schedule" + cite(SCHEDULE_COMMIT) + ".");
        assertEquals(Status.CONTRADICTED, k.status());
        assertEquals(Problem.Kind.COMMIT, k.problems().getFirst().kind());
    }

    @Test
    void peopleAndServicesMustBeNamedInTheCitedRows() {
        assertEquals(Status.SUPPORTED,
                one("Marta connected the errors to invoice-reconciliation" + cite(MARTA) + ".").status());
        SentenceCheck jordi = one("Jordi connected the errors to the job" + cite(MARTA) + ".");
        assertEquals(Status.CONTRADICTED, jordi.status());
        assertEquals("Jordi is not named in the cited rows", jordi.problems().getFirst().message());
        SentenceCheck ledger = one("The ledger-service was restarted" + cite(MARTA) + ".");
        assertEquals(Status.CONTRADICTED, ledger.status(), "an invented service is caught too");
    }

    @Test
    void citationsMustExist() {
        SentenceCheck s = one("The alert fired at 02:12 [e-000000000000].");
        assertEquals(Status.UNSUPPORTED, s.status());
        assertEquals("e-000000000000 is not a row of this timeline", s.problems().getFirst().message());
        SentenceCheck mixed = one("The alert fired at 02:12 [" + ALERT + ", e-zzzzzzzzzzzz].");
        assertEquals(Status.UNSUPPORTED, mixed.status());
        assertEquals(List.of(ALERT, "e-zzzzzzzzzzzz"), mixed.citations());
    }

    @Test
    void uncitedFactsAreUnsupportedUnlessTheAnalysisBacksThem() {
        SentenceCheck s = one("The connection pool was exhausted at 02:03.");
        assertEquals(Status.UNSUPPORTED, s.status());
        assertEquals(Problem.Kind.NO_CITATION, s.problems().getFirst().kind());
        AnalysisFacts facts = new AnalysisFacts(Map.of("impact start", Instant.parse("2026-02-16T02:03:05Z")), Map.of(),
                Map.of(), Set.of(), Set.of(), Set.of());
        ClaimChecker withFacts = new ClaimChecker(SampleEvidence.index(), facts, ZoneOffset.UTC);
        assertEquals(Status.SUPPORTED, one(withFacts, "The connection pool was exhausted at 02:03.").status());
        assertEquals(Status.NO_CLAIM, one("We will add a monitor on pool utilisation.").status());
    }

    @Test
    void aResponseInventingATimeADurationAndACommitHasThreeFlaggedSentences() {
        String draft = """
                ## Timeline
                The error-rate alert fired at 02:12 [%1$s] and Dani acknowledged it at 02:14 [%2$s].
                Detection took 45 minutes after the alert [%1$s, %2$s]. The schedule change a9f3c21 moved the job to \
                02:00 UTC [%3$s]. Support saw 4 tickets [%4$s]. Marta linked it at 02:05 [%5$s].
                """.formatted(ALERT, ACK, SCHEDULE_COMMIT, TICKETS, MARTA);
        CheckReport r = utc.check(draft);
        assertEquals(5, r.sentences().size());
        List<SentenceCheck> flagged = r.flagged();
        assertEquals(3, flagged.size());
        assertEquals(List.of(Problem.Kind.DURATION, Problem.Kind.COMMIT, Problem.Kind.TIME),
                flagged.stream().map(f -> f.problems().getFirst().kind()).toList());
        assertEquals("45 minutes", substring(draft, flagged.get(0).problems().getFirst()));
        assertEquals("a9f3c21", substring(draft, flagged.get(1).problems().getFirst()));
        assertEquals("02:05", substring(draft, flagged.get(2).problems().getFirst()));
        assertTrue(r.citesAnything());
    }

    @Test
    void aModelsSentenceWithoutACitationIsUnsupportedEvenWithoutNumbers() {
        String text = "Payments failed because the database pool was exhausted.";
        assertEquals(Status.NO_CLAIM, utc.check(text).sentences().getFirst().status(), "a person may write that");
        SentenceCheck model = utc.checkModelText(text).sentences().getFirst();
        assertEquals(Status.UNSUPPORTED, model.status(), "the model was told to cite every claim");
        assertEquals(Problem.Kind.NO_CITATION, model.problems().getFirst().kind());
    }

    @Test
    void aDraftWithoutCitationsCitesNothing() {
        CheckReport r = utc.check("The pool was exhausted at 02:03. About 140 calls failed.");
        assertFalse(r.citesAnything());
        assertEquals(2, r.flagged().size());
    }

    private static String substring(String s, Problem p) {
        return s.substring(p.start(), p.end());
    }
}
