package dev.pmw.draft.privacy;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/// The placeholders of one request: the same value always gets the same placeholder
/// (`<EMAIL_1>` everywhere `dani@ferropay.example` occurs, in any message of the request), and the
/// model's answer is mapped back with [#restore(String)].
///
/// Safe to share between the thread that builds a request and the one that streams the answer.
/// [#toString()] never shows a value.
public final class RedactionMap {
    /// A placeholder as the model may echo it: `<EMAIL_1>`, HTML-escaped `&lt;EMAIL_1&gt;`, or
    /// Markdown-escaped `\<EMAIL_1\>`.
    static final Pattern PLACEHOLDER = Pattern.compile(
            "(?:<|&lt;|\\\\<)(EMAIL|PHONE|IP|TOKEN|CARD|IBAN|USER|NAME)_(\\d{1,5})(?:>|&gt;|\\\\>)");

    /// One replaced value.
    ///
    /// @param placeholder `<EMAIL_1>`
    /// @param category    what it is
    /// @param value       the original text (first spelling seen)
    /// @param occurrences how many times it was replaced
    public record Entry(String placeholder, Category category, String value, int occurrences) {
        @Override
        public String toString() {
            return placeholder + " (" + category + ", " + occurrences + "×)";
        }
    }

    private final Map<String, String> byKey = new HashMap<>();
    private final Map<String, Entry> byPlaceholder = new LinkedHashMap<>();
    private final EnumMap<Category, Integer> counters = new EnumMap<>(Category.class);

    /// The placeholder for `value`, creating it on first sight.
    synchronized String placeholderFor(Category category, String value) {
        String key = category + "\u0000" + key(category, value);
        String ph = byKey.get(key);
        if (ph == null) {
            int n = counters.merge(category, 1, Integer::sum);
            ph = "<" + category.tag() + "_" + n + ">";
            byKey.put(key, ph);
            byPlaceholder.put(ph, new Entry(ph, category, value, 1));
        } else {
            Entry e = byPlaceholder.get(ph);
            byPlaceholder.put(ph, new Entry(ph, category, e.value(), e.occurrences() + 1));
        }
        return ph;
    }

    /// Spellings of one value that should share a placeholder: e-mail and names ignore case,
    /// numbers ignore their separators.
    private static String key(Category c, String v) {
        return switch (c) {
            case EMAIL, NAME -> v.toLowerCase(Locale.ROOT);
            case PHONE, CARD -> PatternDetectors.digits(v);
            case IBAN -> v.replace(" ", "").toUpperCase(Locale.ROOT);
            case IP -> v.toLowerCase(Locale.ROOT);
            default -> v;
        };
    }

    /// `text` with every known placeholder replaced by its original value. Placeholders this map
    /// never issued (a model inventing `<EMAIL_9>`) stay as they are.
    public synchronized String restore(String text) {
        if (text == null || byPlaceholder.isEmpty() || text.indexOf('<') < 0 && text.indexOf('&') < 0) {
            return text;
        }
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder sb = new StringBuilder(text.length());
        while (m.find()) {
            Entry e = byPlaceholder.get("<" + m.group(1) + "_" + m.group(2) + ">");
            m.appendReplacement(sb, Matcher.quoteReplacement(e == null ? m.group() : e.value()));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /// A restorer for an answer that arrives in pieces: a placeholder cut in two by the stream
    /// (`<EMA` + `IL_1>`) is still mapped back.
    public StreamingRestorer streamingRestorer() {
        return new StreamingRestorer(this);
    }

    /// Where the placeholders are in `text` (the payload preview highlights them).
    public synchronized List<Highlight> highlights(String text) {
        List<Highlight> out = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            Entry e = byPlaceholder.get("<" + m.group(1) + "_" + m.group(2) + ">");
            if (e != null) {
                out.add(new Highlight(m.start(), m.end(), e.category(), e.placeholder()));
            }
        }
        return out;
    }

    public synchronized List<Entry> entries() {
        return List.copyOf(byPlaceholder.values());
    }

    /// Distinct values replaced, per category.
    public synchronized Map<Category, Integer> counts() {
        EnumMap<Category, Integer> m = new EnumMap<>(Category.class);
        for (Entry e : byPlaceholder.values()) {
            m.merge(e.category(), 1, Integer::sum);
        }
        return m;
    }

    public synchronized boolean isEmpty() {
        return byPlaceholder.isEmpty();
    }

    /// "3 e-mails, 1 phone, 12 user ids", or "nothing redacted".
    public String summary() {
        Map<Category, Integer> counts = counts();
        if (counts.isEmpty()) {
            return "nothing redacted";
        }
        StringJoiner j = new StringJoiner(", ");
        counts.forEach((c, n) -> j.add(c.count(n)));
        return j.toString();
    }

    /// The summary over several requests (sections drafted one by one): a value redacted in three
    /// requests counts once.
    public static String summary(java.util.Collection<RedactionMap> maps) {
        RedactionMap all = new RedactionMap();
        for (RedactionMap m : maps) {
            for (Entry e : m.entries()) {
                all.placeholderFor(e.category(), e.value());
            }
        }
        return all.summary();
    }

    @Override
    public String toString() {
        return "RedactionMap[" + summary() + "]";
    }
}
