package dev.pmw.ingest.slack;

import java.util.Locale;
import java.util.Set;

/// URLs we keep from Slack data lose their credentials: file links carry `?t=xoxe-…` or `?token=…`
/// values that grant access to private files. We never fetch these URLs; we only show them.
final class SlackUrls {
    private static final Set<String> SECRET_PARAMS = Set.of("t", "token", "access_token", "auth", "key", "sig", "signature");

    private SlackUrls() {
    }

    /// The URL without query parameters that hold tokens (by name, or by a `xox…` Slack token value).
    static String stripTokens(String url) {
        if (url == null) {
            return null;
        }
        int q = url.indexOf('?');
        if (q < 0) {
            return url;
        }
        int hash = url.indexOf('#', q);
        String query = hash < 0 ? url.substring(q + 1) : url.substring(q + 1, hash);
        String fragment = hash < 0 ? "" : url.substring(hash);
        StringBuilder kept = new StringBuilder();
        for (String param : query.split("&")) {
            if (param.isEmpty()) {
                continue;
            }
            int eq = param.indexOf('=');
            String key = (eq < 0 ? param : param.substring(0, eq)).toLowerCase(Locale.ROOT);
            String value = eq < 0 ? "" : param.substring(eq + 1);
            if (SECRET_PARAMS.contains(key) || value.startsWith("xox")) {
                continue;
            }
            kept.append(kept.isEmpty() ? "" : "&").append(param);
        }
        return url.substring(0, q) + (kept.isEmpty() ? "" : "?" + kept) + fragment;
    }
}
