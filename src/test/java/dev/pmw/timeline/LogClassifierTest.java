package dev.pmw.timeline;

import dev.pmw.ingest.LogStore;
import dev.pmw.ingest.LogStoreBuilder;
import dev.pmw.ingest.time.Timestamps;
import dev.pmw.model.Attr;
import dev.pmw.model.Event;
import dev.pmw.model.EventKind;
import dev.pmw.model.Level;
import dev.pmw.model.SourceRef;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/// Lone log lines that record a change become change rows, so the trigger analysis can see them.
class LogClassifierTest {

    private static LogClassifier.Change classify(String msg, String service) {
        return LogClassifier.classify(msg, service, Level.INFO);
    }

    @Test
    void aScheduledRunIsAJobNamedAfterTheJob() {
        LogClassifier.Change c = classify("Starting scheduled run invoice-reconciliation (cron \"0 2 * * *\", workers=40, "
                + "batch_size=5000)", "invoice-reconciliation");
        assertEquals(EventKind.JOB, c.kind());
        assertEquals(Map.of(Attr.SERVICE, "invoice-reconciliation", Attr.JOB, "invoice-reconciliation"), c.attrs());
        LogClassifier.Change task = classify("Scheduled task purge-expired-idempotency-keys started", "payment-service");
        assertEquals(EventKind.JOB, task.kind());
        assertEquals("payment-service", task.attrs().get(Attr.SERVICE), "the service that logged it");
        assertEquals("purge-expired-idempotency-keys", task.attrs().get(Attr.JOB));
        assertEquals("nightly-export", classify("kicked off nightly job nightly-export", "").attrs().get(Attr.SERVICE),
                "without a service, the job names it");
    }

    @Test
    void aConfigReloadIsAConfigChange() {
        assertEquals(EventKind.CONFIG_CHANGE, classify("Configuration reloaded: db.pool.max_size 10 -> 50 (hotfix, change "
                + "CHG-2291)", "payment-service").kind());
        assertEquals(EventKind.CONFIG_CHANGE, classify("Reloaded configuration from /etc/app.yaml", "api").kind());
        assertEquals(EventKind.CONFIG_CHANGE, classify("feature flags updated: checkout_v2=on", "api").kind());
    }

    @Test
    void aVersionComingUpIsADeployWithItsVersion() {
        LogClassifier.Change c = classify("Deployed v2.31.0 to production", "payment-service");
        assertEquals(EventKind.DEPLOY, c.kind());
        assertEquals("v2.31.0", c.attrs().get(Attr.VERSION));
        assertEquals("1.14.2", classify("version 1.14.2 starting", "fraud-scoring").attrs().get(Attr.VERSION));
        LogClassifier.Change named = classify("Starting ledger-api v5.2.1 (pid 4711)", "");
        assertEquals("ledger-api", named.attrs().get(Attr.SERVICE));
        assertEquals("v5.2.1", named.attrs().get(Attr.VERSION));
        LogClassifier.Change rb = classify("Rolled back to version 5.1.4 after failed readiness", "ledger-api");
        assertNull(rb, "a line about a failure is not a change");
        LogClassifier.Change rollback = classify("Rolled back to version 5.1.4", "ledger-api");
        assertEquals(EventKind.ROLLBACK, rollback.kind());
        assertEquals("5.1.4", rollback.attrs().get(Attr.VERSION));
    }

    @Test
    void trafficErrorsAndLookAlikesAreNotChanges() {
        assertNull(classify("POST /v1/payments 201", "payment-service"));
        assertNull(classify("Worker pool started: 40 workers", "invoice-reconciliation"));
        assertNull(classify("Run finished: 48211 invoices reconciled in 2662 s", "invoice-reconciliation"));
        assertNull(classify("connection pool stats: active=10 idle=0 waiting=37 max=10", "payment-service"));
        assertNull(LogClassifier.classify("Configuration reloaded", "api", Level.ERROR), "errors are never changes");
        assertNull(classify("Failed to reload configuration: invalid YAML", "api"));
    }

    @Test
    void burstsOfAFewIdenticalChangeLinesBecomeOneChangeRowLargerOnesStayBursts() {
        LogStoreBuilder b = new LogStoreBuilder(SourceRef.of("app.log", "json-logs"), null);
        long t0 = Timestamps.toNanos(Instant.parse("2026-02-16T02:00:00Z"));
        int line = 0;
        b.add(t0 + 1_183_000_000L, Level.INFO, "Starting scheduled run invoice-reconciliation (cron \"0 2 * * *\")",
                "invoice-reconciliation", 0, null, ++line, 0);
        for (int pod = 0; pod < 3; pod++) { // one reload per pod
            b.add(t0 + 1_390_000_000_000L + pod * 231_000_000L, Level.INFO,
                    "Configuration reloaded: db.pool.max_size 10 -> 50", "payment-service", 0, null, ++line, line * 80L);
        }
        for (int k = 0; k < 10; k++) { // a reload loop is noise, not ten changes
            b.add(t0 + 3_000_000_000_000L + k * 1_000_000_000L, Level.INFO, "Configuration reloaded: limits 1 -> 2",
                    "gateway", 0, null, ++line, line * 80L);
        }
        LogStore store = b.build();
        Bursts bursts = Bursts.of(store);
        List<Event> rows = bursts.events();
        assertEquals(3, rows.size());
        Event job = rows.get(0);
        assertEquals(EventKind.JOB, job.kind());
        assertEquals("invoice-reconciliation", job.attr(Attr.JOB));
        assertEquals(Instant.parse("2026-02-16T02:00:01.183Z"), job.time());
        Event reload = rows.get(1);
        assertEquals(EventKind.CONFIG_CHANGE, reload.kind());
        assertEquals(3, reload.count());
        assertEquals("payment-service", reload.attr(Attr.SERVICE));
        assertEquals(3, bursts.lines(Integer.parseInt(reload.attr(Attr.CLUSTER))).length, "still expands into its lines");
        assertEquals(EventKind.LOG_BURST, rows.get(2).kind());
        assertEquals(10, rows.get(2).count());
    }
}
