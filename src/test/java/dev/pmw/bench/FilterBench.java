package dev.pmw.bench;

import dev.pmw.model.Attr;
import dev.pmw.model.Event;
import dev.pmw.model.EventIds;
import dev.pmw.model.EventKind;
import dev.pmw.model.Level;
import dev.pmw.model.SourceRef;
import dev.pmw.timeline.Relevance;
import dev.pmw.timeline.Row;
import dev.pmw.timeline.query.RowFlags;
import dev.pmw.timeline.query.TimelineIndex;
import dev.pmw.timeline.query.TimelineQuery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/// Filtering a merged timeline of 1,000,000 rows (budget: ≤ 100 ms per filter change on a 2-core
/// machine, ARCHITECTURE.md). Builds a deterministic timeline (fixed seed: log lines of 40
/// templates, chat, alerts, pages, deploys across 6 sources over 12 hours), indexes it once, then
/// times each kind of query: 10 warm-up runs, 40 measured, median and p95.
///
/// Run (not part of `mvn test`; surefire excludes `**/bench/**`):
///
///     ./mvnw -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
///     java -Xmx3g -cp target/classes:target/test-classes:$(cat target/cp.txt) dev.pmw.bench.FilterBench
public final class FilterBench {
    private static final int ROWS = 1_000_000;
    private static final Instant T0 = Instant.parse("2026-02-16T00:00:00Z");
    private static final String[] SOURCES = {"/data/error-logs.json", "/data/api-logs.json", "/data/slack-export",
            "/data/datadog-timeline.md", "/data/pagerduty.json", "/data/git-log.txt"};
    private static final String[] TEMPLATES = {
            "request %d timed out after 30000ms", "GET /v1/payments/%d 200 in 12ms", "health check ok (%d)",
            "connection pool stats active=%d idle=0 waiting=37 max=10", "Connection pool utilisation at 100%% (%d/10)",
            "JWT verification failed for token %d", "queued for retry: transaction tx-%d", "cache miss for key user:%d",
            "SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after %dms",
            "slow query took %dms: SELECT * FROM payments WHERE merchant_id = ?", "webhook signature mismatch (%d)",
            "scheduled run started: invoice-reconciliation batch %d", "user %d logged in", "POST /v1/refunds %d 201",
            "circuit breaker open for ledger-api after %d failures", "kafka consumer lag %d on ledger-events",
            "Configuration reloaded: db.pool.max_size 10 -> %d", "deprecated API version v%d used by client",
            "GC pause %dms (G1 Young Generation)", "retrying payment capture attempt %d"};
    private static final String[] PEOPLE = {"Dani Ortega", "Marta Rius", "Rafa Llorente", "Jordi Puig", "Priya Nair",
            "tomasv", "Lucía G.", "iker", "Ben", "Emma"};
    private static final String[] CHAT = {"anyone else seeing this?", "Found it: HikariPool-1 in payment-service is exhausted",
            "ack, looking", "+1", ":eyes:", "Applying hotfix: bumping db pool max size 10 -> 50",
            "error rate below 1%, watching", "customers report failed card payments", "is this related to the deploy?",
            "rolling back fraud-scoring just in case"};

    private FilterBench() {
    }

