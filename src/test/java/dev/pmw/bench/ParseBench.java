package dev.pmw.bench;

import dev.pmw.ingest.Discovered;
import dev.pmw.ingest.Importer;
import dev.pmw.ingest.LogStore;
import dev.pmw.ingest.ParseOptions;
import dev.pmw.ingest.ParseResult;
import dev.pmw.work.Work;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/// In-process parse of one log file through the real import path (discover, detect, parse), in a
/// fresh JVM: the first (cold) run is what a user gets; later runs show the warm throughput. Prints
/// one `key=value` line per run for bench/run.sh, then heap figures for the last run.
///
/// Usage: `ParseBench FILE [RUNS]`
public final class ParseBench {
    private ParseBench() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        long bytes = Files.size(file);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        LogStore store = null;
        for (int run = 0; run < runs; run++) {
            store = null;
            long cpu0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            Importer importer = new Importer();
            List<Discovered> found = importer.discover(List.of(file), Work.NONE);
            ParseResult r = importer.parse(found.getFirst(), ParseOptions.defaults(), Work.NONE);
            long t1 = System.nanoTime();
            long cpu1 = threads.getCurrentThreadCpuTime();
            store = r.logs();
            double s = (t1 - t0) / 1e9;
            System.out.printf("run=%d parse_ms=%d cpu_ms=%d lines=%d bytes=%d mb_per_s=%.0f lines_per_s=%.0f%n", run,
                    (t1 - t0) / 1_000_000, (cpu1 - cpu0) / 1_000_000, store.size(), bytes, bytes / 1e6 / s,
                    store.size() / s);
        }
        long columns = store.heapBytes();
        int lines = store.size();
        store = null;
        Runtime rt = Runtime.getRuntime();
        long empty = used(rt);
        kept = parse(file); // held by a static field: nothing else of the parse stays reachable
        long full = used(rt);
        if (kept.size() != lines) {
            throw new IllegalStateException("second parse read " + kept.size() + " lines");
        }
        System.out.printf("heap_bytes=%d heap_bytes_per_line=%.1f live_heap_bytes=%d live_bytes_per_line=%.1f%n",
                columns, (double) columns / lines, full - empty, (double) (full - empty) / lines);
    }

    private static LogStore kept;

    /// Parses in its own frame, so nothing but the store stays reachable afterwards.
    private static LogStore parse(Path file) {
        Importer importer = new Importer();
        List<Discovered> found = importer.discover(List.of(file), Work.NONE);
        return importer.parse(found.getFirst(), ParseOptions.defaults(), Work.NONE).logs();
    }

    private static long used(Runtime rt) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
