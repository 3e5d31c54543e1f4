package dev.pmw.analysis;

import java.time.Instant;
import java.util.List;

/// A change that may have started the impact.
///
/// @param time       when the change happened
/// @param summary    one line ("invoice-reconciliation scheduled run started 02:00, 3 min before impact")
/// @param service    service changed, or null
/// @param version    version deployed, or null
/// @param commit     commit id, or null
/// @param confidence 0..1
/// @param evidence   supporting row ids
/// @param why        the reasons that raised or lowered its confidence
public record Trigger(Instant time, String summary, String service, String version, String commit,
                      double confidence, List<String> evidence, List<String> why) {
    public Trigger {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        why = why == null ? List.of() : List.copyOf(why);
    }
}
