package dev.pmw.analysis;

import java.util.List;
import java.util.Map;

/// Impact figures from the evidence.
///
/// @param durationMinutes  impact start to mitigation, or null
/// @param failedRequests   failed requests in the impact window from logs, or null when logs carry none
/// @param failuresByClass  failed requests per status class or error type ("5xx", "SQLTransientConnectionException")
/// @param usersAffected    distinct user ids among failed requests, or null when logs carry none
/// @param symptoms         customer-facing symptoms and support tickets mentioned in chat
/// @param evidence         supporting row ids
public record Impact(Double durationMinutes, Long failedRequests, Map<String, Long> failuresByClass,
                     Long usersAffected, List<String> symptoms, List<String> evidence) {
    public Impact {
        failuresByClass = failuresByClass == null ? Map.of() : Map.copyOf(failuresByClass);
        symptoms = symptoms == null ? List.of() : List.copyOf(symptoms);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
