package dev.pmw.analysis;

/// Minutes between boundaries (ARCHITECTURE.md definitions); null when a boundary is missing.
/// time_to_detect = detected − impact_start; time_to_acknowledge = acknowledged − detected;
/// time_to_mitigate = mitigated − impact_start; time_to_resolve = resolved − impact_start.
public record Durations(Double timeToDetect, Double timeToAcknowledge, Double timeToMitigate, Double timeToResolve) {
    public static final Durations NONE = new Durations(null, null, null, null);
}
