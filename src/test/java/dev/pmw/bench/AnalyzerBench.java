package dev.pmw.bench;

import dev.pmw.analysis.Analysis;
import dev.pmw.analysis.Analyzer;
import dev.pmw.analysis.AnalyzerFixtures;
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
import dev.pmw.model.SourceRef;
import dev.pmw.timeline.Timeline;
import dev.pmw.timeline.TimelineBuilder;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

/// How long `Analyzer.analyze` takes on a timeline of ~10,000 rows with a log store of 1M lines
/// (budget: well under 100 ms, since it reruns after every edit). Not a unit test: run it by hand,
///
///     java -cp target/classes:target/test-classes:$(cat cp.txt) dev.pmw.bench.AnalyzerBench
public final class AnalyzerBench {
    public static void main(String[] args) {
        int lines = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        List<ParseResult> results = new ArrayList<>(AnalyzerFixtures.paymentOutage());
        results.add(bigLogs(lines));
        results.add(chat(9_000));
        long b0 = System.nanoTime();
        Timeline tl = new TimelineBuilder().build(results);
        System.out.printf("timeline: %,d rows, %,d records, built in %.0f ms%n", tl.size(), tl.recordCount(),
                (System.nanoTime() - b0) / 1e6);
        Analyzer analyzer = new Analyzer();
        Analysis a = null;
        for (int i = 0; i < 10; i++) {
            a = analyzer.analyze(tl);
        }
        int runs = Integer.getInteger("runs", 15);
        double[] ms = new double[runs];
        double[] cpu = new double[runs];
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < ms.length; i++) {
            long c0 = mx.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            a = analyzer.analyze(tl);
            ms[i] = (System.nanoTime() - t0) / 1e6;
            cpu[i] = (mx.getCurrentThreadCpuTime() - c0) / 1e6;
        }
        Arrays.sort(ms);
        Arrays.sort(cpu);
        System.out.printf("analyze (log signals remembered): wall median %.1f ms (min %.1f, max %.1f), thread CPU median %.1f ms "
                + "(min %.1f), %d runs after 10 warm-ups%n", ms[ms.length / 2], ms[0], ms[ms.length - 1],
                cpu[cpu.length / 2], cpu[0], ms.length);
        for (int i = 0; i < ms.length; i++) {
            long c0 = mx.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            a = new Analyzer().analyze(tl);
            ms[i] = (System.nanoTime() - t0) / 1e6;
            cpu[i] = (mx.getCurrentThreadCpuTime() - c0) / 1e6;
        }
        Arrays.sort(ms);
        Arrays.sort(cpu);
        System.out.printf("analyze (fresh analyzer, all lines counted): wall median %.1f ms (min %.1f), thread CPU median %.1f ms "
                + "(min %.1f)%n", ms[ms.length / 2], ms[0], cpu[cpu.length / 2], cpu[0]);
        for (int i = 0; i < 3; i++) {
            System.out.print(dev.pmw.analysis.AnalyzerPhases.time(tl));
        }
        System.out.println("impact start " + a.boundary(dev.pmw.analysis.BoundaryKind.IMPACT_START).time()
                + ", trigger " + (a.trigger() == null ? null : a.trigger().summary()));
    }

    /// A second service's log: steady traffic over the same night with its own error burst.
    private static ParseResult bigLogs(int n) {
        Random r = new Random(7);
        LogStoreBuilder b = new LogStoreBuilder(SourceRef.of("edge-gateway.jsonl", "json-logs"), null);
        long start = Timestamps.toNanos(Instant.parse("2026-02-16T01:30:00Z"));
        long span = 4L * 3600 * 1_000_000_000L;
        long burstFrom = Timestamps.toNanos(Instant.parse("2026-02-16T02:05:00Z"));
        long burstTo = Timestamps.toNanos(Instant.parse("2026-02-16T02:30:00Z"));
        for (int i = 0; i < n; i++) {
            long t = start + span / n * i + r.nextInt(30_000_000);
            boolean burst = t >= burstFrom && t < burstTo && r.nextInt(20) == 0;
            int path = r.nextInt(40);
            if (burst) {
                b.add(t, Level.ERROR, "upstream payment-service returned 503 for /v1/pay" + (char) ('a' + path % 26),
                        "edge-gateway", 503, "u" + r.nextInt(50_000), i + 1, i * 300L);
            } else if (r.nextInt(200) == 0) {
                b.add(t, Level.WARN, "slow upstream response from svc-" + (char) ('a' + path % 26), "edge-gateway", 0,
                        null, i + 1, i * 300L);
            } else {
                b.add(t, Level.INFO, "GET /v1/route" + (char) ('a' + path % 26) + " 200", "edge-gateway", 200,
                        "u" + r.nextInt(50_000), i + 1, i * 300L);
            }
        }
        LogStore s = b.build();
        return new ParseResult(new SourceInfo("edge-gateway.jsonl", "json-logs", "", "UTC", false, null, s.size(),
                Map.of()), List.of(), s, List.of(), List.of(), 0);
    }

    private static ParseResult chat(int n) {
        Random r = new Random(11);
        String[] words = {"looking", "deploy", "rolled back at 02:05", "customers seeing errors", "pool", "+1", "ok",
                "is this related?", "p99 up", "checking dashboards", "fraud-scoring", "invoice-reconciliation"};
        List<Event> out = new ArrayList<>();
        Instant t0 = Instant.parse("2026-02-16T01:00:00Z");
        for (int i = 0; i < n; i++) {
            String text = words[r.nextInt(words.length)] + " " + words[r.nextInt(words.length)];
            out.add(Event.builder(EventIds.of("bulk-chat", "m" + i), t0.plusMillis(i * 1_500L),
                    SourceRef.of("bulk-chat", "slack-export"), EventKind.CHAT).actor("user" + r.nextInt(60)).text(text)
                    .attr(Attr.CHANNEL, "incident").build());
        }
        return new ParseResult(new SourceInfo("bulk-chat", "slack-export", "", "UTC", false, null, n, Map.of()), out,
                null, List.of(), List.of(), 0);
    }
}
