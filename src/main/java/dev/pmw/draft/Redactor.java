package dev.pmw.draft;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/// Removes personal data and secrets from text that leaves the machine: exports (secrets always;
/// e-mail addresses and phone numbers unless the user opts in) and AI prompts (everything below).
/// The ingest already redacts contact addresses in paging notifications and strips tokens from Slack
/// file URLs; this is the second line, over everything a document quotes.
public final class Redactor {
    /// What is redacted, and what replaces it.
    public enum Kind {
        SECRET("(redacted secret)"), EMAIL("(redacted e-mail)"), PHONE("(redacted phone)"), IP("(redacted IP)"),
        CARD("(redacted card number)");

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

    /// Query parameters that carry credentials: the value goes, the URL stays usable.
    private static final Pattern URL_SECRET_PARAM = Pattern.compile(
            "(?i)([?&](?:t|token|access_token|id_token|auth|key|api_key|apikey|sig|signature|password|secret|"
                    + "client_secret|code|x-amz-signature|x-amz-credential)=)[^&#\\s)>\\]\"'`|]+");
    private static final Pattern SECRET_TOKENS = Pattern.compile(String.join("|",
            "-----BEGIN [A-Z ]*PRIVATE KEY-----[\\s\\S]*?-----END [A-Z ]*PRIVATE KEY-----",
            "\\bxox[abposre]-[A-Za-z0-9-]{10,}",
            "\\bsk-(?:proj-|ant-)?[A-Za-z0-9_-]{20,}",
            "\\bgh[pousr]_[A-Za-z0-9]{30,}",
            "\\bgithub_pat_[A-Za-z0-9_]{30,}",
            "\\b(?:AKIA|ASIA)[0-9A-Z]{16}\\b",
            "\\bAIza[0-9A-Za-z_-]{35}",
            "\\beyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}"));
    private static final Pattern BEARER = Pattern.compile("(?i)\\b(bearer|basic)\\s+[A-Za-z0-9._~+/=-]{16,}");
    private static final Pattern ASSIGNED_SECRET = Pattern.compile(
            "(?i)\\b(password|passwd|pwd|secret|api[_-]?key|access[_-]?token|auth[_-]?token|client[_-]?secret)"
                    + "(\\s*[=:]\\s*)(?!\\(redacted)[^\\s,;&\"'`|]{4,}");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    /// International (`+34 612 345 678`) or North American (`(415) 555-0132`) numbers; dates, times,
    /// versions and ids do not match.
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\w+.-])(?:\\+\\d[\\d ()-]{7,}\\d|\\(?\\d{3}\\)?[ .-]\\d{3}[ .-]\\d{4})(?![\\w.-]*\\d)");
    private static final Pattern IP = Pattern.compile("(?<![\\w.])(?:(?:25[0-5]|2[0-4]\\d|1?\\d?\\d)\\.){3}(?:25[0-5]|2[0-4]\\d|1?\\d?\\d)(?![\\w.])");
    private static final Pattern CARD = Pattern.compile("(?<![\\w-])(?:\\d[ -]?){12,18}\\d(?![\\w-])");

    private final Set<Kind> kinds;

    public Redactor(Set<Kind> kinds) {
        this.kinds = kinds.isEmpty() ? EnumSet.noneOf(Kind.class) : EnumSet.copyOf(kinds);
    }

    /// For exports: secrets always; personal data (e-mail, phone) unless the user opted in.
    public static Redactor forExport(boolean includePersonalData) {
        return includePersonalData ? new Redactor(EnumSet.of(Kind.SECRET))
                : new Redactor(EnumSet.of(Kind.SECRET, Kind.EMAIL, Kind.PHONE));
    }

    /// For anything sent to a model: every kind.
    public static Redactor forModel() {
        return new Redactor(EnumSet.allOf(Kind.class));
    }

    public Set<Kind> kinds() {
        return EnumSet.copyOf(kinds.isEmpty() ? EnumSet.noneOf(Kind.class) : kinds);
    }

    public Result redact(String text) {
        Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
        if (text == null || text.isEmpty()) {
            return new Result(text == null ? "" : text, counts);
        }
        String s = text;
        if (kinds.contains(Kind.SECRET)) {
            s = replace(s, URL_SECRET_PARAM, m -> m.group(1) + "REDACTED", Kind.SECRET, counts);
            s = replace(s, SECRET_TOKENS, m -> Kind.SECRET.placeholder, Kind.SECRET, counts);
            s = replace(s, BEARER, m -> m.group(1) + " " + Kind.SECRET.placeholder, Kind.SECRET, counts);
            s = replace(s, ASSIGNED_SECRET, m -> m.group(1) + m.group(2) + Kind.SECRET.placeholder, Kind.SECRET, counts);
        }
        if (kinds.contains(Kind.EMAIL)) {
            s = replace(s, EMAIL, m -> Kind.EMAIL.placeholder, Kind.EMAIL, counts);
        }
        if (kinds.contains(Kind.CARD)) {
            s = replace(s, CARD, m -> luhn(m.group()) ? Kind.CARD.placeholder : m.group(), Kind.CARD, counts);
        }
        if (kinds.contains(Kind.PHONE)) {
            s = replace(s, PHONE, m -> Kind.PHONE.placeholder, Kind.PHONE, counts);
        }
        if (kinds.contains(Kind.IP)) {
            s = replace(s, IP, m -> Kind.IP.placeholder, Kind.IP, counts);
        }
        return new Result(s, counts);
    }

    /// The redacted text only.
    public String apply(String text) {
        return redact(text).text();
    }

    private static String replace(String s, Pattern p, java.util.function.Function<Matcher, String> f, Kind kind,
                                  Map<Kind, Integer> counts) {
        Matcher m = p.matcher(s);
        if (!m.find()) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        do {
            String replacement = f.apply(m);
            if (!replacement.equals(m.group())) {
                counts.merge(kind, 1, Integer::sum);
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
        } while (m.find());
        m.appendTail(sb);
        return sb.toString();
    }

    static boolean luhn(String digitsWithSeparators) {
        String d = digitsWithSeparators.replaceAll("[ -]", "");
        if (d.length() < 13 || d.length() > 19) {
            return false;
        }
        int sum = 0;
        boolean dbl = false;
        for (int i = d.length() - 1; i >= 0; i--) {
            int n = d.charAt(i) - '0';
            if (dbl) {
                n *= 2;
                if (n > 9) {
                    n -= 9;
                }
            }
            sum += n;
            dbl = !dbl;
        }
        return sum % 10 == 0;
    }
}
