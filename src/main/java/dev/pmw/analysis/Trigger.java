package dev.pmw.analysis;

import dev.pmw.model.EventKind;

import java.time.Instant;
import java.util.List;

/// A change that may have started the impact.
///
/// @param time       when the change happened
/// @param kind       deploy, rollback, config change, commit or job run
/// @param summary    one line ("invoice-reconciliation scheduled run started 02:00 UTC, 3 min before the impact start")
/// @param service    service changed, or null
/// @param version    version deployed (by the change or the deploy that set it up), or null
/// @param commit     commit id, or null
/// @param confidence 0..1
/// @param evidence   supporting row ids, the change itself first
/// @param why        the reasons that raised or lowered its confidence, in plain words
public record Trigger(Instant time, EventKind kind, String summary, String service, String version, String commit,
                      double confidence, List<String> evidence, List<String> why) {
    public Trigger {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        why = why == null ? List.of() : List.copyOf(why);
    }
}
