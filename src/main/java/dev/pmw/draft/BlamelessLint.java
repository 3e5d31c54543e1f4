package dev.pmw.draft;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/// Finds sentences that make a person the subject of a cause ("Marta's change caused …", "Dani
/// forgot to …"): a person's name, or their first name, before a cause or blame verb in the same
/// sentence or table cell. Drafters must produce none; the editor shows them on user text.
public final class BlamelessLint {
    public static final Pattern CAUSE_VERBS = Pattern.compile("(?i)\\b(caus(?:ed|es|ing)|broke|breaks|triggered|"
            + "introduced|forgot|forgotten|missed|failed to|neglected|should(?:n't| not)? have|mistake|fault|to blame|"
            + "blamed?|responsible for|screwed up|messed up|overlooked|ignored|pushed a bad|shipped a bad)\\b");
    private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<=[.!?])\\s+|\\n|\\|");

    /// A sentence where `person` stands before `verb`.
    public record Finding(String sentence, String person, String verb) {
    }

    private BlamelessLint() {
    }

    public static List<Finding> check(String text, Collection<String> people) {
        List<Finding> out = new ArrayList<>();
        if (text == null || text.isBlank() || people.isEmpty()) {
            return out;
        }
        Set<String> names = names(people);
        for (String sentence : SENTENCE_BREAK.split(text)) {
            Matcher v = CAUSE_VERBS.matcher(sentence);
            if (!v.find()) {
                continue;
            }
            int lastVerb;
            String verb;
            do {
                lastVerb = v.start();
                verb = v.group();
            } while (v.find());
            for (String name : names) {
                Matcher n = Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(name) + "(?![\\p{L}\\d])").matcher(sentence);
                if (n.find() && n.start() < lastVerb) {
                    out.add(new Finding(sentence.strip(), name, verb));
                    break;
                }
            }
        }
        return out;
    }

    /// Full names and first names of three letters or more ("Dani Ortega", "Dani").
    static Set<String> names(Collection<String> people) {
        Set<String> out = new LinkedHashSet<>();
        for (String p : people) {
            String s = p.strip();
            if (s.isEmpty()) {
                continue;
            }
            out.add(s);
            String first = s.split("[\\s.]+")[0];
            if (first.length() >= 3 && !first.toLowerCase(Locale.ROOT).equals(s.toLowerCase(Locale.ROOT))) {
                out.add(first);
            }
        }
        return out;
    }
}
