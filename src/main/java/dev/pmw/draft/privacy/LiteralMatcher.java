package dev.pmw.draft.privacy;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/// Finds whole-word occurrences of many literal values at once (the user ids of a large log, the
/// names the user listed) with a character trie: one pass over the text, however many values.
final class LiteralMatcher {
    private static final class Node {
        final Map<Character, Node> next = new HashMap<>(4);
        boolean terminal;
    }

    private final Node root = new Node();
    private final boolean ignoreCase;
    private final Category category;
    private final int size;

    LiteralMatcher(Collection<String> values, boolean ignoreCase, Category category) {
        this.ignoreCase = ignoreCase;
        this.category = category;
        int n = 0;
        for (String v : values) {
            if (v == null || v.isBlank()) {
                continue;
            }
            Node node = root;
            for (char c : v.strip().toCharArray()) {
                node = node.next.computeIfAbsent(fold(c), k -> new Node());
            }
            node.terminal = true;
            n++;
        }
        this.size = n;
    }

    int size() {
        return size;
    }

    void find(String text, List<Match> out) {
        if (size == 0) {
            return;
        }
        int n = text.length();
        for (int i = 0; i < n; i++) {
            if (!boundaryBefore(text, i)) {
                continue;
            }
            Node node = root;
            int end = -1;
            for (int j = i; j < n; j++) {
                node = node.next.get(fold(text.charAt(j)));
                if (node == null) {
                    break;
                }
                if (node.terminal && boundaryAfter(text, j + 1)) {
                    end = j + 1;
                }
            }
            if (end > 0) {
                out.add(new Match(i, end, category));
                i = end - 1;
            }
        }
    }

    private char fold(char c) {
        return ignoreCase ? Character.toLowerCase(c) : c;
    }

    private static boolean idChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-';
    }

    /// `u_123` is not found inside `xu_123` or `12:u_123`… but is after `user=`, `(`, a space or `:`
    /// after a letter (`user:u_123`).
    private static boolean boundaryBefore(String s, int i) {
        if (i == 0) {
            return true;
        }
        char c = s.charAt(i - 1);
        if (idChar(c)) {
            return false;
        }
        return !((c == '.' || c == ':') && i >= 2 && Character.isDigit(s.charAt(i - 2)));
    }

    private static boolean boundaryAfter(String s, int i) {
        if (i >= s.length()) {
            return true;
        }
        char c = s.charAt(i);
        if (idChar(c)) {
            return false;
        }
        return !((c == '.' || c == ':') && i + 1 < s.length() && Character.isDigit(s.charAt(i + 1)));
    }

    static String normalise(String s) {
        return s.strip().toLowerCase(Locale.ROOT);
    }
}
