package dev.pmw.draft;

import dev.pmw.analysis.Analysis;
import dev.pmw.analysis.Boundary;
import dev.pmw.analysis.BoundaryKind;
import dev.pmw.analysis.Durations;
import dev.pmw.analysis.Impact;
import dev.pmw.analysis.OpenQuestion;
import dev.pmw.analysis.Severity;
import dev.pmw.analysis.Trigger;
import dev.pmw.model.Attr;
import dev.pmw.model.Event;
import dev.pmw.model.EventIds;
import dev.pmw.model.EventKind;
import dev.pmw.model.Level;
import dev.pmw.model.SourceRef;
import dev.pmw.timeline.Relevance;
import dev.pmw.timeline.Row;
import dev.pmw.timeline.RuleContext;
import dev.pmw.timeline.Timeline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/// A hand-built analysis and timeline that mirror the sample payment-service outage of 2026-02-16
/// (samples/README.md ground truth): the invoice-reconciliation v3.8.0 deploy, the pool saturation,
/// the 142 failed requests, the Datadog alert, Dani's acknowledgement and finding, the hotfix, the
/// recovery, the drained retry queue and the resolution — plus personal data and a file token that an
/// export must redact.
public final class SampleStory {
    public static final String SLACK = "incident-slack-export";
    public static final String LOGS = "error-logs-2026-02-16.json";
    public static final String DD = "datadog-timeline.md";
    public static final String PD = "pagerduty-log-entries.json";
    public static final String GIT = "git-log.txt";
    public static final LocalDate TODAY = LocalDate.parse("2026-02-17");
    public static final Set<String> PEOPLE = Set.of("Dani Ortega", "Marta Rius", "Rafa Llorente", "Jordi Puig", "Priya Nair", "tomasv");
    public static final String PHONE = "+34 612 345 678";
    public static final String EMAIL = "dani.ortega@ferropay.example";
    public static final String TOKEN = "xoxe-000000000000-111111111111-222222222222-FAKE0TOKEN0FOR0SAMPLE0DATA0ONLY0";

    public final List<Row> rows = new ArrayList<>();
    public final Event deploy, commit, redHerring, jobStart, poolWarn, errors, alert, page, notify, latencyAlert, declare, ack,
            foundIt, martaLink, tickets, hardcoded, ruledOut, hotfixChat, configChange, reloaded, note, recovered,
            drained, resolve, emoji;
    public final Timeline timeline;
    public final Analysis analysis;

