package dev.pmw.ingest.logs;

/// Cleans a message for display, in place: terminal escape sequences (colours `ESC[0;32m`, window
/// titles `ESC]0;…BEL`) and other control characters go, tabs and newlines stay, trailing white space
/// and line breaks go. The raw line stays in the file.
final class Ansi {
    private Ansi() {
    }

    /// Cleans `c[off, off+len)` in place and returns the new length.
    static int clean(char[] c, int off, int len) {
        int end = off + len;
        boolean dirty = false;
        for (int i = off; i < end; i++) {
            char ch = c[i];
            if (ch < 0x20 && ch != '\t' && ch != '\n' || ch == 0x7f || ch == 0x9b) {
                dirty = true;
                break;
            }
        }
        int w = end;
        if (dirty) {
            w = off;
            int i = off;
            while (i < end) {
                char ch = c[i];
                if (ch == 0x1b) {
                    i = skipEscape(c, i, end);
                } else if (ch == 0x9b) {
                    i = skipCsi(c, i + 1, end);
                } else if (ch == '\b') {
                    if (w > off) {
                        w--; // backspace over-striking ("D\bDetails" shows as "Details")
                    }
                    i++;
                } else if (ch < 0x20 && ch != '\t' && ch != '\n' || ch == 0x7f) {
                    i++;
                } else {
                    c[w++] = ch;
                    i++;
                }
            }
        }
        while (w > off && (c[w - 1] == '\n' || c[w - 1] == ' ' || c[w - 1] == '\t')) {
            w--;
        }
        return w - off;
    }

    static String clean(String s) {
        char[] c = s.toCharArray();
        int n = clean(c, 0, c.length);
        return n == s.length() ? s : new String(c, 0, n);
    }

    /// Index after the escape sequence starting at `c[i] == ESC`.
    private static int skipEscape(char[] c, int i, int end) {
        if (i + 1 >= end) {
            return end;
        }
        char k = c[i + 1];
        if (k == '[') {
            return skipCsi(c, i + 2, end);
        }
        if (k == ']' || k == 'P' || k == '_' || k == '^') {
            // OSC / DCS / APC / PM: until BEL or ESC '\'
            int j = i + 2;
            while (j < end) {
                if (c[j] == 0x07) {
                    return j + 1;
                }
                if (c[j] == 0x1b && j + 1 < end && c[j + 1] == '\\') {
                    return j + 2;
                }
                j++;
            }
            return end;
        }
        if (k == '(' || k == ')') {
            return Math.min(end, i + 3); // charset designation: ESC ( B
        }
        return i + 2;
    }

    /// CSI: parameter and intermediate bytes, then one final byte 0x40–0x7E.
    private static int skipCsi(char[] c, int j, int end) {
        while (j < end && c[j] >= 0x20 && c[j] <= 0x3f) {
            j++;
        }
        while (j < end && c[j] >= 0x20 && c[j] <= 0x2f) {
            j++;
        }
        return j < end && c[j] >= 0x40 && c[j] <= 0x7e ? j + 1 : j;
    }
}
