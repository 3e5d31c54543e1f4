package dev.pmw.draft.privacy;

import dev.pmw.draft.privacy.WordStarts.Hit;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/// The built-in detectors. Each one is tuned for precision as much as recall: the text they scan
/// is full of timestamps (`2026-02-16T02:12:00Z`), versions (`10.0.3`), commit shas, event ids,
/// monitor ids and durations, and redacting those would make the model's answer useless.
final class PatternDetectors {
    /// After a value: not a word character, and not a separator followed by more digits
    /// (`10.0.0.1.5`, `555-0100-22`, `02:12`).
    private static final String END = "(?![\\w@]|[.:-]\\d)";

    private static final Pattern EMAIL = Pattern.compile(
            "(?<![\\w.%+-])[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\\.[A-Za-z]{2,24}(?![\\w-])");

    /// A secret pattern, the characters a match can start with, and the lower-case literals one of
    /// which any match contains: a text without them skips the pattern (most texts hold no secrets,
    /// and a log slice can be megabytes). Group 1, when the pattern has it, is the secret inside a
    /// longer match (`Bearer <secret>`, `?token=<secret>`).
    private record Secret(Pattern pattern, String firsts, boolean wordStart, List<String> triggers) {
        Secret(String regex, String firsts, String... triggers) {
            this(Pattern.compile(regex), firsts, !firsts.equals("?&;"), List.of(triggers));
        }

        boolean canStartWith(int c) {
            return firsts.indexOf(c) >= 0;
        }
    }

    private static final List<Secret> TOKENS = List.of(
            new Secret("(?<![\\w-])sk-(?:proj-|live-|test-|ant-|svcacct-|admin-)?[A-Za-z0-9_-]{16,}", "s", "sk-"),
            new Secret("(?<![\\w-])(?:sk|rk|pk)_(?:live|test)_[A-Za-z0-9]{16,}", "srp", "_live_", "_test_"),
            new Secret("(?<![\\w-])xox[abeoprs]-[A-Za-z0-9-]{10,}", "x", "xox"),
            new Secret("(?<![A-Za-z0-9])(?:AKIA|ASIA)[0-9A-Z]{16}(?![A-Za-z0-9])", "A", "akia", "asia"),
            new Secret("(?<![\\w-])gh[pousr]_[A-Za-z0-9]{30,}", "g", "gh"),
            new Secret("(?<![\\w-])github_pat_[A-Za-z0-9_]{22,}", "g", "github_pat_"),
            new Secret("(?<![\\w-])glpat-[A-Za-z0-9_-]{20,}", "g", "glpat-"),
            new Secret("(?<![\\w-])AIza[0-9A-Za-z_-]{35}", "A", "aiza"),
            new Secret("(?<![\\w-])eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}", "e", "eyj"),
            new Secret("(?i)bearer\\s+([A-Za-z0-9._~+/-]{8,}=*)", "bB", "bearer"),
            new Secret("(?i)basic\\s+([A-Za-z0-9+/]{12,}={0,2})(?![\\w+/=])", "bB", "basic"),
            new Secret("[?&;](?i:token|t|access_token|id_token|refresh_token|api_key|apikey|key|sig|signature"
                    + "|password|pwd|secret|auth|code)=([^&\\s#\"'<>]{4,})", "?&;", "="),
            new Secret("(?i)(?:password|passwd|pwd|secret|client[_-]?secret|api[_-]?key|access[_-]?key"
                    + "|auth[_-]?token|private[_-]?key)[\"']?\\s*[:=]\\s*[\"']?([^\\s\"',;&<>]{4,})", "pPsScCaA",
                    "pass", "pwd", "secret", "key", "token"));

    private static final Pattern IPV4 = Pattern.compile(
            "(?<![\\w.])(?:(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)"
                    + "(?![\\w]|\\.\\d)");
    private static final Pattern IPV4_EXACT = Pattern.compile(
            "(?:(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");
    private static final Pattern VERSION_WORD = Pattern.compile("(?i)(?:version|release|build|ver|rev)\\s*[:=]?\\s*$");
    /// Candidates only; [#ipv6(String)] decides.
    private static final Pattern IPV6 = Pattern.compile(
            "(?<![\\w:.-])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?:\\.\\d{1,3}){0,3}(?![\\w:]|\\.\\d)");

