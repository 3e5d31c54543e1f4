package dev.pmw.analysis;

import dev.pmw.model.EventKind;
import dev.pmw.model.MetricSeries;
import dev.pmw.model.SourceRef;
import dev.pmw.ingest.ParseResult;
import dev.pmw.timeline.SourceSettings;
import dev.pmw.timeline.Timeline;
import dev.pmw.timeline.TimelineBuilder;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static dev.pmw.analysis.PaymentOutage.chatId;
import static dev.pmw.analysis.PaymentOutage.t;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/// What the analysis says when evidence is missing, contradictory or pinned by the user: a reason
/// instead of a guess, and a question for the review.
class AnalyzerEvidenceTest {

    private static OpenQuestion question(Analysis a, String kind) {
        return a.questions().stream().filter(q -> q.kind().equals(kind)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " question in " + a.questions()));
    }

    @Test
    void withoutAlertsOrPagesDetectionIsMissingAndAsked() {
        PaymentOutage f = new PaymentOutage();
        f.alerts = false;
        f.pagerDuty = false;
        Analysis a = new Analyzer().analyze(f.timeline());
        Boundary det = a.boundary(BoundaryKind.DETECTED);
        assertFalse(det.present());
        assertEquals("the sources contain no alert or page (add a Datadog, PagerDuty or Opsgenie export)", det.reason());
        assertNull(a.durations().timeToDetect());
        assertNull(a.durations().timeToAcknowledge());
        // the onset does not need the alert: the walk starts from the worst minute
        assertEquals(t("2026-02-16T02:03:05.043Z"), a.boundary(BoundaryKind.IMPACT_START).time());
        // the responder's "ack" counts after the impact start; chat declares the resolution
        Boundary ack = a.boundary(BoundaryKind.ACKNOWLEDGED);
        assertEquals(t("02:14:25"), ack.time());
        assertTrue(ack.rule().contains("after the impact start"), ack.rule());
        assertEquals(t("03:10:21"), a.boundary(BoundaryKind.RESOLVED).time());
        assertEquals(List.of(chatId("03:10:21")), a.boundary(BoundaryKind.RESOLVED).evidence());
        OpenQuestion q = question(a, OpenQuestion.MISSING);
        assertTrue(q.question().startsWith("How was the incident detected? The evidence does not say: the sources contain no alert"),
                q.question());
    }

    @Test
    void withoutLogsImpactStartIsMissingAndTheScheduleChangingDeployStillLeads() {
        PaymentOutage f = new PaymentOutage();
        f.logs = false;
        Analysis a = new Analyzer().analyze(f.timeline());
        Boundary start = a.boundary(BoundaryKind.IMPACT_START);
        assertFalse(start.present());
        assertEquals("no log lines and no metric series to show when errors began; the first alert at 02:12:00 UTC "
                + "is the latest it can be", start.reason());
        // mitigation now rests on the recovered alert, corroborated by chat
        Boundary mit = a.boundary(BoundaryKind.MITIGATED);
        assertEquals(t("02:31:00"), mit.time());
        assertEquals(PaymentOutage.datadogId("02:31:00", "[payment-service] API error rate > 5%"), mit.evidence().getFirst());
        assertNull(a.impact().failedRequests(), "no logs, no request counts");
        assertNull(a.impact().usersAffected());
        assertNull(a.impact().durationMinutes());
        // without the job's log line, the deploy that set "0 2 * * *" is linked through its schedule
        Trigger t = a.trigger();
        assertNotNull(t, a.missing().toString());
        assertEquals(EventKind.DEPLOY, t.kind());
        assertEquals("invoice-reconciliation", t.service());
        assertEquals("v3.8.0", t.version());
        assertTrue(t.summary().contains("whose new schedule fired at 02:00 UTC, 12 min before the detection"), t.summary());
        assertEquals(PaymentOutage.SHA_482, t.commit(), "the shipped commit that moved the schedule");
        assertTrue(t.evidence().contains(PaymentOutage.commitId(PaymentOutage.SHA_482)), t.evidence().toString());
        assertTrue(a.runnersUp().stream().noneMatch(r -> PaymentOutage.SHA_482.equals(r.commit())),
                "commits the deploy shipped are part of it, not rivals: " + a.runnersUp());
        // 4 support tickets and the customer reports keep the severity above a near miss
        assertEquals("SEV3", a.severity().level());
        assertTrue(a.questions().stream().anyMatch(q -> q.kind().equals(OpenQuestion.MISSING)
                && q.question().startsWith("When did the impact begin")), a.questions().toString());
    }

    @Test
    void deployBotMessagesInChatCountAsTheChangesTheyAnnounce() {
        PaymentOutage f = new PaymentOutage();
        f.deploysAsChat = true;
        Timeline tl = f.timeline();
        Analysis a = new Analyzer().analyze(tl);
        assertEquals(EventKind.CHAT, tl.byId(PaymentOutage.deployId("2026-02-13T11:31:44Z", "invoice-reconciliation"))
                .event().kind(), "the timeline row stays a chat message");
        Trigger t = a.trigger();
        assertEquals(EventKind.JOB, t.kind());
        assertEquals("v3.8.0", t.version(), "read from the announcement");
        assertTrue(t.evidence().contains(PaymentOutage.deployId("2026-02-13T11:31:44Z", "invoice-reconciliation")));
        assertTrue(a.boundary(BoundaryKind.MITIGATED).evidence()
                .contains(PaymentOutage.deployId("2026-02-16T02:23:41Z", "payment-service")), "the hotfix announcement");
        assertTrue(a.questions().stream().anyMatch(q -> q.kind().equals(OpenQuestion.CONTRADICTION)
                && q.question().contains("fraud-scoring was deployed at 23:47")), a.questions().toString());
        Trigger fraud = a.runnersUp().stream().filter(x -> "fraud-scoring".equals(x.service())).findFirst().orElseThrow();
        assertEquals(EventKind.DEPLOY, fraud.kind());
        assertEquals("v1.14.2", fraud.version());
    }

    @Test
    void withoutUserIdsUsersAreUnknownAndTheSeveritySaysSo() {
        PaymentOutage f = new PaymentOutage();
        f.userIds = false;
        Analysis a = new Analyzer().analyze(f.timeline());
        assertNull(a.impact().usersAffected());
        assertEquals(142L, a.impact().failedRequests());
        assertEquals("SEV3", a.severity().level());
        assertEquals("SEV3: user impact, number of users unknown (142 failed requests); SEV2 was declared by Rafa "
                + "Llorente at 02:13 UTC", a.severity().reason());
        OpenQuestion q = a.questions().stream().filter(x -> x.question().startsWith("The evidence suggests SEV3"))
                .findFirst().orElseThrow();
        assertEquals(OpenQuestion.CONTRADICTION, q.kind());
        assertTrue(q.question().contains("but SEV2 was declared by Rafa Llorente at 02:13 UTC."), q.question());
        assertEquals(List.of(chatId("02:13:20")), q.evidence());
    }

    @Test
    void withoutAnyChangeBeforeTheOnsetThereIsNoTriggerAndTheHotfixIsNotOne() {
        PaymentOutage f = new PaymentOutage();
        f.changes = false;
        Analysis a = new Analyzer().analyze(f.timeline());
        assertNull(a.trigger(), "the 02:23 hotfix is mitigation, not a trigger: " + a.trigger());
        assertTrue(a.runnersUp().isEmpty(), a.runnersUp().toString());
        assertEquals("no deploy, rollback, config change, commit or job run in the 14 days before the impact start",
                a.missing().get("trigger"));
        assertTrue(a.questions().stream().anyMatch(q -> q.question().startsWith("What change, if any, started the impact?")));
    }

    @Test
    void anAcknowledgementBeforeTheFirstAlertIsAnImpossibleOrder() {
        PaymentOutage f = new PaymentOutage();
        f.pagerDutyTrigger = false;
        f.pagerDutyAck = "02:11:30"; // PagerDuty's clock runs early
        Analysis a = new Analyzer().analyze(f.timeline());
        assertEquals(t("02:11:30"), a.boundary(BoundaryKind.ACKNOWLEDGED).time());
        assertTrue(a.durations().timeToAcknowledge() < 0);
        OpenQuestion q = question(a, OpenQuestion.ORDER);
        assertEquals("The acknowledgement (02:11:30 UTC) is recorded before the first alert (02:12:00 UTC). Was it "
                + "acknowledged from an earlier alert or page, or is one of the source clocks off?", q.question());
        assertEquals(PaymentOutage.pagerDutyId("02:11:30", EventKind.ACKNOWLEDGE), q.evidence().getFirst());
        assertTrue(q.evidence().contains(PaymentOutage.datadogId("02:12:00", "[payment-service] API error rate > 5%")));
    }

    @Test
    void pinnedBoundariesWinAndLaterRulesFollowThem() {
        Timeline tl = new PaymentOutage().timeline();
        String hikari = AnalyzerTest.logRow(tl, PaymentOutage.HIKARI);
        Analysis a = new Analyzer().analyze(tl, Map.of(BoundaryKind.IMPACT_START, hikari,
                BoundaryKind.RESOLVED, chatId("02:24:14")));
        Boundary start = a.boundary(BoundaryKind.IMPACT_START);
        assertTrue(start.pinned());
        assertEquals(tl.byId(hikari).event().time(), start.time());
        assertEquals(List.of(hikari), start.evidence());
        assertTrue(start.rule().startsWith("pinned by the user to log burst “HikariPool-1"), start.rule());
        assertEquals(12 - 4 - 38.329 / 60, a.durations().timeToDetect(), 1e-3);
        // resolving at 02:24 comes before the 02:31 mitigation: asked, not corrected
        assertEquals(t("02:24:14"), a.boundary(BoundaryKind.RESOLVED).time());
        OpenQuestion q = question(a, OpenQuestion.ORDER);
        assertTrue(q.question().startsWith("The incident is marked resolved (02:24:14 UTC) before the impact was "
                + "mitigated (02:31:00 UTC)."), q.question());
        // the lag question no longer names a log signal for a pinned start
        assertFalse(question(a, OpenQuestion.DETECTION_LAG).question().contains("earliest signal"));
    }

    @Test
    void aPinToARowThatIsGoneFallsBackToTheRuleAndSaysSo() {
        Analysis a = new Analyzer().analyze(new PaymentOutage().timeline(), Map.of(BoundaryKind.MITIGATED, "e-gone00000000"));
        Boundary m = a.boundary(BoundaryKind.MITIGATED);
        assertEquals(t("02:31:00"), m.time());
        assertFalse(m.pinned());
        assertTrue(m.rule().startsWith("the pinned row e-gone00000000 is no longer in the timeline, so this is derived again: "),
                m.rule());
    }

    @Test
    void aReusedAnalyzerGivesTheSameAnswerAndNoticesAClockCorrection() {
        Analyzer analyzer = new Analyzer();
        List<ParseResult> results = new PaymentOutage().results();
        Analysis first = analyzer.analyze(new TimelineBuilder().build(results));
        assertEquals(first, analyzer.analyze(new TimelineBuilder().build(results)), "deterministic, cache or not");
        // the user corrects the log source's clock by two minutes: the log-derived boundaries follow
        Timeline corrected = new TimelineBuilder().source(PaymentOutage.LOGS,
                SourceSettings.DEFAULT.withClockOffset(Duration.ofMinutes(-2))).build(results);
        Analysis a = analyzer.analyze(corrected);
        assertEquals(t("2026-02-16T02:01:05.043Z"), a.boundary(BoundaryKind.IMPACT_START).time());
        assertEquals(t("02:29:00"), a.boundary(BoundaryKind.MITIGATED).time());
        assertEquals(new Analyzer().analyze(corrected), a);
    }

    @Test
    void aMetricBreachBeforeTheLogsMovesTheStartAndGivesARange() {
        PaymentOutage f = new PaymentOutage();
        long from = PaymentOutage.t("02:00:00").toEpochMilli();
        long[] times = new long[150];
        double[] values = new double[150];
        for (int i = 0; i < 150; i++) {
            times[i] = from + i * 60_000L;
            values[i] = i < 2 ? 30 : i < 23 ? 100 : 40;
        }
        f.metric = new MetricSeries("payment-service db pool utilisation", "%", SourceRef.of(PaymentOutage.DATADOG,
                "datadog-metrics"), times, values);
        Analysis a = new Analyzer().analyze(f.timeline());
        Boundary start = a.boundary(BoundaryKind.IMPACT_START);
        assertEquals(t("02:02:00"), start.time());
        assertEquals(t("02:02:00"), start.earliest());
        assertEquals(t("02:04:00"), start.latest().truncatedTo(java.time.temporal.ChronoUnit.MINUTES),
                "the range runs to the first failed request");
        assertTrue(start.rule().startsWith("metric “payment-service db pool utilisation” rose above its baseline at 02:02:00 UTC"),
                start.rule());
        assertEquals(2, start.evidence().size(), "the log rows back the metric: " + start.evidence());
        // the pool metric recovers with the 02:23 hotfix, the 5xx share at 02:31: a range, logs decide
        Boundary mit = a.boundary(BoundaryKind.MITIGATED);
        assertEquals(t("02:31:00"), mit.time());
        assertEquals(t("02:23:00"), mit.earliest());
    }
}
