package dev.pmw.analysis;

import dev.pmw.ingest.LogStore;
import dev.pmw.ingest.LogStoreBuilder;
import dev.pmw.ingest.ParseResult;
import dev.pmw.ingest.SourceInfo;
import dev.pmw.ingest.time.Timestamps;
import dev.pmw.model.Attr;
import dev.pmw.model.Event;
import dev.pmw.model.EventIds;
import dev.pmw.model.EventKind;
import dev.pmw.model.Level;
import dev.pmw.model.MetricSeries;
import dev.pmw.model.SourceRef;
import dev.pmw.timeline.Timeline;
import dev.pmw.timeline.TimelineBuilder;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/// A synthetic copy of the payment-service outage of 2026-02-16 (shared/seeds/001): the
/// invoice-reconciliation job, moved to 02:00 UTC by deploy v3.8.0 on Friday with 40 workers,
/// exhausts payment-service's DB pool at 02:03:05; 503s grow from 02:04, the error-rate monitor
/// fires at 02:12, Dani acks at 02:14, raises the pool to 50 at 02:23, the error rate is below 1%
/// from 02:31 and the incident is resolved at 03:10. Red herrings: an unrelated 401 at 02:00:40, a
/// daily deprecation warning, a fraud-scoring deploy at 22:47 the night before that chat rules out.
///
/// Each source can be left out or changed, so tests can remove evidence and see what goes missing.
final class PaymentOutage {
    static final String DAY = "2026-02-16T";
    static final String LOGS = "error-logs-2026-02-16.json";
    static final String DATADOG = "datadog-timeline.md";
    static final String PAGERDUTY = "pagerduty-log-entries.json";
    static final String SLACK = "slack-export";
    static final String GIT = "git-log.txt";

    /// 5xx per minute after 02:00 (142 in all), as in the sample generator.
    static final Map<Integer, Integer> FAILS_PER_MINUTE = Map.ofEntries(Map.entry(4, 1), Map.entry(5, 1),
            Map.entry(6, 2), Map.entry(7, 2), Map.entry(8, 2), Map.entry(9, 3), Map.entry(10, 3), Map.entry(11, 4),
            Map.entry(12, 5), Map.entry(13, 7), Map.entry(14, 8), Map.entry(15, 10), Map.entry(16, 11),
            Map.entry(17, 12), Map.entry(18, 12), Map.entry(19, 11), Map.entry(20, 10), Map.entry(21, 9),
            Map.entry(22, 8), Map.entry(23, 7), Map.entry(24, 4), Map.entry(25, 3), Map.entry(26, 2),
            Map.entry(27, 2), Map.entry(28, 1), Map.entry(29, 1), Map.entry(30, 1));
    static final int FAILED_TOTAL = 142;
    static final int FAILED_USERS = 115;
    static final String HIKARI = "HikariPool-1 - Connection is not available, request timed out after 30000ms.";
    static final String POOL_WARN = "Connection pool utilisation at 100%% (10/10), %d threads waiting";
    static final String RECON_START = "Starting scheduled run invoice-reconciliation (cron \"0 2 * * *\", workers=40, batch_size=5000)";

    boolean alerts = true;
    boolean pagerDuty = true;
    boolean pagerDutyTrigger = true;
    String pagerDutyAck = "02:14:10";
    boolean slack = true;
    boolean git = true;
    boolean logs = true;
    boolean userIds = true;
    /// false: no change before the onset anywhere (no job start line, no earlier deploys, no git log)
    boolean changes = true;
    /// true: #deploys holds deploy-bot chat messages, not deploy events (a parser that does not read them)
    boolean deploysAsChat;
    MetricSeries metric;

    static Instant t(String hms) {
        return Instant.parse(hms.length() == 8 ? DAY + hms + "Z" : hms);
    }

    Timeline timeline() {
        return new TimelineBuilder().build(results());
    }

    List<ParseResult> results() {
        List<ParseResult> r = new ArrayList<>();
        if (logs) {
            r.add(logs());
        }
        if (alerts) {
            r.add(events(DATADOG, "datadog-timeline", datadog(), metric == null ? List.of() : List.of(metric)));
        }
        if (pagerDuty) {
            r.add(events(PAGERDUTY, "pagerduty", pagerDutyEvents(), List.of()));
        }
        if (slack) {
            r.add(events(SLACK, "slack-export", slackEvents(), List.of()));
        }
        if (git && changes) {
            r.add(events(GIT, "git-log", commits(), List.of()));
        }
        return r;
    }

