package dev.pmw.draft.privacy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/// A project's remembered consents, one per endpoint: small immutable data the project file stores.
/// No consent for an endpoint means the next request shows the payload and asks first; so does any
/// request the user asks to preview.
///
/// @param granted consents, oldest first
public record Consents(List<Consent> granted) {
    public static final Consents NONE = new Consents(List.of());

    public Consents {
        granted = granted == null ? List.of() : List.copyOf(granted);
    }

    /// Whether requests to `endpoint` may go without asking.
    public boolean covers(String endpoint) {
        return granted.stream().anyMatch(c -> c.endpoint().equals(endpoint));
    }

    /// These consents plus one for `endpoint` (replacing an older one for it).
    public Consents grant(String endpoint, Instant at, String redactionSummary) {
        List<Consent> out = new ArrayList<>(revoke(endpoint).granted);
        out.add(new Consent(endpoint, at, redactionSummary));
        return new Consents(out);
    }

    public Consents revoke(String endpoint) {
        return new Consents(granted.stream().filter(c -> !c.endpoint().equals(endpoint)).toList());
    }
}
