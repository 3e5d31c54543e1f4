package dev.pmw.draft.check;

import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/// Finds the people and services a sentence names: those the evidence knows (actors, services,
/// responders, names the caller adds), people also by first name, plus any word that looks like a
/// service (`ledger-service`, `auth-api`) so that an invented one is caught too.
///
/// Word by word with hash look-ups (a name is one to four words), not one big alternation: a
/// 3,000-word document with sixty known names checks in a few milliseconds.
final class NameFinder {
    private static final Pattern SERVICE_LIKE = Pattern.compile("[a-z][a-z0-9]*(?:-[a-z0-9]+)*-(?:service|svc|api"
            + "|worker|workers|gateway|proxy|db|cache|queue|job|jobs|cron|consumer|producer|server|backend|frontend)");
    private static final int MAX_WORDS = 4;

    /// Exact spelling → the name as the evidence spells it ("Dani" → "Dani Ortega").
    private final Map<String, String> people = new HashMap<>();
    /// Lower-case spelling → the service's name.
    private final Map<String, String> services = new HashMap<>();

    NameFinder(Collection<String> personNames, Collection<String> serviceNames) {
        for (String n : personNames) {
            String name = n == null ? "" : n.strip().replaceAll("\\s+", " ");
            if (name.length() < 2 || !Character.isUpperCase(name.charAt(0))) {
                continue;                             // "payments-bot", "tomasv" cannot be told from words
            }
            people.putIfAbsent(name, name);
            int sp = name.indexOf(' ');
            if (sp >= 3) {
                people.putIfAbsent(name.substring(0, sp), name);
            }
        }
        for (String n : serviceNames) {
            if (n != null && n.strip().length() >= 3) {
                services.putIfAbsent(n.strip().toLowerCase(Locale.ROOT), n.strip());
            }
        }
    }

    void find(String text, int from, int to, BitSet taken, List<Claim> out) {
        int i = from;
        while (i < to) {
            if (!nameChar(text.charAt(i)) || i > 0 && nameChar(text.charAt(i - 1))) {
                i++;
                continue;
            }
            int firstEnd = wordEnd(text, i, to);
            int best = -1;
            String name = null;
            int end = firstEnd;
            for (int k = 1; k <= MAX_WORDS; k++) {
                String cand = text.substring(i, end);
                String found = people.get(cand);
                if (found == null) {
                    found = services.get(cand.toLowerCase(Locale.ROOT));
                }
                if (found != null) {
                    best = end;
                    name = found;
                }
                if (end + 1 < to && text.charAt(end) == ' ' && nameChar(text.charAt(end + 1))) {
                    end = wordEnd(text, end + 1, to);
                } else {
                    break;
                }
            }
            if (best < 0 && text.indexOf('-', i) >= 0 && text.indexOf('-', i) < firstEnd
                    && SERVICE_LIKE.matcher(text.substring(i, firstEnd)).matches()) {
                best = firstEnd;
                name = text.substring(i, firstEnd);
            }
            if (best > 0 && taken.get(i, best).isEmpty()) {
                out.add(new Claim.Name(i, best, text.substring(i, best), name));
                taken.set(i, best);
                i = best;
            } else {
                i = firstEnd;
            }
        }
    }

    private static boolean nameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-';
    }

    /// End of the word at `i`; a trailing hyphen is not part of it ("payment-service-").
    private static int wordEnd(String s, int i, int to) {
        int j = i;
        while (j < to && nameChar(s.charAt(j))) {
            j++;
        }
        while (j > i + 1 && s.charAt(j - 1) == '-') {
            j--;
        }
        return j;
    }
}
