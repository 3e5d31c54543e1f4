package dev.pmw.draft.offline;

import java.util.Comparator;
import java.util.Set;
import java.util.regex.Pattern;

/// Takes people out of text that sits next to a cause: "deployed to production by @Marta Rius" becomes
/// "deployed to production", "@Dani Ortega you're ops lead" becomes "a responder you're ops lead".
final class Neutral {
    private Neutral() {
    }

    static String withoutPeople(String text, Set<String> people) {
        String s = text == null ? "" : text;
        for (String name : people.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList()) {
            String q = Pattern.quote(name);
            s = s.replaceAll("(?i)\\s*\\b(by|from|per)\\s+@?" + q + "(?![\\p{L}\\d])", "");
            s = s.replaceAll("(?<![\\p{L}\\d])@?" + q + "(?![\\p{L}\\d])", "a responder");
        }
        return s;
    }
}
