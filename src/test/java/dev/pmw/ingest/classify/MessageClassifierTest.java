package dev.pmw.ingest.classify;

import dev.pmw.model.Attr;
import dev.pmw.model.EventKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class MessageClassifierTest {

    private static Classification bot(String text) {
        return MessageClassifier.classify(text, true);
    }

    private static Classification human(String text) {
        return MessageClassifier.classify(text, false);
    }

    // ---- monitors ---------------------------------------------------------------------------

    @Test
    void datadogTriggeredAsExportedGivesMonitorValueAndService() {
        Classification c = bot("""
                [Triggered] [payment-service] API error rate > 5%
                API error rate on *service:payment-service* *env:prod* is *5.8%* (threshold 5%) over the last 5m.
                Runbook · Notified: @pagerduty-payment-service @slack-inc-payments
                Value: 5.8%
                Threshold: 5%""");
        assertEquals(EventKind.ALERT_TRIGGERED, c.kind());
        assertEquals("monitor-triggered", c.rule());
        assertEquals("[payment-service] API error rate > 5%", c.attr(Attr.MONITOR));
        assertEquals("5.8%", c.attr(Attr.VALUE));
        assertEquals("5%", c.attr(Attr.THRESHOLD));
        assertEquals("payment-service", c.attr(Attr.SERVICE));
        assertEquals("prod", c.attr(Attr.ENVIRONMENT));
    }

    @Test
    void datadogTriggeredAsCopiedFromTheClientReadsFieldsOnTheirOwnLines() {
        Classification c = bot("""
                [Triggered] [payment-service] p99 latency > 2s
                p99 latency of payment-service POST /v1/payments is 31.2s (threshold 2s) over the last 5m.
                Value
                31.2s
                Threshold
                2s""");
        assertEquals(EventKind.ALERT_TRIGGERED, c.kind());
        assertEquals("31.2s", c.attr(Attr.VALUE));
        assertEquals("2s", c.attr(Attr.THRESHOLD));
    }

    @Test
    void datadogValueFromTheSentenceWhenThereIsNoField() {
        Classification c = bot("[Recovered] [payment-service] API error rate > 5%\n"
                + "API error rate on service:payment-service env:prod is back to *0.8%* (threshold 5%).");
        assertEquals(EventKind.ALERT_RECOVERED, c.kind());
        assertEquals("0.8%", c.attr(Attr.VALUE));
    }

    @Test
    void reTriggeredIsTriggeredAndScopedTitlesKeepTheMonitorName() {
        Classification c = bot("[Re-Triggered on {host:db-1}] Disk usage high");
        assertEquals(EventKind.ALERT_TRIGGERED, c.kind());
        assertEquals("Disk usage high", c.attr(Attr.MONITOR));
    }

    @Test
    void warnAndNoDataAreWarnings() {
        assertEquals(EventKind.ALERT_WARN, bot("[Warn] [checkout] queue depth > 1000").kind());
        assertEquals("[checkout] queue depth > 1000", bot("[Warn] [checkout] queue depth > 1000").attr(Attr.MONITOR));
        assertEquals(EventKind.ALERT_WARN, bot("[No Data] heartbeat payment-worker").kind());
    }

    @Test
    void alertmanagerFiringAndResolved() {
        assertEquals(EventKind.ALERT_TRIGGERED, bot("[FIRING:2] HighErrorRate payment-service").kind());
        assertEquals(EventKind.ALERT_RECOVERED, bot("[RESOLVED] HighErrorRate payment-service").kind());
    }

    // ---- paging -----------------------------------------------------------------------------

    @Test
    void pagerDutyTriggeredIsAPageWithIncidentNumberAndService() {
        Classification c = bot("""
                [#4711] payment-service: API error rate > 5%
                Triggered
                Status: Triggered
                Urgency: High
                Service: payment-service""");
        assertEquals(EventKind.PAGE, c.kind());
        assertEquals("4711", c.attr(Attr.INCIDENT));
        assertEquals("payment-service", c.attr(Attr.SERVICE));
    }

    @Test
    void pagerDutyFallbackTextIsAPage() {
        assertEquals(EventKind.PAGE, bot("Triggered: [#4711] payment-service: API error rate > 5%").kind());
    }

    @Test
    void acknowledgedByNamesTheResponder() {
        Classification c = bot("[#4711] payment-service: API error rate > 5%\nAcknowledged by Dani Ortega\n"
                + "Status: Acknowledged");
        assertEquals(EventKind.ACKNOWLEDGE, c.kind());
        assertEquals("Dani Ortega", c.attr(Attr.RESPONDER));
        assertEquals("4711", c.attr(Attr.INCIDENT));
    }

    @Test
    void resolvedByIsAResolve() {
        Classification c = bot("Resolved by Dani Ortega: [#4711] payment-service: API error rate > 5%");
        assertEquals(EventKind.RESOLVE, c.kind());
        assertEquals("Dani Ortega", c.attr(Attr.RESPONDER));
    }

    @Test
    void escalatedIsAnEscalation() {
        Classification c = bot("Escalated to Rafa Molina: [#4711] payment-service");
        assertEquals(EventKind.ESCALATE, c.kind());
        assertEquals("Rafa Molina", c.attr(Attr.RESPONDER));
    }

    @Test
    void opsgenieStyleStatements() {
        assertEquals(EventKind.ACKNOWLEDGE, bot("Dani Ortega acknowledged alert: \"payment-service 5xx\"").kind());
        assertEquals("Dani Ortega", bot("Dani Ortega acknowledged alert: \"payment-service 5xx\"").attr(Attr.RESPONDER));
        assertEquals(EventKind.RESOLVE, bot("Dani Ortega closed alert: \"payment-service 5xx\"").kind());
        assertEquals(EventKind.PAGE, bot("Alert created: payment-service 5xx [P1]").kind());
    }

    // ---- incident bots and commands -----------------------------------------------------------

    @Test
    void incidentBotResolved() {
        assertEquals(EventKind.RESOLVE, bot("Incident resolved: INC-231 payment API errors").kind());
        assertEquals(EventKind.DECLARE, bot("A new incident was declared: SEV1 checkout down").kind());
        assertEquals("SEV1", bot("A new incident was declared: SEV1 checkout down").attr(Attr.SEVERITY));
    }

    @Test
    void humansDeclareWithCommandsAndExplicitStatements() {
        Classification c = human("Declaring SEV2, I'm IC. @Dani you're ops lead on payment-service");
        assertEquals(EventKind.DECLARE, c.kind());
        assertEquals("SEV2", c.attr(Attr.SEVERITY));
        assertEquals(EventKind.DECLARE, human("/incident declare payments are failing").kind());
        assertEquals("SEV1", human("we're declaring sev 1").attr(Attr.SEVERITY));
        assertEquals(EventKind.RESOLVE, human("/incident resolve").kind());
        assertEquals(EventKind.RESOLVE, human("Resolving the incident. Impact 02:03–02:31 UTC").kind());
    }

    // ---- changes ------------------------------------------------------------------------------

    @Test
    void deployWithServiceVersionCommitAndEnvironment() {
        Classification c = bot("Deployed payment-service v2.4.1 (abc1234) to production");
        assertEquals(EventKind.DEPLOY, c.kind());
        assertEquals("payment-service", c.attr(Attr.SERVICE));
        assertEquals("v2.4.1", c.attr(Attr.VERSION));
        assertEquals("abc1234", c.attr(Attr.COMMIT));
        assertEquals("production", c.attr(Attr.ENVIRONMENT));
    }

    @Test
    void deployBotWithEmojiBoldAndContextLine() {
        Classification c = bot(":rocket: *invoice-reconciliation* `v3.8.0` deployed to *production* by @Marta\n"
                + "Changes: #474 parallel worker pool (`workers: 40`)\npipeline #4471 · commit `5b9e0c2`");
        assertEquals(EventKind.DEPLOY, c.kind());
        assertEquals("invoice-reconciliation", c.attr(Attr.SERVICE));
        assertEquals("v3.8.0", c.attr(Attr.VERSION));
        assertEquals("5b9e0c2", c.attr(Attr.COMMIT));
        assertEquals("production", c.attr(Attr.ENVIRONMENT));
    }

    @Test
    void rollbackNamesTheVersionItWentBackTo() {
        Classification c = bot(":rewind: *ledger-api* rolled back `v5.2.0` -> `v5.1.4` on *production* by @jordi "
                + "(readiness probe failed on 2/3 pods)");
        assertEquals(EventKind.ROLLBACK, c.kind());
        assertEquals("ledger-api", c.attr(Attr.SERVICE));
        assertEquals("v5.1.4", c.attr(Attr.VERSION));
        assertEquals("production", c.attr(Attr.ENVIRONMENT));
        assertEquals(EventKind.ROLLBACK, bot("Rolled back checkout-web to v4.11.0").kind());
        assertEquals("checkout-web", bot("Rolled back checkout-web to v4.11.0").attr(Attr.SERVICE));
    }

    @Test
    void configChangeDeployed() {
        Classification c = bot(":wrench: *payment-service* config change deployed to *production* by @Dani Ortega\n"
                + "`db.pool.max_size: 10 -> 50` (hotfix, change CHG-2291), rolled out 3/3 pods, no restart (live reload)\n"
                + "pipeline #1187 · config repo commit `9c1e4b7`");
        assertEquals(EventKind.CONFIG_CHANGE, c.kind());
        assertEquals("payment-service", c.attr(Attr.SERVICE));
        assertEquals("9c1e4b7", c.attr(Attr.COMMIT));
        assertEquals("production", c.attr(Attr.ENVIRONMENT));
        assertNull(c.attr(Attr.VERSION), "a config value change is not a version");
    }

    @Test
    void gitHubPushIsACommit() {
        Classification c = bot("[enrique:master] 1 new commit by Anthony Bilinski:\n"
                + "ed1acbe: executor with simulated annealing rough draft - Anthony Bilinski");
        assertEquals(EventKind.COMMIT, c.kind());
        assertEquals("enrique", c.attr(Attr.SERVICE));
        assertEquals("ed1acbe", c.attr(Attr.COMMIT));
    }

    // ---- near misses ----------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {
            "is this related to the deploy earlier? fraud-scoring went out at 23:47 last night",
            "Deployed payment-service v2.4.1 (abc1234) to production",
            "[Triggered] [payment-service] API error rate > 5%",
            "Acknowledged by Dani Ortega",
            "ack, looking. on the laptop now",
            "rolled back my local branch, still failing",
            "should we declare an incident?",
            "Declaring SEV2?",
            "we're not declaring sev2 yet",
            "incident resolved?",
            "the incident is resolved when Dani says so? not yet",
            "Applying hotfix: bumping db pool max size 10 -> 50 (CHG-2291)",
            "config change deployed, can someone check?",
    })
    void peopleTalkingAboutThingsStayChat(String text) {
        assertEquals(EventKind.CHAT, human(text).kind(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "reminder: no deploys over the weekend unless it's a fix :pray:",
            "Deploy failed: payment-service v2.4.1 (image pull backoff)",
            "Triggered build #1234 for payment-service",
            "Workflow triggered by push",
            "re: [Triggered] disk space — see thread",
            "Notified: @pagerduty-payment-service",
            "added an integration to this channel: github",
            "",
    })
    void botChatterThatIsNotAStateChangeStaysChat(String text) {
        assertEquals(EventKind.CHAT, bot(text).kind(), text);
    }

    @Test
    void nullTextIsChat() {
        assertEquals(EventKind.CHAT, MessageClassifier.classify(null, true).kind());
    }
}