    private static final Pattern CARD = Pattern.compile("(?<![\\w.+-])(?:\\d{13,19}|\\d{4}([ -])\\d{4}\\1\\d{4}\\1\\d{4}"
            + "(?:\\1\\d{1,3})?|\\d{4}([ -])\\d{6}\\2\\d{4,5})" + END);

    private static final Pattern IBAN = Pattern.compile(
            "(?<![A-Za-z0-9])[A-Z]{2}\\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?(?![A-Za-z0-9])");

    /// A phone pattern; the value is group [#group()] (the labelled form keeps its label) and has
    /// at least `minDigits` digits (dates such as `01-02-2026` have eight).
    private record Phone(Pattern pattern, int group, int minDigits) {
    }

    private static final List<Phone> PHONES = List.of(
            // international: +34 612 345 678, +1 (415) 555-0132, 0044 20 7946 0958
            new Phone(Pattern.compile("(?<![\\w+])(?:\\+|00)[1-9]\\d{0,2}(?:[ .-]?\\(?\\d{1,4}\\)?){2,6}" + END), 0, 8),
            // North American: (415) 555-0132, 415-555-0132, 415.555.0132
            new Phone(Pattern.compile("(?<![\\w+.-])(?:\\(\\d{3}\\) ?|\\d{3}[-. ])\\d{3}[-. ]\\d{4}" + END), 0, 10),
            // trunk prefix 0, one separator throughout: 020 7946 0958, 06 12 34 56 78, 0612-345-678
            new Phone(Pattern.compile("(?<![\\w+.:-])0\\d{1,4}([ -])\\d{2,4}(?:\\1\\d{2,4}){1,4}" + END), 0, 9),
            // Spanish numbers without a prefix: 612 345 678, 912 34 56 78
            new Phone(Pattern.compile("(?<![\\w+.:-])[6-9]\\d{2}(?: \\d{3} \\d{3}| \\d{2} \\d{2} \\d{2})" + END), 0, 9),
            // labelled: "phone: 612345678", "tel 4155550132"
            new Phone(Pattern.compile("(?i)\\b(?:phone|tel|telephone|mobile|cell|whatsapp|sms)\\b\\.?\\s*(?:no\\.?|number|#)?"
                    + "\\s*[:=]?\\s*(\\+?\\d[\\d ().-]{5,18}\\d)" + END), 1, 7));

    private static final List<String> LABELS = List.of("phone", "tel", "mobile", "cell", "whatsapp", "sms");

    /// A user field written into a log message: `user_id=u_88298`, `"userId": "8f2c…"`, `user=dani`.
    /// The caller also passes the values of the logs' structured user fields ([Redactor#withUserIds]);
    /// this catches the ones only present in message text.
    private static final Pattern USER_FIELD = Pattern.compile(
            "(?i)(?:[\"']?(?:user[_-]?id|userid|uid|customer[_-]?id|account[_-]?id|member[_-]?id)[\"']?\\s*[:=]\\s*|user=)"
                    + "[\"']?([A-Za-z0-9][A-Za-z0-9_.@+:-]{2,63})");
    private static final java.util.Set<String> NOT_A_USER = java.util.Set.of("null", "none", "nil", "unknown",
            "anonymous", "undefined", "n/a");

    private PatternDetectors() {
    }