    public SampleStory() {
        deploy = add(ev(SLACK, "deploys/2026-02-13.json", 0, "1770982304.026034", "2026-02-13T11:31:44.026034Z", EventKind.DEPLOY, "deploy-bot",
                ":rocket: *invoice-reconciliation* `v3.8.0` deployed to *production* by @Marta Rius Changes: #474 parallel worker pool (workers: 40), #482 schedule 0 14 * * * -> 0 2 * * *")
                .attr(Attr.BOT, "true").attr(Attr.SERVICE, "invoice-reconciliation").attr(Attr.VERSION, "v3.8.0").build(), 0.85, null);
        commit = add(ev(GIT, null, 17, "389be0a296018f63a2bf27019b4cec9bd0e5d941", "2026-02-13T10:52:44Z", EventKind.COMMIT, "Marta Rius",
                "invoice-reconciliation: move schedule to 02:00 UTC off-peak window (#482)").attr(Attr.COMMIT, "389be0a29601").build(), 0.55, "outside-window");
        redHerring = add(ev(SLACK, "deploys/2026-02-15.json", 0, "1771195639.471809", "2026-02-15T22:47:19.471809Z", EventKind.DEPLOY, "deploy-bot",
                ":rocket: *fraud-scoring* `v1.14.2` deployed to *production* by @tomasv Changes: remove dead feature flags")
                .attr(Attr.BOT, "true").attr(Attr.SERVICE, "fraud-scoring").build(), 0.85, null);
        jobStart = add(ev(LOGS, null, 3, "3", "2026-02-16T02:00:01.183Z", EventKind.LOG, "invoice-reconciliation",
                "Starting scheduled run invoice-reconciliation (cron \"0 2 * * *\", workers=40, batch_size=5000)")
                .level(Level.INFO).attr(Attr.SERVICE, "invoice-reconciliation").build(), 0.7, null);
        poolWarn = add(ev(LOGS, null, 333, "333", "2026-02-16T02:03:05.043Z", EventKind.LOG_BURST, "payment-service",
                "Connection pool utilisation at 100% (10/10), 37 threads waiting").level(Level.WARN).count(41)
                .endTime(Instant.parse("2026-02-16T02:23:05.043Z")).attr(Attr.SERVICE, "payment-service").build(), 0.8, null);
        errors = add(ev(LOGS, null, 472, "472", "2026-02-16T02:04:27.704Z", EventKind.LOG_BURST, "payment-service",
                "HikariPool-1 - Connection is not available, request timed out after 30000ms.").level(Level.ERROR).count(142)
                .endTime(Instant.parse("2026-02-16T02:30:22.458Z")).attr(Attr.SERVICE, "payment-service")
                .attr(Attr.HTTP_STATUS, "503").attr(Attr.ERROR_KIND, "SQLTransientConnectionException").build(), 0.9, null);
        alert = add(ev(DD, null, 12, "12", "2026-02-16T02:12:00Z", EventKind.ALERT_TRIGGERED, "Datadog",
                "[Triggered] [payment-service] API error rate > 5% — 5.8% (threshold 5%)").attr(Attr.MONITOR, "[payment-service] API error rate > 5%")
                .attr(Attr.THRESHOLD, "5%").attr(Attr.VALUE, "5.8%").attr(Attr.SERVICE, "payment-service").build(), 0.95, null);
        page = add(ev(PD, null, 398, "RXW4Z4C48VMLGF", "2026-02-16T02:12:04Z", EventKind.PAGE, "payment-service",
                "Triggered through the API: [Triggered] [payment-service] API error rate > 5%").build(), 0.95, null);
        notify = add(ev(PD, null, 380, "RNOTIFY000001", "2026-02-16T02:12:05Z", EventKind.NOTIFY, "PagerDuty",
                "Notified Dani Ortega by SMS at " + PHONE + " and by e-mail at " + EMAIL).build(), 0.6, null);
        latencyAlert = add(ev(DD, null, 13, "13", "2026-02-16T02:12:30Z", EventKind.ALERT_TRIGGERED, "Datadog",
                "[Triggered] [payment-service] p99 latency > 2s — 31.2s (threshold 2s)").attr(Attr.MONITOR, "[payment-service] p99 latency > 2s")
                .attr(Attr.THRESHOLD, "2s").build(), 0.95, null);
        declare = add(chat("1771208000.887061", "2026-02-16T02:13:20.887061Z", EventKind.DECLARE, "Rafa Llorente",
                "Declaring SEV2, I'm IC. @Dani Ortega you're ops lead on payment-service, I'll do comms and keep notes.").attr(Attr.SEVERITY, "SEV2").build(), 0.95);
        ack = add(ev(PD, null, 88, "ROSK13J0FKSQ7F", "2026-02-16T02:14:10Z", EventKind.ACKNOWLEDGE, "Dani Ortega",
                "Acknowledged by Dani Ortega.").attr(Attr.RESPONDER, "Dani Ortega").build(), 0.95, null);
        foundIt = add(chat("1771208234.104745", "2026-02-16T02:17:14.104745Z", EventKind.CHAT, "Dani Ortega",
                "Found it: HikariPool-1 in payment-service is exhausted. pool stats `active=10 idle=0 waiting=37 max=10`").build(), 0.8);
        martaLink = add(chat("1771208374.756388", "2026-02-16T02:19:34.756388Z", EventKind.CHAT, "Marta Rius",
                "invoice-reconciliation moved to 02:00 UTC on Friday (#482) — it runs 40 workers against the payments primary").build(), 0.8);
        tickets = add(chat("1771208436.622866", "2026-02-16T02:20:36.622866Z", EventKind.CHAT, "Priya Nair",
                "Support has 4 tickets from customers whose card payments failed (between 03:05 and 03:19 our time)").build(), 0.8);
        hardcoded = add(chat("1771208465.880141", "2026-02-16T02:21:05.880141Z", EventKind.CHAT, "Jordi Puig",
                "isn't the pool size hardcoded? `const POOL_SIZE = 10` in payment-service db/pool.ts").build(), 0.8);
        ruledOut = add(chat("1771208560.004736", "2026-02-16T02:22:40.004736Z", EventKind.CHAT, "tomasv",
                "fraud-scoring confirmed unrelated: separate db, zero errors overnight. sorry for the noise").build(), 0.8);
        hotfixChat = add(chat("1771208585.767066", "2026-02-16T02:23:05.767066Z", EventKind.CHAT, "Dani Ortega",
                "Applying hotfix: bumping db pool max size 10 -> 50 (CHG-2291)").build(), 0.8);
        configChange = add(ev(SLACK, "inc-2026-02-16-payments/2026-02-15.json", 0, "1771208621.028447", "2026-02-16T02:23:41.028447Z",
                EventKind.CONFIG_CHANGE, "deploy-bot", ":wrench: *payment-service* config change deployed to *production* by @Dani Ortega `db.pool.max_size: 10 -> 50` (CHG-2291)")
                .attr(Attr.BOT, "true").attr(Attr.SERVICE, "payment-service").build(), 0.85, null);
        reloaded = add(chat("1771208654.343522", "2026-02-16T02:24:14.343522Z", EventKind.CHAT, "Dani Ortega",
                "config reloaded on all 3 pods, pool stats now `active=44 idle=6 waiting=0 max=50` "
                        + "https://files.slack.com/files-pri/T0A1B2C3D-F0A1B2C3D/screenshot.png?t=" + TOKEN).build(), 0.8);
        note = add(ev(PD, null, 45, "RKDQQWM4V139UT", "2026-02-16T02:24:28Z", EventKind.NOTE, "Rafa Llorente",
                "Hotfix CHG-2291 applied 02:23 UTC: db.pool.max_size 10 -> 50 on payment-service (live reload)").build(), 0.8, null);
        recovered = add(ev(DD, null, 14, "14", "2026-02-16T02:31:00Z", EventKind.ALERT_RECOVERED, "Datadog",
                "[Recovered] [payment-service] API error rate > 5% — 0.8% (threshold 5%)").attr(Attr.MONITOR, "[payment-service] API error rate > 5%")
                .attr(Attr.SERVICE, "payment-service").build(), 0.95, null);
        drained = add(chat("1771209912.490698", "2026-02-16T02:45:12.490698Z", EventKind.CHAT, "Dani Ortega",
                "Retry queue drained, all 137 queued transactions processed successfully. checked idempotency keys, no duplicates").build(), 0.8);
        resolve = add(ev(PD, null, 3, "R6NTU6PB273GNN", "2026-02-16T03:10:00Z", EventKind.RESOLVE, "Dani Ortega",
                "Resolved by Dani Ortega.").attr(Attr.RESPONDER, "Dani Ortega").build(), 0.95, null);
        emoji = add(chat("1771208000.000001", "2026-02-16T02:13:30Z", EventKind.CHAT, "iker", ":eyes:").build(), 0.1, "emoji");
        rows.sort(java.util.Comparator.comparing((Row r) -> r.event().time()));
        timeline = new Timeline(rows, List.of(), new RuleContext(PEOPLE, Instant.parse("2026-02-16T02:00:00Z"),
                Instant.parse("2026-02-16T03:30:00Z")));
        analysis = analysis();
    }

