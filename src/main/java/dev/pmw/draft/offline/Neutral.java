package dev.pmw.draft.offline;

import java.util.Comparator;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/// Takes people out of text that sits next to a cause: "deployed to production by @Marta Rius" becomes
/// "deployed to production", "@Dani Ortega you're ops lead" becomes "a responder you're ops lead".
/// Built once per draft: one pattern over all the names, longest first.
final class Neutral {
    private final Pattern attribution;
    private final Pattern mention;

    Neutral(Set<String> people) {
        if (people.isEmpty()) {
            attribution = null;
            mention = null;
            return;
        }
        String names = people.stream().sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote)
                .collect(Collectors.joining("|"));
        attribution = Pattern.compile("(?i)\\s*\\b(?:by|from|per)\\s+@?(?:" + names + ")(?![\\p{L}\\d])");
        mention = Pattern.compile("(?<![\\p{L}\\d])@?(?:" + names + ")(?![\\p{L}\\d])");
    }

    String apply(String text) {
        String s = text == null ? "" : text;
        if (attribution == null) {
            return s;
        }
        s = attribution.matcher(s).replaceAll("");
        return mention.matcher(s).replaceAll(Matcher.quoteReplacement("a responder"));
    }
}
