package dev.pmw.draft.check;

import java.util.Map;

/// Just enough English morphology to turn "should have caught" into "did not catch".
final class EnglishVerbs {
    private static final Map<String, String> IRREGULAR = Map.ofEntries(
            Map.entry("been", "be"), Map.entry("caught", "catch"), Map.entry("known", "know"), Map.entry("seen", "see"),
            Map.entry("taken", "take"), Map.entry("done", "do"), Map.entry("written", "write"), Map.entry("gone", "go"),
            Map.entry("run", "run"), Map.entry("found", "find"), Map.entry("thought", "think"), Map.entry("told", "tell"),
            Map.entry("given", "give"), Map.entry("made", "make"), Map.entry("read", "read"), Map.entry("set", "set"),
            Map.entry("put", "put"), Map.entry("shut", "shut"), Map.entry("sent", "send"), Map.entry("kept", "keep"),
            Map.entry("built", "build"), Map.entry("spent", "spend"), Map.entry("felt", "feel"), Map.entry("got", "get"),
            Map.entry("gotten", "get"), Map.entry("rolled", "roll"), Map.entry("spotted", "spot"), Map.entry("stopped", "stop"),
            Map.entry("noticed", "notice"), Map.entry("asked", "ask"), Map.entry("brought", "bring"),
            Map.entry("chosen", "choose"), Map.entry("understood", "understand"), Map.entry("woken", "wake"));

    private EnglishVerbs() {
    }

    /// The base form of a past participle, or null when unsure.
    static String base(String participle) {
        String w = participle.toLowerCase(java.util.Locale.ROOT);
        String irregular = IRREGULAR.get(w);
        if (irregular != null) {
            return irregular;
        }
        if (!w.endsWith("ed") || w.length() < 5) {
            return null;
        }
        if (w.endsWith("ied")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        String stem = w.substring(0, w.length() - 2);
        char last = stem.charAt(stem.length() - 1);
        char prev = stem.charAt(stem.length() - 2);
        if (last == prev && "lsfz".indexOf(last) < 0) {
            return stem.substring(0, stem.length() - 1);         // planned → plan
        }
        if (stem.endsWith("at") || stem.endsWith("iz") || stem.endsWith("ur") || stem.endsWith("ut")
                || "cgvu".indexOf(last) >= 0 || last == 's' && prev != 's') {
            return stem + "e";                                    // rotated → rotate, paged → page
        }
        return stem;
    }
}
