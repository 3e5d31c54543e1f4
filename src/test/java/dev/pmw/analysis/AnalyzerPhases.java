package dev.pmw.analysis;

import dev.pmw.timeline.Timeline;

/// Times the analysis phases separately (used by the benchmark, not by tests).
public final class AnalyzerPhases {
    private AnalyzerPhases() {
    }

    public static String time(Timeline tl) {
        StringBuilder sb = new StringBuilder();
        long t0 = System.nanoTime();
        LogSignals s = LogSignals.of(LogSignals.key(tl, PaymentOutage.t("02:12:00")));
        long t1 = System.nanoTime();
        IncidentEvidence inc = new IncidentEvidence(tl);
        long t2 = System.nanoTime();
        BoundaryRules r = new BoundaryRules(inc);
        Boundary start = r.impactStart();
        Boundary det = r.detected(start);
        Boundary ack = r.acknowledged(start, det);
        Boundary mit = r.mitigated(start, det);
        Boundary res = r.resolved(start, det);
        long t3 = System.nanoTime();
        new TriggerFinder(inc, start, det, mit).find();
        long t4 = System.nanoTime();
        ImpactCounter.count(inc, start, mit, res);
        long t5 = System.nanoTime();
        var m = new java.util.EnumMap<BoundaryKind, Boundary>(BoundaryKind.class);
        m.put(BoundaryKind.IMPACT_START, start);
        m.put(BoundaryKind.DETECTED, det);
        m.put(BoundaryKind.ACKNOWLEDGED, ack);
        m.put(BoundaryKind.MITIGATED, mit);
        m.put(BoundaryKind.RESOLVED, res);
        new OpenQuestions(inc, m).find(null);
        long t6 = System.nanoTime();
        sb.append(String.format("signals %.1f, incident %.1f, boundaries %.1f, trigger %.1f, impact %.1f, questions %.1f ms; onset lead %s%n",
                (t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6, (t4 - t3) / 1e6, (t5 - t4) / 1e6, (t6 - t5) / 1e6,
                inc.episode == null ? null : inc.signals.group(inc.episode.leadRef())));
        return sb.toString();
    }
}
