package dev.pmw.draft.openai;

import java.time.Duration;
import java.util.List;

/// The plain answer of "Test connection".
///
/// @param ok       reachable, key accepted and model found
/// @param problem  what failed when not ok: [AiFailure.Kind#DNS], `OFFLINE`, `TLS`, `KEY_REJECTED`,
///                 `MODEL_NOT_FOUND` …; null when ok
/// @param message  one sentence ("Reachable · key accepted · gpt-4o-mini found (132 ms)")
/// @param latency  time of the check
/// @param models   model ids the endpoint lists (empty when it does not list them)
public record ConnectionReport(boolean ok, AiFailure.Kind problem, String message, Duration latency, List<String> models) {
    public ConnectionReport {
        models = List.copyOf(models);
    }
}
