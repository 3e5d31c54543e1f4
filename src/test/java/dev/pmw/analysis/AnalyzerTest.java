package dev.pmw.analysis;

import dev.pmw.model.Event;
import dev.pmw.model.EventKind;
import dev.pmw.timeline.Row;
import dev.pmw.timeline.Timeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.Predicate;

import static dev.pmw.analysis.PaymentOutage.chatId;
import static dev.pmw.analysis.PaymentOutage.t;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/// The payment-service outage as the reviewer would check it: every boundary at the story's time
/// with the rows that show it, the job run (not the hotfix, not the red-herring deploy) as the
/// trigger, 142 failed requests from 115 users, SEV2, and the questions for the review.
class AnalyzerTest {
    static Timeline timeline;
    static Analysis a;

    @BeforeAll
    static void analyze() {
        timeline = new PaymentOutage().timeline();
        a = new Analyzer().analyze(timeline);
    }

    static String rowId(Timeline tl, Predicate<Event> test) {
        List<String> ids = tl.rows().stream().map(Row::event).filter(test).map(Event::id).toList();
        assertEquals(1, ids.size(), "exactly one row should match, found " + ids);
        return ids.getFirst();
    }

    static String logRow(Timeline tl, String textStart) {
        return rowId(tl, e -> (e.kind() == EventKind.LOG_BURST || e.kind() == EventKind.LOG)
                && e.text().startsWith(textStart) && e.time().isBefore(t("02:30:00")) && e.time().isAfter(t("02:02:00")));
    }

    @Test
    void impactStartsWithThePoolSaturationNotWithTheEarlyUnrelatedError() {
        Boundary b = a.boundary(BoundaryKind.IMPACT_START);
        // the first "Connection pool utilisation at 100%" WARN, 2 ms after the 02:03:05.041 pool stats line
        assertEquals(t("2026-02-16T02:03:05.043Z"), b.time());
        assertEquals(List.of(logRow(timeline, "Connection pool utilisation at 100%"),
                logRow(timeline, PaymentOutage.HIKARI)), b.evidence());
        assertTrue(b.rule().contains("first 5xx at 02:04"), b.rule());
        assertTrue(b.rule().contains("baseline 5xx share 0.0%"), b.rule());
        // saturation first, the first failed request later: the range shows both readings
        assertEquals(b.time(), b.earliest());
        assertEquals(timeline.byId(logRow(timeline, PaymentOutage.HIKARI)).event().time(), b.latest());
        assertFalse(b.pinned());
    }

    @Test
    void detectedAtTheFirstAlertWithThePageAndTheSecondMonitorAsCorroboration() {
        Boundary b = a.boundary(BoundaryKind.DETECTED);
        assertEquals(t("02:12:00"), b.time());
        assertEquals(List.of(PaymentOutage.datadogId("02:12:00", "[payment-service] API error rate > 5%"),
                PaymentOutage.pagerDutyId("02:12:04", EventKind.ALERT_TRIGGERED),
                PaymentOutage.datadogId("02:12:30", "[payment-service] p99 latency > 2s")), b.evidence());
        assertTrue(b.rule().startsWith("first alert trigger or page in the incident window: alert “[payment-service] API error rate > 5%”"),
                b.rule());
    }

    @Test
    void acknowledgedByThePagerDutyAckCorroboratedByTheChatAck() {
        Boundary b = a.boundary(BoundaryKind.ACKNOWLEDGED);
        assertEquals(t("02:14:10"), b.time());
        assertEquals(List.of(PaymentOutage.pagerDutyId("02:14:10", EventKind.ACKNOWLEDGE), chatId("02:14:25")), b.evidence());
        assertNull(b.earliest(), "15 s apart is one moment");
    }

    @Test
    void mitigatedWhenThe5xxShareIsBackUnderOnePercentAndStaysThere() {
        Boundary b = a.boundary(BoundaryKind.MITIGATED);
        assertEquals(t("02:31:00"), b.time());
        assertEquals(4, b.evidence().size(), b.evidence().toString());
        assertEquals(logRow(timeline, PaymentOutage.HIKARI), b.evidence().get(0), "the last 5xx");
        // the hotfix: the deploy bot's post or the pods' reload line, whichever copy the timeline keeps
        Event hotfix = timeline.byId(b.evidence().get(1)).event();
        assertEquals(EventKind.CONFIG_CHANGE, hotfix.kind());
        assertTrue(hotfix.time().isAfter(t("02:23:00")) && hotfix.time().isBefore(t("02:24:00")), hotfix.toString());
        assertEquals(List.of(PaymentOutage.datadogId("02:31:00", "[payment-service] API error rate > 5%"),
                chatId("02:31:24")), b.evidence().subList(2, 4));
        assertTrue(b.rule().startsWith("5xx share back under 1.0%"), b.rule());
        assertTrue(b.rule().contains("last 5xx of the episode at 02:30:"), b.rule());
        assertTrue(b.rule().contains("after config change"), "names the mitigation action: " + b.rule());
    }

    @Test
    void resolvedByThePagerDutyResolve() {
        Boundary b = a.boundary(BoundaryKind.RESOLVED);
        assertEquals(t("03:10:00"), b.time());
        assertEquals(List.of(PaymentOutage.pagerDutyId("03:10:00", EventKind.RESOLVE), chatId("03:10:21")), b.evidence());
    }

