package dev.pmw.draft;

import dev.pmw.draft.privacy.Match;
import dev.pmw.draft.privacy.Redactor;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/// Redaction for text that is shared as a file (exports, quotes in drafts): secrets always, e-mail
/// addresses and phone numbers unless the user opts in. The detectors are the privacy gate's
/// ([Redactor]), so an export and an AI request agree on what personal data is; only the rendering
/// differs — a readable "(redacted e-mail)" here, reversible placeholders there.
public final class ExportRedactor {
    /// What is redacted, and what replaces it.
    public enum Kind {
        SECRET("(redacted secret)"), EMAIL("(redacted e-mail)"), PHONE("(redacted phone)"), IP("(redacted IP)"),
        CARD("(redacted card number)"), IBAN("(redacted IBAN)");

        private final String placeholder;

        Kind(String placeholder) {
            this.placeholder = placeholder;
        }

        public String placeholder() {
            return placeholder;
        }
    }

    /// Redacted text and how many of each kind were replaced.
    public record Result(String text, Map<Kind, Integer> counts) {
        public int total() {
            return counts.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private static final Redactor DETECTORS = Redactor.standard();

    private final Set<Kind> kinds;

    public ExportRedactor(Set<Kind> kinds) {
        this.kinds = kinds.isEmpty() ? EnumSet.noneOf(Kind.class) : EnumSet.copyOf(kinds);
    }

    /// For exports: secrets always; personal data (e-mail, phone, card numbers, IBANs) unless the
    /// user opted in. IP addresses stay: they are infrastructure facts a postmortem needs.
    public static ExportRedactor forExport(boolean includePersonalData) {
        return includePersonalData ? new ExportRedactor(EnumSet.of(Kind.SECRET))
                : new ExportRedactor(EnumSet.of(Kind.SECRET, Kind.EMAIL, Kind.PHONE, Kind.CARD, Kind.IBAN));
    }

    public Set<Kind> kinds() {
        return kinds.isEmpty() ? EnumSet.noneOf(Kind.class) : EnumSet.copyOf(kinds);
    }

    public Result redact(String text) {
        Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
        if (text == null || text.isEmpty() || kinds.isEmpty()) {
            return new Result(text == null ? "" : text, counts);
        }
        StringBuilder sb = new StringBuilder(text.length());
        int pos = 0;
        for (Match m : DETECTORS.detect(text)) {
            Kind k = kind(m);
            if (k == null || !kinds.contains(k)) {
                continue;
            }
            sb.append(text, pos, m.start());
            // a credential in a URL parameter keeps the URL usable: ?t=REDACTED&width=200
            boolean urlParam = k == Kind.SECRET && m.start() > 0 && text.charAt(m.start() - 1) == '=';
            sb.append(urlParam ? "REDACTED" : k.placeholder());
            counts.merge(k, 1, Integer::sum);
            pos = m.end();
        }
        sb.append(text, pos, text.length());
        return new Result(sb.toString(), counts);
    }

    /// The redacted text only.
    public String apply(String text) {
        return redact(text).text();
    }

    private static Kind kind(Match m) {
        return switch (m.category()) {
            case TOKEN -> Kind.SECRET;
            case EMAIL -> Kind.EMAIL;
            case PHONE -> Kind.PHONE;
            case IP -> Kind.IP;
            case CARD -> Kind.CARD;
            case IBAN -> Kind.IBAN;
            case USER_ID, NAME -> null; // model-only: exports name people and may cite user ids
        };
    }
}
