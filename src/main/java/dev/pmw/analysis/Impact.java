package dev.pmw.analysis;

import java.util.List;
import java.util.Map;

/// Impact figures from the evidence.
///
/// @param durationMinutes impact start to mitigation, or null
/// @param failedRequests  failed requests (HTTP 5xx request lines) in the impact window, or null when
///                        the logs carry no HTTP status (then [#failuresByError()] counts error lines)
/// @param requests        request lines in the impact window, or null when the logs carry no HTTP status
/// @param failuresByClass failed requests per status class and code ("5xx" → 142, "503" → 142)
/// @param failuresByError failed lines per error message template, most first
/// @param usersAffected   distinct user ids among failed lines, or null when those lines carry none
/// @param supportTickets  support tickets mentioned in chat, or null
/// @param symptoms        customer-facing symptoms and support tickets mentioned in chat
/// @param evidence        supporting row ids (the failing bursts, then the symptom messages)
public record Impact(Double durationMinutes, Long failedRequests, Long requests, Map<String, Long> failuresByClass,
                     Map<String, Long> failuresByError, Long usersAffected, Integer supportTickets,
                     List<Symptom> symptoms, List<String> evidence) {
    public Impact {
        failuresByClass = failuresByClass == null ? Map.of() : java.util.Collections.unmodifiableMap(
                new java.util.LinkedHashMap<>(failuresByClass));
        failuresByError = failuresByError == null ? Map.of() : java.util.Collections.unmodifiableMap(
                new java.util.LinkedHashMap<>(failuresByError));
        symptoms = symptoms == null ? List.of() : List.copyOf(symptoms);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    /// Share of failed requests in the impact window (0..1), or null when unknown.
    public Double failedShare() {
        return failedRequests == null || requests == null || requests == 0 ? null : failedRequests / (double) requests;
    }

    /// Whether anything shows that users or customers were affected.
    public boolean anyUserImpact() {
        return failedRequests != null && failedRequests > 0 || usersAffected != null && usersAffected > 0
                || !symptoms.isEmpty();
    }
}
