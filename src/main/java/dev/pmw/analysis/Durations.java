package dev.pmw.analysis;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/// Minutes between boundaries (ARCHITECTURE.md definitions); null when a boundary is missing.
/// time_to_detect = detected − impact_start; time_to_acknowledge = acknowledged − detected;
/// time_to_mitigate = mitigated − impact_start; time_to_resolve = resolved − impact_start.
public record Durations(Double timeToDetect, Double timeToAcknowledge, Double timeToMitigate, Double timeToResolve) {
    public static final Durations NONE = new Durations(null, null, null, null);

    public static Durations of(Map<BoundaryKind, Boundary> b) {
        Instant start = time(b, BoundaryKind.IMPACT_START);
        Instant detected = time(b, BoundaryKind.DETECTED);
        return new Durations(minutes(start, detected), minutes(detected, time(b, BoundaryKind.ACKNOWLEDGED)),
                minutes(start, time(b, BoundaryKind.MITIGATED)), minutes(start, time(b, BoundaryKind.RESOLVED)));
    }

    /// Minutes from `a` to `b` (negative when `b` is earlier), or null when either is missing.
    public static Double minutes(Instant a, Instant b) {
        return a == null || b == null ? null : Duration.between(a, b).toMillis() / 60_000.0;
    }

    private static Instant time(Map<BoundaryKind, Boundary> b, BoundaryKind k) {
        Boundary x = b.get(k);
        return x == null ? null : x.time();
    }
}