    private Analysis analysis() {
        Map<BoundaryKind, Boundary> b = new EnumMap<>(BoundaryKind.class);
        b.put(BoundaryKind.IMPACT_START, Boundary.of(BoundaryKind.IMPACT_START, errors.time(), List.of(errors.id()), "first failed request (HTTP 503)"));
        b.put(BoundaryKind.DETECTED, Boundary.of(BoundaryKind.DETECTED, alert.time(), List.of(alert.id(), page.id()), "first alert trigger"));
        b.put(BoundaryKind.ACKNOWLEDGED, Boundary.of(BoundaryKind.ACKNOWLEDGED, ack.time(), List.of(ack.id()), "PagerDuty acknowledge"));
        b.put(BoundaryKind.MITIGATED, Boundary.of(BoundaryKind.MITIGATED, recovered.time(), List.of(recovered.id()), "error-rate alert recovered"));
        b.put(BoundaryKind.RESOLVED, Boundary.of(BoundaryKind.RESOLVED, resolve.time(), List.of(resolve.id()), "PagerDuty resolve"));
        Trigger trigger = new Trigger(deploy.time(), dev.pmw.model.EventKind.DEPLOY, "invoice-reconciliation v3.8.0 deployed by @Marta Rius (schedule moved to 0 2 * * * with 40 workers, #482); "
                + "its first weekday run started at 02:00:01, 3 minutes before the pool saturated",
                "invoice-reconciliation", "v3.8.0", "389be0a29601", 0.8, List.of(deploy.id(), commit.id(), jobStart.id()),
                List.of("the job's run in the logs (02:00:01) precedes the pool saturation (02:03:05) by 3 minutes",
                        "Marta Rius linked the job to the incident in the channel at 02:19"));
        Trigger other = new Trigger(redHerring.time(), dev.pmw.model.EventKind.DEPLOY, "fraud-scoring v1.14.2 deployed the evening before", "fraud-scoring", "v1.14.2",
                null, 0.2, List.of(redHerring.id()), List.of("separate database, no errors overnight"));
        Impact impact = new Impact(26.5, 142L, 2310L, Map.of("503 SQLTransientConnectionException", 142L), Map.of(), 115L, 4,
                List.of(new dev.pmw.analysis.Symptom("4 support tickets: card payments failed", tickets.id(), 4)),
                List.of(errors.id(), tickets.id()));
        return new Analysis(b, new Durations(7.5, 2.2, 26.5, 65.5), trigger, List.of(other), impact,
                new Severity("SEV2", "more than 100 users affected"),
                List.of(new OpenQuestion("gap", "No chat activity between 02:47 and 03:08 — was anything checked then?", List.of(drained.id()))),
                Map.of());
    }

    public DraftContext context() {
        return new DraftContext(analysis, timeline, TODAY);
    }

    private Event.Builder chat(String ts, String time, EventKind kind, String actor, String text) {
        return ev(SLACK, "inc-2026-02-16-payments/2026-02-15.json", 0, ts, time, kind, actor, text).attr(Attr.CHANNEL, "inc-2026-02-16-payments");
    }

    private static Event.Builder ev(String file, String entry, long line, String key, String time, EventKind kind, String actor, String text) {
        SourceRef src = new SourceRef(file, format(file), entry, null, line, -1, key);
        return Event.builder(EventIds.of(file, key), Instant.parse(time), src, kind).actor(actor).text(text);
    }

    private static String format(String file) {
        return switch (file) {
            case SLACK -> "slack-export";
            case LOGS -> "json-logs";
            case DD -> "datadog-timeline";
            case PD -> "pagerduty";
            default -> "git-log";
        };
    }

    private Event add(Event e, double score, String hiddenBy) {
        rows.add(new Row(e, new Relevance(score, List.of("test"), hiddenBy), -1));
        return e;
    }

    private Event add(Event e, double score) {
        return add(e, score, null);
    }
}