    static void find(String text, List<Match> out) {
        emails(text, out);
        String lower = text.toLowerCase(Locale.ROOT);
        for (Secret secret : TOKENS) {
            if (secret.triggers().stream().noneMatch(lower::contains)) {
                continue;
            }
            WordStarts.scan(text, secret.pattern(), secret::canStartWith, secret.wordStart(), WordStarts.LONG,
                    m -> {
                int g = m.groupCount() >= 1 && m.group(1) != null ? 1 : 0;
                out.add(new Match(m.start(g), m.end(g), Category.TOKEN));
            });
        }
        if (lower.contains("user") || lower.contains("uid") || lower.contains("customer") || lower.contains("account")
                || lower.contains("member")) {
            WordStarts.scan(text, USER_FIELD, c -> c == '"' || c == '\'' || "uUcCaAmM".indexOf(c) >= 0, true,
                    WordStarts.SHORT * 2, m -> {
                        if (!NOT_A_USER.contains(m.group(1).toLowerCase(Locale.ROOT))) {
                            out.add(new Match(m.start(1), m.end(1), Category.USER_ID));
                        }
                    });
        }
        WordStarts.scan(text, IPV4, WordStarts::digit, m -> {
            // "version 10.0.3.1" is a four-part version, not an address
            String before = text.substring(Math.max(0, m.start() - 12), m.start());
            if (!VERSION_WORD.matcher(before).find()) {
                out.add(new Match(m.start(), m.end(), Category.IP));
            }
        });
        WordStarts.scan(text, IPV6, c -> WordStarts.hex(c) || c == ':', m -> {
            if (ipv6(m.group())) {
                out.add(new Match(m.start(), m.end(), Category.IP));
            }
        });
        WordStarts.scan(text, CARD, WordStarts::digit, m -> {
            if (Checksums.cardNumber(digits(m.group()))) {
                out.add(new Match(m.start(), m.end(), Category.CARD));
            }
        });
        WordStarts.scan(text, IBAN, WordStarts::upper, m -> iban(m, out));
        for (Phone p : PHONES) {
            Hit hit = m -> {
                int n = digits(m.group(p.group())).length();
                if (n >= p.minDigits() && n <= 15) {
                    out.add(new Match(m.start(p.group()), m.end(p.group()), Category.PHONE));
                }
            };
            if (p.group() == 0) {
                WordStarts.scan(text, p.pattern(), c -> WordStarts.digit(c) || c == '+' || c == '(', hit);
            } else if (LABELS.stream().anyMatch(lower::contains)) {
                Matcher m = p.pattern().matcher(text);
                while (m.find()) {
                    hit.accept(m);
                }
            }
        }
    }

    /// Only the stretch around each `@` is matched: trying the pattern at every position of a large
    /// log is what would make redaction slow.
    private static void emails(String text, List<Match> out) {
        Matcher m = EMAIL.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int from = 0;
        for (int at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
            int left = at;
            while (left > from && left > at - 64 && localChar(text.charAt(left - 1))) {
                left--;
            }
            int right = at + 1;
            while (right < text.length() && right < at + 256 && domainChar(text.charAt(right))) {
                right++;
            }
            m.region(left, right);
            if (m.find()) {
                out.add(new Match(m.start(), m.end(), Category.EMAIL));
                from = m.end();
                at = Math.max(at, m.end() - 1);
            }
        }
    }

    private static boolean localChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || "._%+-".indexOf(c) >= 0);
    }

    private static boolean domainChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '-');
    }

    /// Candidates are checked here rather than in one unreadable regular expression. Clock times
    /// (`02:12:00`) and MAC addresses have no `::` and fewer than eight groups, so they fail.
    static boolean ipv6(String s) {
        if (s.startsWith(":") && !s.startsWith("::") || s.endsWith(":") && !s.endsWith("::")) {
            return false;
        }
        int dc = s.indexOf("::");
        if (dc >= 0 && s.indexOf("::", dc + 1) >= 0) {
            return false;
        }
        String hex = s;
        int groups = 0;
        if (s.indexOf('.') >= 0) {
            int lastColon = s.lastIndexOf(':');
            if (!IPV4_EXACT.matcher(s.substring(lastColon + 1)).matches()) {
                return false;
            }
            hex = s.substring(0, lastColon);
            groups = 2;                                   // an embedded IPv4 counts as two groups
        }
        boolean letter = false;
        for (String g : hex.split(":", -1)) {
            if (g.length() > 4) {
                return false;
            }
            for (int i = 0; i < g.length(); i++) {
                if (Character.digit(g.charAt(i), 16) < 0) {
                    return false;
                }
                letter |= Character.isLetter(g.charAt(i));
            }
            groups += g.isEmpty() ? 0 : 1;
        }
        if (dc < 0) {
            return groups == 8;
        }
        return groups <= 7 && (letter || groups >= 3 || s.equals("::1"));
    }

    /// The last groups of a candidate may belong to the next word (`… 1332 THEN`): shorter
    /// prefixes, cut between groups, are tried too.
    private static void iban(Matcher m, List<Match> out) {
        String cand = m.group();
        for (int end = cand.length(); end >= 15; end--) {
            if (end < cand.length() && cand.charAt(end) != ' ') {
                continue;
            }
            if (Checksums.iban(cand.substring(0, end).replace(" ", "").toUpperCase(Locale.ROOT))) {
                out.add(new Match(m.start(), m.start() + end, Category.IBAN));
                return;
            }
        }
    }

    static String digits(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
