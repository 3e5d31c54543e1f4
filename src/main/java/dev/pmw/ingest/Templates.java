package dev.pmw.ingest;

/// Message templates: a log message with every word that contains a digit replaced by `#`, so
/// "request 4711 timed out after 30000ms" and "request 12 timed out after 30000ms" share the
/// template "request # timed out after #". Lines of the same template close in time form bursts.
public final class Templates {
    private Templates() {
    }

    static final long SEED = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;
    /// Template text is cut here: long messages rarely differ only after this point.
    static final int MAX_TEMPLATE_CHARS = 240;

    public static long hash(CharSequence s) {
        return hash(s, 0, s.length());
    }

    /// Hash of the template of `s[from, to)`, without building the template string. Mirrors
    /// [#of(CharSequence)] exactly: equal templates give equal hashes.
    public static long hash(CharSequence s, int from, int to) {
        char[] c = new char[to - from];
        for (int i = from; i < to; i++) {
            c[i - from] = s.charAt(i);
        }
        return hash(c, 0, c.length);
    }

    /// The allocation-free core of [#hash(CharSequence, int, int)] over `c[off, off+len)`.
    public static long hash(char[] c, int off, int len) {
        int to = off + len;
        long h = SEED;
        long wordStart = SEED;
        int tl = 0;
        int tlStart = 0;
        int inWord = 0; // ints, not booleans: the end is computed without a branch
        int digit = 0;
        for (int i = off; i < to; i++) {
            char ch = c[i];
            if (isWordChar(ch)) {
                if (inWord == 0) {
                    inWord = 1;
                    digit = 0;
                    wordStart = h;
                    tlStart = tl;
                }
                if (ch >= '0' && ch <= '9') {
                    digit = 1;
                }
                h = (h ^ ch) * PRIME;
                tl++;
            } else {
                if (inWord != 0) {
                    if (digit != 0) {
                        h = (wordStart ^ '#') * PRIME;
                        tl = tlStart + 1;
                    }
                    inWord = 0;
                }
                if (tl >= MAX_TEMPLATE_CHARS) {
                    return h;
                }
                h = (h ^ ch) * PRIME;
                tl++;
            }
        }
        // branch-free on purpose: whether a message ends inside a word with digits is data, and a
        // branch the JIT saw go one way only would deoptimise the whole inlined parse loop later
        long last = (wordStart ^ '#') * PRIME;
        long mask = -(long) (inWord & digit);
        return h ^ ((h ^ last) & mask);
    }

    /// [#hash(char[], int, int)] of ASCII text given as bytes: for ASCII the two are equal.
    public static long hashAscii(byte[] b, int off, int len) {
        int to = off + len;
        long h = SEED;
        long wordStart = SEED;
        int tl = 0;
        int tlStart = 0;
        int inWord = 0; // ints, not booleans: the end is computed without a branch
        int digit = 0;
        for (int i = off; i < to; i++) {
            int ch = b[i] & 0xff;
            if (ch >= 128 || WORD[ch]) {
                if (inWord == 0) {
                    inWord = 1;
                    digit = 0;
                    wordStart = h;
                    tlStart = tl;
                }
                if (ch >= '0' && ch <= '9') {
                    digit = 1;
                }
                h = (h ^ ch) * PRIME;
                tl++;
            } else {
                if (inWord != 0) {
                    if (digit != 0) {
                        h = (wordStart ^ '#') * PRIME;
                        tl = tlStart + 1;
                    }
                    inWord = 0;
                }
                if (tl >= MAX_TEMPLATE_CHARS) {
                    return h;
                }
                h = (h ^ ch) * PRIME;
                tl++;
            }
        }
        // branch-free on purpose: whether a message ends inside a word with digits is data, and a
        // branch the JIT saw go one way only would deoptimise the whole inlined parse loop later
        long last = (wordStart ^ '#') * PRIME;
        long mask = -(long) (inWord & digit);
        return h ^ ((h ^ last) & mask);
    }

    /// The template text itself (built once per template, for display).
    public static String of(CharSequence s) {
        StringBuilder out = new StringBuilder(Math.min(s.length(), MAX_TEMPLATE_CHARS + 1));
        int wordStart = -1;
        boolean digit = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isWordChar(c)) {
                if (wordStart < 0) {
                    wordStart = out.length();
                    digit = false;
                }
                if (c >= '0' && c <= '9') {
                    digit = true;
                }
                out.append(c);
            } else {
                if (wordStart >= 0 && digit) {
                    out.setLength(wordStart);
                    out.append('#');
                }
                wordStart = -1;
                if (out.length() >= MAX_TEMPLATE_CHARS) {
                    out.append('…');
                    return out.toString();
                }
                out.append(c);
            }
        }
        if (wordStart >= 0 && digit) {
            out.setLength(wordStart);
            out.append('#');
        }
        return out.toString();
    }

    private static boolean isWordChar(char c) {
        if (c < 128) {
            return WORD[c];
        }
        return Character.isLetterOrDigit(c);
    }

    private static final boolean[] WORD = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            WORD[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
        }
    }
}