    @Test
    void durationsFollowTheArchitectureDefinitions() {
        Durations d = a.durations();
        double start = 3 + 5.043 / 60; // 02:03:05.043 in minutes after 02:00
        assertEquals(12 - start, d.timeToDetect(), 1e-6);
        assertEquals(14 + 10 / 60.0 - 12, d.timeToAcknowledge(), 1e-6);
        assertEquals(31 - start, d.timeToMitigate(), 1e-6);
        assertEquals(70 - start, d.timeToResolve(), 1e-6);
    }

    @Test
    void triggerIsTheScheduledRunSetUpByFridaysDeployNotTheHotfixOrTheRedHerring() {
        Trigger t = a.trigger();
        assertNotNull(t, a.missing().toString());
        assertEquals(EventKind.JOB, t.kind());
        assertEquals(t("2026-02-16T02:00:01.183Z"), t.time());
        assertEquals("invoice-reconciliation", t.service());
        assertEquals("v3.8.0", t.version());
        assertEquals(PaymentOutage.SHA_482, t.commit(), "the commit that moved the schedule");
        assertTrue(t.confidence() > 0.8, "confidence " + t.confidence());
        String jobRow = rowId(timeline, e -> e.kind() == EventKind.JOB);
        assertEquals(jobRow, t.evidence().getFirst());
        assertTrue(t.evidence().containsAll(List.of(chatId("02:19:34"),
                PaymentOutage.deployId("2026-02-13T11:31:44Z", "invoice-reconciliation"),
                PaymentOutage.commitId(PaymentOutage.SHA_482))), t.evidence().toString());
        assertTrue(t.summary().startsWith("invoice-reconciliation scheduled run started at 02:00 UTC, 3 min before the impact start"),
                t.summary());
        assertTrue(t.why().stream().anyMatch(w -> w.startsWith("named in chat: Marta Rius")), t.why().toString());
        assertTrue(t.why().stream().anyMatch(w -> w.startsWith("its schedule or config was changed by deploy")), t.why().toString());
    }

    @Test
    void runnersUpKeepTheRuledOutDeployLowAndLeaveOutFoldedAndLaterChanges() {
        List<Trigger> r = a.runnersUp();
        assertFalse(r.isEmpty());
        Trigger fraud = r.stream().filter(x -> "fraud-scoring".equals(x.service())).findFirst().orElseThrow();
        assertTrue(fraud.confidence() < 0.05, "ruled out in chat: " + fraud.confidence());
        assertTrue(fraud.why().stream().anyMatch(w -> w.startsWith("ruled out in chat: Tomás Vidal")), fraud.why().toString());
        for (Trigger x : r) {
            assertTrue(x.confidence() <= a.trigger().confidence());
            assertTrue(x.time().isBefore(a.boundary(BoundaryKind.IMPACT_START).time()), "no change after the onset: " + x);
            assertFalse("invoice-reconciliation".equals(x.service()), "the v3.8.0 deploy is folded into the job: " + x);
        }
    }

    @Test
    void impactCountsFailedRequestsUsersAndSupportTickets() {
        Impact i = a.impact();
        assertEquals(PaymentOutage.FAILED_TOTAL, i.failedRequests());
        assertEquals(PaymentOutage.FAILED_USERS, i.usersAffected());
        assertEquals(Long.valueOf(142), i.failuresByClass().get("5xx"));
        assertEquals(Long.valueOf(142), i.failuresByClass().get("503"));
        assertEquals(Long.valueOf(142), i.failuresByError().get(PaymentOutage.HIKARI));
        assertEquals(a.durations().timeToMitigate(), i.durationMinutes());
        assertEquals(4, i.supportTickets());
        assertEquals(List.of(chatId("02:14:49"), chatId("02:20:36")), i.symptoms().stream().map(Symptom::evidence).toList());
        assertTrue(i.failedShare() > 0.05 && i.failedShare() < 0.07, "142 of ~2,400 requests: " + i.failedShare());
    }

    @Test
    void severityFollowsTheSeedPolicyAndNamesTheNumbers() {
        assertEquals("SEV2", a.severity().level());
        assertEquals("SEV2: 115 users affected (> 100); matches the severity declared by Rafa Llorente at 02:13 UTC",
                a.severity().reason());
    }

    @Test
    void asksAboutTheDetectionLagAndTheMisreadDeployTime() {
        List<OpenQuestion> q = a.questions();
        OpenQuestion lag = q.stream().filter(x -> x.kind().equals(OpenQuestion.DETECTION_LAG)).findFirst().orElseThrow();
        assertTrue(lag.question().startsWith("Impact began 9 min before the first alert (02:03:05 → 02:12:00 UTC)."),
                lag.question());
        assertTrue(lag.question().contains("Connection pool utilisation at 100%"), lag.question());
        OpenQuestion c = q.stream().filter(x -> x.kind().equals(OpenQuestion.CONTRADICTION)).findFirst().orElseThrow();
        assertTrue(c.question().contains("fraud-scoring was deployed at 23:47"), c.question());
        assertTrue(c.question().contains("is at 2026-02-15 22:47 UTC, 1 h apart"), c.question());
        assertTrue(c.question().contains("another time zone"), c.question());
        assertEquals(List.of(chatId("02:15:06"), PaymentOutage.deployId("2026-02-15T22:47:19Z", "fraud-scoring")), c.evidence());
        // the chat's own "mitigated as of 02:31" and "Impact 02:03–02:31" agree with the evidence
        assertEquals(2, q.size(), q.toString());
        assertTrue(a.missing().isEmpty(), a.missing().toString());
    }
}
