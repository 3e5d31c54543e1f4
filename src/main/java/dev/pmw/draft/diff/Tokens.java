package dev.pmw.draft.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/// Splits text into the units a word diff compares: a citation (`[e-abc, e-def]`), a run of
/// whitespace, a word (letters and digits, kept whole across inner `.:'’-/` so that `02:31`,
/// `v2.3.1` and `payment-service` are one token), or any other single character.
final class Tokens {
    private static final Pattern TOKEN = Pattern.compile(
            "\\[e-[0-9a-z]+(?:,\\s*e-[0-9a-z]+)*]"
                    + "|\\s+"
                    + "|[\\p{L}\\p{N}_]+(?:[.:'’/\\-][\\p{L}\\p{N}_]+)*"
                    + "|.", Pattern.DOTALL);

    private Tokens() {
    }

    static List<String> of(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /// Sentences with their trailing whitespace: the coarser units used when a word diff would be
    /// too large to compute.
    static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("[^.!?\\n]*(?:[.!?]+|\\n|$)\\s*").matcher(text);
        while (m.find()) {
            if (!m.group().isEmpty()) {
                out.add(m.group());
            }
        }
        return out;
    }
}