    // ------------------------------------------------------------------ logs

    private record Line(long nanos, Level level, String service, String msg, int status, String user) {
    }

    ParseResult logs() {
        Random r = new Random(20260216);
        List<Line> lines = new ArrayList<>();
        long start = nanos("02:00:00");
        List<String> failUsers = failUsers(r);
        int nextFail = 0;
        for (int mi = 0; mi < 150; mi++) {
            long base = start + mi * 60_000_000_000L;
            int n = 82 + r.nextInt(9);
            int f = FAILS_PER_MINUTE.getOrDefault(mi, 0);
            Set<Integer> failAt = new HashSet<>();
            while (failAt.size() < f) {
                failAt.add(r.nextInt(n));
            }
            for (int i = 0; i < n; i++) {
                long at = base + (long) i * (60_000_000_000L / n) + r.nextInt(500) * 1_000_000L;
                if (failAt.contains(i)) {
                    String user = failUsers.get(nextFail++);
                    lines.add(new Line(at, Level.ERROR, "payment-service", HIKARI, 503, userIds ? user : null));
                    lines.add(new Line(at + 3_000_000L, Level.WARN, "payment-service",
                            "Payment creation failed (db timeout), queued for retry: pay_" + nextFail
                                    + " (retry_queue_depth=" + nextFail + ")", 0, null));
                } else {
                    int status = r.nextInt(100) < 3 ? 402 : 201;
                    lines.add(new Line(at, Level.INFO, "payment-service", "POST /v1/payments " + status, status,
                            userIds ? "u_" + (10000 + r.nextInt(90000)) : null));
                }
            }
        }
        // the unrelated error and the daily warning
        lines.add(new Line(nanos("02:00:40.519"), Level.ERROR, "payment-service",
                "Webhook signature verification failed for provider=adyen: HMAC mismatch (key rotated?)", 401, null));
        for (String at : List.of("02:00:12", "02:47:12", "03:02:40", "03:17:55", "03:33:03", "03:48:31", "04:03:58", "04:19:20")) {
            lines.add(new Line(nanos(at), Level.WARN, "payment-service",
                    "Deprecated API version 2023-10-16 requested by client cl_8Hq2LmZ0aR (sunset 2026-06-30)", 0, null));
        }
        // slow queries: one early, one odd SELECT, then during the saturation
        lines.add(new Line(nanos("02:01:17.902"), Level.WARN, "payment-service",
                "Slow query (1843 ms): UPDATE payments SET status = ?, updated_at = ? WHERE id = ?", 0, null));
        lines.add(new Line(nanos("02:02:41.066"), Level.WARN, "payment-service",
                "Slow query (2210 ms): SELECT * FROM invoices i JOIN payments p ON p.invoice_id = i.id WHERE p.id = ?", 0, null));
        for (int k = 0; k < 16; k++) {
            lines.add(new Line(nanos("02:04:00") + k * 71_000_000_000L + r.nextInt(50_000) * 1_000_000L, Level.WARN,
                    "payment-service", "Slow query (" + (4000 + r.nextInt(25000))
                    + " ms): UPDATE payments SET status = ?, updated_at = ? WHERE id = ?", 0, null));
        }
        // heartbeat, pool stats, pool saturation warnings
        for (long s = start; s < nanos("04:30:00"); s += 10_000_000_000L) {
            lines.add(new Line(s + 5_000_000L, Level.INFO, "payment-service", "health check ok", 0, null));
        }
        for (long s = start + 5_000_000_000L; s < nanos("04:30:00"); s += 30_000_000_000L) {
            boolean saturated = s >= nanos("02:03:05") && s < nanos("02:23:10");
            long at = s == nanos("02:03:05") ? nanos("02:03:05.041") : s + 30_000_000L;
            lines.add(new Line(at, Level.INFO, "payment-service", saturated
                    ? "connection pool stats: active=10 idle=0 waiting=37 max=10"
                    : "connection pool stats: active=4 idle=6 waiting=0 max=10", 0, null));
            if (saturated) {
                lines.add(new Line(at + 2_000_000L, Level.WARN, "payment-service",
                        POOL_WARN.formatted(29 + r.nextInt(18)), 0, null));
            }
        }
        // the hotfix, logged by each pod
        for (int k = 0; k < 3; k++) {
            lines.add(new Line(nanos("02:23:10.226") + k * 231_000_000L, Level.INFO, "payment-service",
                    "Configuration reloaded: db.pool.max_size 10 -> 50 (hotfix, change CHG-2291)", 0, null));
        }
        // invoice-reconciliation
        if (changes) {
            lines.add(new Line(nanos("02:00:01.183"), Level.INFO, "invoice-reconciliation", RECON_START, 0, null));
        }
        lines.add(new Line(nanos("02:00:02.310"), Level.INFO, "invoice-reconciliation", "Worker pool started: 40 workers", 0, null));
        for (int k = 1; k <= 44; k++) {
            lines.add(new Line(nanos("02:00:01") + k * 60_000_000_000L, Level.INFO, "invoice-reconciliation",
                    "Progress: " + k * 1090 + "/48211 invoices reconciled", 0, null));
        }
        for (int k = 0; k < 5; k++) {
            lines.add(new Line(nanos("02:05:00") + k * 197_000_000_000L, Level.WARN, "invoice-reconciliation",
                    "Lock wait on invoices batch " + (k + 2) + " exceeded 5000 ms, retrying (attempt 1/3)", 0, null));
        }
        lines.add(new Line(nanos("02:44:23.400"), Level.INFO, "invoice-reconciliation",
                "Run finished: 48211 invoices reconciled in 2662 s", 0, null));

        lines.sort(Comparator.comparingLong(Line::nanos));
        SourceRef src = SourceRef.of(LOGS, "json-logs");
        LogStoreBuilder b = new LogStoreBuilder(src, null);
        long offset = 0;
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            b.add(l.nanos(), l.level(), l.msg(), l.service(), l.status(), l.user(), i + 1, offset);
            offset += 200;
        }
        LogStore store = b.build();
        return new ParseResult(new SourceInfo(LOGS, "json-logs", "ecs", "offsets in source", false, null,
                store.size(), Map.of()), List.of(), store, List.of(), List.of(), 0);
    }

    /// 142 failure slots with 115 distinct users: 27 repeats, each a user retrying shortly after
    /// an earlier failure.
    private static List<String> failUsers(Random r) {
        List<String> out = new ArrayList<>();
        int repeats = FAILED_TOTAL - FAILED_USERS;
        for (int i = 0; i < FAILED_TOTAL; i++) {
            boolean repeat = i >= 12 && (i - 12) % 4 == 0 && (i - 12) / 4 < repeats;
            // ids two apart: LogStoreBuilder keeps hashCode() | 1, which would merge u_50000 and u_50001
            out.add(repeat ? out.get(i - 1 - r.nextInt(10)) : "u_" + (50000 + 2 * i));
        }
        return out;
    }

    // ------------------------------------------------------------------ alerts and pages

    List<Event> datadog() {
        List<Event> e = new ArrayList<>();
        e.add(alert("00:40:00", EventKind.ALERT_WARN, "[jobs-cron] Disk usage > 85% on jobs-cron-5b8d-2", "47110022", "jobs-cron"));
        e.add(alert("00:45:00", EventKind.ALERT_RECOVERED, "[jobs-cron] Disk usage > 85% on jobs-cron-5b8d-2", "47110022", "jobs-cron"));
        e.add(alert("02:12:00", EventKind.ALERT_TRIGGERED, "[payment-service] API error rate > 5%", "48213901", "payment-service"));
        e.add(alert("02:12:30", EventKind.ALERT_TRIGGERED, "[payment-service] p99 latency > 2s", "48213917", "payment-service"));
        e.add(alert("02:31:00", EventKind.ALERT_RECOVERED, "[payment-service] API error rate > 5%", "48213901", "payment-service"));
        e.add(alert("02:33:30", EventKind.ALERT_RECOVERED, "[payment-service] p99 latency > 2s", "48213917", "payment-service"));
        e.add(alert("03:55:00", EventKind.ALERT_WARN, "[ledger-api] Kafka consumer lag > 10k on ledger-events", "45900871", "ledger-api"));
        return e;
    }

    private static Event alert(String at, EventKind kind, String monitor, String id, String service) {
        return Event.builder(EventIds.of(DATADOG, at + monitor), t(at), SourceRef.of(DATADOG, "datadog-timeline"), kind)
                .actor("Datadog").text(monitor).attr(Attr.MONITOR, monitor).attr(Attr.MONITOR_ID, id)
                .attr(Attr.SERVICE, service).build();
    }

    List<Event> pagerDutyEvents() {
        List<Event> e = new ArrayList<>();
        if (pagerDutyTrigger) {
            e.add(pd("02:12:04", EventKind.ALERT_TRIGGERED, "Triggered through the API.", "Datadog"));
        }
        e.add(pd("02:12:05", EventKind.NOTIFY, "Notified Dani Ortega by SMS.", "payment-service"));
        if (pagerDutyAck != null) {
            e.add(pd(pagerDutyAck, EventKind.ACKNOWLEDGE, "Acknowledged by Dani Ortega.", "Dani Ortega"));
        }
        e.add(pd("02:24:28", EventKind.NOTE, "Hotfix CHG-2291 applied 02:23 UTC: db.pool.max_size 10 -> 50", "Rafa Llorente"));
        e.add(pd("03:10:00", EventKind.RESOLVE, "Resolved by Dani Ortega.", "Dani Ortega"));
        return e;
    }

    private static Event pd(String at, EventKind kind, String text, String actor) {
        return Event.builder(EventIds.of(PAGERDUTY, at + kind), t(at), SourceRef.of(PAGERDUTY, "pagerduty"), kind)
                .actor(actor).text(text).attr(Attr.INCIDENT, "Q0RZ7K3XW2N4PT").attr(Attr.SERVICE, "payment-service").build();
    }

    // ------------------------------------------------------------------ chat and deploys

    /// Human messages of #inc-2026-02-16-payments (key moments, red herrings and chatter).
    static final String[][] CHAT = {
            {"02:13:20", "Rafa Llorente", "Declaring SEV2, I'm IC. @Dani Ortega you're ops lead on payment-service"},
            {"02:13:52", "Tomás Vidal", ":eyes:"},
            {"02:14:25", "Dani Ortega", "ack, looking. on the laptop now"},
            {"02:14:49", "Núria Soler", "anyone else seeing this? customers reporting card payments failing in the app"},
            {"02:15:06", "Jordi Puig", "is this related to the deploy earlier? fraud-scoring went out at 23:47 last night"},
            {"02:15:31", "Tomás Vidal", "fraud-scoring 1.14.2 was a feature flag cleanup, doesnt touch the payments db. pretty sure its not that but ill double check"},
            {"02:16:08", "Dani Ortega", "p99 on payment-service is ~30s. requests are hanging, not failing fast"},
            {"02:16:15", "Jordi Puig", "adyen status page all green, backup acquirer too"},
            {"02:17:14", "Dani Ortega", "Found it: HikariPool-1 in payment-service is exhausted. pool stats `active=10 idle=0 waiting=37 max=10` since 02:03, requests die after 30s"},
            {"02:17:26", "Iker Etxeberria", "+1"},
            {"02:18:31", "Rafa Llorente", "@Marta Rius sorry for the ping at this hour, is anything from platform-jobs scheduled around 02:00 UTC now?"},
            {"02:19:34", "Marta Rius", "invoice-reconciliation moved to 02:00 UTC on Friday (#482) — it runs 40 workers against the same DB. my bad, I didn't think about the payment-service pool when I moved it"},
            {"02:20:09", "Dani Ortega", "that lines up: recon logged `" + RECON_START + "` at 02:00:01 and the pool hit 100% at 02:03:05"},
            {"02:20:36", "Priya Nair", "Support has 4 tickets from customers whose card payments failed (between 03:05 and 03:19 our time). Holding replies until we have something to say, anything I can tell them?"},
            {"02:22:40", "Tomás Vidal", "fraud-scoring confirmed unrelated: separate db, zero errors overnight. sorry for the noise"},
            {"02:23:05", "Dani Ortega", "Applying hotfix: bumping db pool max size 10 -> 50 (CHG-2291)"},
            {"02:24:14", "Dani Ortega", "config reloaded on all 3 pods, pool stats now `active=44 idle=6 waiting=0 max=50`"},
            {"02:27:48", "Laura Blanco", "do we know how many customers were affected? I need to tell merchant success in the morning"},
            {"02:28:05", "Rafa Llorente", "working on it, will have numbers for the PM. rough: a bit over 100 users"},
            {"02:31:24", "Dani Ortega", "error rate below 1%. watching for 10 more minutes before I call it mitigated"},
            {"02:32:18", "Rafa Llorente", "@here status: *mitigated* as of 02:31 UTC. payment API error rate back below 1%. cause: db connection pool exhaustion in payment-service while the invoice-reconciliation batch ran (moved to 02:00 UTC on Friday)."},
            {"02:45:12", "Dani Ortega", "Retry queue drained, all 137 queued transactions processed successfully. checked idempotency keys, no duplicate charges"},
            {"02:46:05", "Priya Nair", "confirmed with the 4 customers, their payments went through on retry :white_check_mark:"},
            {"02:47:20", "Rafa Llorente", "ok. keeping the channel open till 03:10 to make sure nothing comes back, then I'll resolve"},
            {"03:10:21", "Rafa Llorente", "Resolving the incident. Impact 02:03–02:31 UTC, ~140 failed API calls, no data loss (all 137 queued payments retried OK)."},
            {"02:37:00", "Elena Castro", "any impact on payouts tonight?"},
            {"02:37:30", "Lucía Gómez", "no, payout-sweeper runs at 05:00 and uses its own db"},
            {"03:20:00", "Priya Nair", "all 4 tickets closed"},
            {"03:40:15", "Rohan Mehta", "do I need to rerun the fraud-scoring export for the failed payments?"},
    };

    List<Event> slackEvents() {
        List<Event> e = new ArrayList<>();
        for (String[] m : CHAT) {
            e.add(chat(m[0], m[1], m[2]));
        }
        e.add(Event.builder(EventIds.of(SLACK, "dd-bot"), t("02:12:09"), slackRef(), EventKind.CHAT).actor("Datadog")
                .text("[Triggered] [payment-service] API error rate > 5%").attr(Attr.BOT, "true")
                .attr(Attr.CHANNEL, "inc-2026-02-16-payments").build());
        // #deploys (as deploy-bot posts them)
        if (changes) {
            e.add(deploy("2026-02-12T15:41:07Z", EventKind.DEPLOY, "payment-service", "v2.31.0", "Dani Ortega",
                    "Changes: idempotency-key metrics (#1422)"));
            e.add(deploy("2026-02-13T11:31:44Z", EventKind.DEPLOY, "invoice-reconciliation", "v3.8.0", "Marta Rius",
                    "Changes: #474 parallel worker pool (`workers: 40`), #480 `batch_size: 5000`, #482 schedule "
                            + "`0 14 * * *` -> `0 2 * * *` (02:00 UTC)"));
            e.add(deploy("2026-02-13T14:12:05Z", EventKind.DEPLOY, "payout-sweeper", "v0.9.3", "Lucía Gómez",
                "Changes: #477 settlement cutoff fix"));
        e.add(deploy("2026-02-15T22:47:19Z", EventKind.DEPLOY, "fraud-scoring", "v1.14.2", "Tomás Vidal",
                    "Changes: remove dead feature flags `fs_v1_*` (#502)"));
        }
        e.add(deploy("2026-02-16T02:23:41Z", EventKind.CONFIG_CHANGE, "payment-service", null, "Dani Ortega",
                "`db.pool.max_size: 10 -> 50` (hotfix, change CHG-2291)"));
        return e;
    }

    /// A #deploys post: a deploy event with service and version, or (with [#deploysAsChat]) the
    /// deploy bot's chat message as Slack shows it.
    private Event deploy(String at, EventKind kind, String service, String version, String who, String changes) {
        String text = kind == EventKind.CONFIG_CHANGE
                ? ":wrench: *" + service + "* config change deployed to *production* by " + who + "\n" + changes
                : ":rocket: *" + service + "* `" + version + "` deployed to *production* by " + who + "\n" + changes;
        Event.Builder b = Event.builder(EventIds.of(SLACK, at + service), Instant.parse(at),
                slackRef().withOrigin("deploys"), deploysAsChat ? EventKind.CHAT : kind)
                .actor("deploy-bot").text(text).attr(Attr.BOT, "true").attr(Attr.CHANNEL, "deploys");
        if (!deploysAsChat) {
            b.attr(Attr.SERVICE, service).attr(Attr.VERSION, version);
        }
        return b.build();
    }

    static Event chat(String at, String actor, String text) {
        return Event.builder(EventIds.of(SLACK, at + actor), t(at), slackRef(), EventKind.CHAT).actor(actor).text(text)
                .attr(Attr.CHANNEL, "inc-2026-02-16-payments").build();
    }

    private static SourceRef slackRef() {
        return SourceRef.of(SLACK, "slack-export");
    }

    // ------------------------------------------------------------------ git

    static final String SHA_474 = "7a1f0c3e9b2d4f6a8c0e1b3d5f7a9c1e3b5d7f90";
    static final String SHA_480 = "4c2e6a8b0d1f3a5c7e9b1d3f5a7c9e1b3d5f7a92";
    static final String SHA_482 = "b9e4d2a7c1f3e5b7d9a1c3e5f7b9d1a3c5e7f9b4";
    static final String SHA_380 = "e3c5a7b9d1f3a5c7e9b1d3f5a7c9e1b3d5f7a9c6";
    static final String SHA_CI = "0d2f4b6a8c0e2a4c6e8a0c2e4a6c8e0a2c4e6a88";

    List<Event> commits() {
        Map<String, String[]> c = new LinkedHashMap<>();
        c.put(SHA_474, new String[] {"2026-02-06T14:40:27Z", "Marta Rius",
                "invoice-reconciliation: process invoices in parallel with a worker pool (#474)\n\n- new setting `workers` (prod: 40, staging: 4)"});
        c.put(SHA_480, new String[] {"2026-02-12T09:30:12Z", "Marta Rius",
                "invoice-reconciliation: raise batch_size to 5000 for prod (#480)"});
        c.put(SHA_482, new String[] {"2026-02-13T10:52:44Z", "Marta Rius",
                "invoice-reconciliation: move schedule to 02:00 UTC off-peak window (#482)\n\n- cron: `0 14 * * *` -> `0 2 * * *`\n- workers: 40"});
        c.put(SHA_380, new String[] {"2026-02-13T11:05:09Z", "Marta Rius", "release: invoice-reconciliation v3.8.0"});
        c.put(SHA_CI, new String[] {"2026-02-15T18:14:40Z", "Jordi Puig", "ci: pin actions/checkout to v4.2.2"});
        List<Event> out = new ArrayList<>();
        c.forEach((sha, v) -> out.add(Event.builder(EventIds.of(GIT, sha), Instant.parse(v[0]), SourceRef.of(GIT, "git-log")
                .withRecordKey(sha), EventKind.COMMIT).actor(v[1]).text(v[2]).attr(Attr.COMMIT, sha).build()));
        return out;
    }

    // ------------------------------------------------------------------ helpers

    static ParseResult events(String file, String format, List<Event> events, List<MetricSeries> series) {
        return new ParseResult(new SourceInfo(file, format, "", "UTC", false, null, events.size(), Map.of()), events,
                null, series, List.of(), 0);
    }

    static long nanos(String hms) {
        return Timestamps.toNanos(t(hms.length() > 8 ? DAY + hms + "Z" : hms));
    }

    /// Id of the chat message sent at `hms`.
    static String chatId(String hms) {
        for (String[] m : CHAT) {
            if (m[0].equals(hms)) {
                return EventIds.of(SLACK, m[0] + m[1]);
            }
        }
        throw new IllegalArgumentException("no chat message at " + hms);
    }

    static String datadogId(String hms, String monitor) {
        return EventIds.of(DATADOG, hms + monitor);
    }

    static String pagerDutyId(String hms, EventKind kind) {
        return EventIds.of(PAGERDUTY, hms + kind);
    }

    static String deployId(String at, String service) {
        return EventIds.of(SLACK, at + service);
    }

    static String commitId(String sha) {
        return EventIds.of(GIT, sha);
    }
}