    public static void main(String[] args) {
        long t = System.nanoTime();
        List<Row> rows = timeline();
        System.out.printf("built %,d rows in %d ms%n", rows.size(), (System.nanoTime() - t) / 1_000_000);
        t = System.nanoTime();
        TimelineIndex ix = TimelineIndex.of(rows, Arrays.asList(SOURCES), RowFlags.NONE);
        System.out.printf("indexed in %d ms (heap used %,d MB)%n", (System.nanoTime() - t) / 1_000_000,
                (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
        System.out.printf("cores: %d%n%n", Runtime.getRuntime().availableProcessors());

        TimelineQuery all = TimelineQuery.ALL;
        measure(ix, "text 'timed out'", () -> all.withText("timed out", false));
        measure(ix, "text 'pool exhausted dani'", () -> all.withText("pool exhausted dani", false));
        measure(ix, "text, no hit 'zzqx'", () -> all.withText("zzqx", false));
        measure(ix, "regex 'pool (exhausted|saturated)|timed? ?out after \\d+'",
                () -> all.withText("pool (exhausted|saturated)|timed? ?out after \\d+", true));
        measure(ix, "regex '^slow query took \\d{4}ms'", () -> all.withText("^slow query took \\d{4}ms", true));
        measure(ix, "regex without literal text '\\d{5}\\b'", () -> all.withText("\\d{5}\\b", true));
        measure(ix, "kind+level (log/burst, ERROR+)", () -> all.withKinds(Set.of(EventKind.LOG, EventKind.LOG_BURST))
                .withLevels(Set.of(Level.ERROR, Level.FATAL)));
        measure(ix, "time window (30 min)", () -> all.withWindow(T0.plusSeconds(7200), T0.plusSeconds(9000)));
        measure(ix, "key only + text 'pool'", () -> TimelineQuery.KEY.withText("pool", false));
        measure(ix, "source+actor+window+text", () -> all.withSources(Set.of(SOURCES[0], SOURCES[2]))
                .withActors(Set.of("payment-service", "Dani Ortega")).withWindow(T0, T0.plusSeconds(6 * 3600))
                .withText("pool", false));
        measure(ix, "no criteria", () -> all);
        publish(ix);
    }

    /// What the view model does with a result on the FX thread: one `setAll` of a list view over
    /// the matching row numbers (no copy of the rows).
    private static void publish(TimelineIndex ix) {
        dev.pmw.ui.timeline.RowList visible = new dev.pmw.ui.timeline.RowList();
        int[] all = ix.filter(TimelineQuery.ALL);
        int[] some = ix.filter(TimelineQuery.ALL.withText("timed out", false));
        int[] changes = new int[1];
        visible.addListener((javafx.collections.ListChangeListener<Row>) c -> {
            while (c.next()) {
                changes[0] += c.getRemovedSize() + c.getAddedSize(); // what a table's listener looks at
            }
        });
        long[] ns = new long[40];
        for (int i = 0; i < 50; i++) {
            int[] rows = i % 2 == 0 ? all : some;
            long t = System.nanoTime();
            visible.setRows(ix, rows);
            if (i >= 10) {
                ns[i - 10] = System.nanoTime() - t;
            }
        }
        Arrays.sort(ns);
        System.out.printf("%-58s %9s        median %6.1f ms   p95 %6.1f ms%n", "publish result to the table's list (1M / 90k rows)",
                "", ns[20] / 1e6, ns[37] / 1e6);
    }

    private static void measure(TimelineIndex ix, String name, Supplier<TimelineQuery> query) {
        int warm = 10;
        int runs = 40;
        long[] ns = new long[runs];
        int hits = 0;
        for (int i = 0; i < warm + runs; i++) {
            TimelineQuery q = query.get();
            long t = System.nanoTime();
            int[] r = ix.filter(q);
            long d = System.nanoTime() - t;
            if (i >= warm) {
                ns[i - warm] = d;
            }
            hits = r.length;
        }
        Arrays.sort(ns);
        System.out.printf("%-58s %,9d rows   median %6.1f ms   p95 %6.1f ms%n", name, hits, ns[runs / 2] / 1e6,
                ns[(int) Math.ceil(runs * 0.95) - 1] / 1e6);
    }

    /// Deterministic: the same rows on every run.
    static List<Row> timeline() {
        SplittableRandom rnd = new SplittableRandom(20260216);
        List<Row> rows = new ArrayList<>(ROWS);
        long spanNanos = 12L * 3600 * 1_000_000_000L;
        for (int i = 0; i < ROWS; i++) {
            long at = (long) ((double) i / ROWS * spanNanos);
            Instant time = T0.plusNanos(at);
            int roll = rnd.nextInt(1000);
            int src;
            EventKind kind;
            Level level = Level.UNKNOWN;
            String actor;
            String text;
            int count = 1;
            Instant end = null;
            if (roll < 900) {
                src = roll < 600 ? 0 : 1;
                int tpl = rnd.nextInt(TEMPLATES.length);
                text = String.format(TEMPLATES[tpl], rnd.nextInt(100_000));
                level = tpl == 0 || tpl == 5 || tpl == 8 ? Level.ERROR : tpl == 4 || tpl == 6 ? Level.WARN
                        : tpl == 2 ? Level.DEBUG : Level.INFO;
                actor = src == 0 ? "payment-service" : "api-gateway";
                kind = rnd.nextInt(20) == 0 ? EventKind.LOG_BURST : EventKind.LOG;
                if (kind == EventKind.LOG_BURST) {
                    count = 2 + rnd.nextInt(500);
                    end = time.plusSeconds(1 + rnd.nextInt(600));
                }
            } else if (roll < 980) {
                src = 2;
                kind = EventKind.CHAT;
                actor = PEOPLE[rnd.nextInt(PEOPLE.length)];
                text = CHAT[rnd.nextInt(CHAT.length)] + " (" + i + ")";
            } else if (roll < 990) {
                src = 3;
                kind = rnd.nextBoolean() ? EventKind.ALERT_TRIGGERED : EventKind.ALERT_RECOVERED;
                actor = "Datadog";
                text = "[" + (kind == EventKind.ALERT_TRIGGERED ? "Triggered" : "Recovered")
                        + "] [payment-service] API error rate > 5% — " + rnd.nextInt(20) + "." + rnd.nextInt(10) + "%";
            } else if (roll < 997) {
                src = 4;
                kind = rnd.nextBoolean() ? EventKind.PAGE : EventKind.ACKNOWLEDGE;
                actor = "PagerDuty";
                text = kind == EventKind.PAGE ? "Triggered through the API" : "Acknowledged by " + PEOPLE[rnd.nextInt(3)];
            } else {
                src = 5;
                kind = EventKind.DEPLOY;
                actor = "deploy-bot";
                text = "payment-service v7." + rnd.nextInt(20) + ".0 deployed to production";
            }
            SourceRef ref = new SourceRef(SOURCES[src], "bench", null, src == 2 ? "inc-payments" : null, i + 1, -1, null);
            Event e = Event.builder(EventIds.of(SOURCES[src], "r" + i), time, ref, kind).actor(actor).text(text)
                    .level(level).count(count).endTime(end).attr(Attr.SERVICE, src < 2 ? actor : null).build();
            boolean key = kind != EventKind.LOG && kind != EventKind.CHAT || level.atLeast(Level.ERROR) && count > 4;
            rows.add(new Row(e, new Relevance(key ? 0.9 : 0.1, List.of(), key ? null : "routine-logs"), src));
        }
        return rows;
    }
}
