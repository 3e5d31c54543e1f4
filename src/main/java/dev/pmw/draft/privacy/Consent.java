package dev.pmw.draft.privacy;

import java.time.Instant;

/// The user agreed, after seeing the exact payload, that this project may send redacted evidence
/// to this endpoint.
///
/// @param endpoint         normalised base URL (`AiSettings.endpoint()`: scheme, lower-case host, port, path)
/// @param grantedAt        when
/// @param redactionSummary what the first payload had redacted ("3 e-mails, 12 user ids"), for the record
public record Consent(String endpoint, Instant grantedAt, String redactionSummary) {
    public Consent {
        if (endpoint == null || endpoint.isBlank()) {
            throw new IllegalArgumentException("endpoint is required");
        }
    }
}
