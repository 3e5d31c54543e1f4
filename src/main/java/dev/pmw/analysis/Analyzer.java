package dev.pmw.analysis;

import dev.pmw.timeline.Row;
import dev.pmw.timeline.Timeline;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/// Derives the postmortem facts from a timeline: the five boundaries from named evidence, the
/// durations between them, the suspected trigger, the impact, a severity suggestion and the open
/// questions. Deterministic and free of I/O; it reads the log stores in a few columnar passes and
/// remembers the result for the next run, so it can run again after every edit. Safe to share
/// between threads.
public final class Analyzer {
    private final SeverityPolicy policy;
    /// The last log signals: recounting a million lines is the expensive part, and most edits do
    /// not change the stores, their clock corrections or the incident window.
    private final AtomicReference<LogSignals> lastSignals = new AtomicReference<>();

    public Analyzer() {
        this(SeverityPolicy.seed());
    }

    public Analyzer(SeverityPolicy policy) {
        this.policy = policy;
    }

    public Analysis analyze(Timeline timeline) {
        return analyze(timeline, Map.of());
    }

    /// @param pinnedEventIds boundaries the user pinned to a row (by event id); the others are derived.
    ///                       Later boundaries are derived relative to the pinned ones.
    public Analysis analyze(Timeline timeline, Map<BoundaryKind, String> pinnedEventIds) {
        IncidentEvidence inc = new IncidentEvidence(timeline, this::signals);
        BoundaryRules rules = new BoundaryRules(inc);
        Map<BoundaryKind, String> pins = pinnedEventIds == null ? Map.of() : pinnedEventIds;
        Map<BoundaryKind, Boundary> b = new EnumMap<>(BoundaryKind.class);
        Boundary start = boundary(timeline, pins, BoundaryKind.IMPACT_START, rules::impactStart);
        b.put(BoundaryKind.IMPACT_START, start);
        Boundary detected = boundary(timeline, pins, BoundaryKind.DETECTED, () -> rules.detected(start));
        b.put(BoundaryKind.DETECTED, detected);
        b.put(BoundaryKind.ACKNOWLEDGED, boundary(timeline, pins, BoundaryKind.ACKNOWLEDGED,
                () -> rules.acknowledged(start, detected)));
        Boundary mitigated = boundary(timeline, pins, BoundaryKind.MITIGATED, () -> rules.mitigated(start, detected));
        b.put(BoundaryKind.MITIGATED, mitigated);
        Boundary resolved = boundary(timeline, pins, BoundaryKind.RESOLVED, () -> rules.resolved(start, detected));
        b.put(BoundaryKind.RESOLVED, resolved);

        TriggerFinder.Result trigger = new TriggerFinder(inc, start, detected, mitigated).find();
        Impact impact = ImpactCounter.count(inc, start, mitigated, resolved);
        Severity severity = policy.assess(impact);
        DeclaredSeverity declared = DeclaredSeverity.find(inc);
        List<OpenQuestion> questions = new ArrayList<>(new OpenQuestions(inc, b).find(trigger.missing()));
        if (declared != null && severity != null) {
            OpenQuestion q = declared.disagreement(severity);
            if (q != null) {
                questions.add(q);
            }
            severity = declared.annotate(severity);
        }
        Map<String, String> missing = new LinkedHashMap<>();
        if (trigger.missing() != null) {
            missing.put("trigger", trigger.missing());
        }
        if (severity == null) {
            missing.put("severity", "no clause of the severity policy matches the impact");
        }
        return new Analysis(b, Durations.of(b), trigger.trigger(), trigger.runnersUp(), impact, severity,
                questions, missing);
    }

    private LogSignals signals(LogSignals.Key key) {
        LogSignals last = lastSignals.get();
        if (last != null && last.key.equals(key)) {
            return last;
        }
        LogSignals fresh = LogSignals.of(key);
        lastSignals.set(fresh);
        return fresh;
    }

    private static Boundary boundary(Timeline t, Map<BoundaryKind, String> pins, BoundaryKind kind,
                                     Supplier<Boundary> derive) {
        String id = pins.get(kind);
        if (id == null) {
            return derive.get();
        }
        Row row = t.byId(id);
        if (row != null) {
            return Boundary.pinned(kind, row.event().time(), id, "pinned by the user to "
                    + IncidentEvidence.describe(row.event()));
        }
        Boundary d = derive.get();
        String stale = "the pinned row " + id + " is no longer in the timeline, so this is derived again: ";
        return d.present()
                ? new Boundary(kind, d.time(), d.earliest(), d.latest(), d.evidence(), stale + d.rule(), null, false)
                : Boundary.missing(kind, stale + d.reason());
    }
}
