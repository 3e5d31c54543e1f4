package dev.pmw.draft.privacy;

import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/// Runs a pattern only where a value can begin: at a character the value can start with that does
/// not continue a word. Trying a pattern at every position of a megabyte of log text is what makes
/// naive redaction slow; the numbers, addresses and ids here all start at a word boundary.
final class WordStarts {
    /// No address or number the detectors look for is longer than this (an IPv6 address with an
    /// embedded IPv4 is 45 characters, a spaced IBAN 42).
    static final int SHORT = 64;
    /// Keys and tokens can be long (a JWT with many claims); a token longer than this would only
    /// have its first part replaced.
    static final int LONG = 16_384;

    interface Hit {
        void accept(Matcher m);
    }

    private WordStarts() {
    }

    static void scan(String text, Pattern pattern, IntPredicate first, Hit hit) {
        scan(text, pattern, first, true, SHORT, hit);
    }

    /// @param wordStart only where the previous character does not continue a word
    /// @param window    the longest match wanted
    static void scan(String text, Pattern pattern, IntPredicate first, boolean wordStart, int window, Hit hit) {
        Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (!first.test(c) || wordStart && i > 0 && isWordChar(text.charAt(i - 1))) {
                continue;
            }
            m.region(i, Math.min(n, i + window));
            if (m.lookingAt()) {
                hit.accept(m);
                i = Math.max(i, m.end() - 1);
            }
        }
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    static boolean digit(int c) {
        return c >= '0' && c <= '9';
    }

    static boolean hex(int c) {
        return digit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    static boolean upper(int c) {
        return c >= 'A' && c <= 'Z';
    }
}
