package dev.pmw.draft.check;

import dev.pmw.analysis.Analysis;
import dev.pmw.analysis.Boundary;
import dev.pmw.analysis.BoundaryKind;
import dev.pmw.analysis.Durations;
import dev.pmw.analysis.Impact;
import dev.pmw.analysis.Trigger;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/// The derived facts a sentence may state without citing a row (they cite their own evidence):
/// boundary times, the durations between them, impact counts, the trigger's version and commit.
/// Keys are labels for messages ("impact start", "time to detect").
public record AnalysisFacts(Map<String, Instant> times, Map<String, Duration> durations, Map<String, Long> counts,
                            Set<String> versions, Set<String> commits, Set<String> names) {
    public static final AnalysisFacts NONE = new AnalysisFacts(Map.of(), Map.of(), Map.of(), Set.of(), Set.of(), Set.of());

    public AnalysisFacts {
        times = Map.copyOf(times);
        durations = Map.copyOf(durations);
        counts = Map.copyOf(counts);
        versions = Set.copyOf(versions);
        commits = Set.copyOf(commits);
        names = Set.copyOf(names);
    }

    public static AnalysisFacts of(Analysis a) {
        if (a == null) {
            return NONE;
        }
        Map<String, Instant> times = new LinkedHashMap<>();
        for (BoundaryKind k : BoundaryKind.values()) {
            Boundary b = a.boundary(k);
            if (b != null && b.present()) {
                times.put(k.label().toLowerCase(java.util.Locale.ROOT), b.time());
            }
        }
        Map<String, Duration> durations = new LinkedHashMap<>();
        Durations d = a.durations();
        if (d != null) {
            minutes(durations, "time to detect", d.timeToDetect());
            minutes(durations, "time to acknowledge", d.timeToAcknowledge());
            minutes(durations, "time to mitigate", d.timeToMitigate());
            minutes(durations, "time to resolve", d.timeToResolve());
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        Impact i = a.impact();
        if (i != null) {
            minutes(durations, "impact duration", i.durationMinutes());
            if (i.failedRequests() != null) {
                counts.put("failed requests", i.failedRequests());
            }
            if (i.requests() != null) {
                counts.put("requests", i.requests());
            }
            if (i.usersAffected() != null) {
                counts.put("users affected", i.usersAffected());
            }
            if (i.supportTickets() != null) {
                counts.put("support tickets", (long) i.supportTickets());
            }
            i.failuresByClass().forEach((k, v) -> counts.put(k + " failures", v));
            i.failuresByError().forEach((k, v) -> counts.put(k + " failures", v));
        }
        Set<String> versions = new LinkedHashSet<>();
        Set<String> commits = new LinkedHashSet<>();
        Set<String> names = new LinkedHashSet<>();
        Trigger t = a.trigger();
        if (t != null) {
            if (t.time() != null) {
                times.put("trigger", t.time());
            }
            if (t.version() != null) {
                versions.add(t.version().replaceFirst("^[vV]", ""));
            }
            if (t.commit() != null) {
                commits.add(t.commit().toLowerCase(java.util.Locale.ROOT));
            }
            if (t.service() != null) {
                names.add(t.service());
            }
        }
        return new AnalysisFacts(times, durations, counts, versions, commits, names);
    }

    private static void minutes(Map<String, Duration> out, String label, Double minutes) {
        if (minutes != null) {
            out.put(label, Duration.ofMillis(Math.round(minutes * 60_000)));
        }
    }
}
