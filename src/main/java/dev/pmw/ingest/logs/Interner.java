package dev.pmw.ingest.logs;

/// Turns repeated short texts (service names, logger names) into one shared String without
/// allocating per line. Bounded: past its capacity it just makes new Strings.
final class Interner {
    private static final int MAX = 4096;
    private String[] table = new String[256];
    private int size;

    String intern(char[] c, int off, int len) {
        if (len > 200) {
            return new String(c, off, len);
        }
        int h = 0;
        for (int i = off; i < off + len; i++) {
            h = 31 * h + c[i];
        }
        int mask = table.length - 1;
        int slot = mix(h) & mask;
        while (true) {
            String s = table[slot];
            if (s == null) {
                break;
            }
            if (s.hashCode() == h && equal(s, c, off, len)) {
                return s;
            }
            slot = (slot + 1) & mask;
        }
        String s = new String(c, off, len);
        if (size >= MAX) {
            return s;
        }
        table[slot] = s;
        if (++size * 2 > table.length) {
            grow();
        }
        return s;
    }

    private static boolean equal(String s, char[] c, int off, int len) {
        if (s.length() != len) {
            return false;
        }
        for (int i = 0; i < len; i++) {
            if (s.charAt(i) != c[off + i]) {
                return false;
            }
        }
        return true;
    }

    private void grow() {
        String[] old = table;
        table = new String[old.length * 2];
        int mask = table.length - 1;
        for (String s : old) {
            if (s != null) {
                int slot = mix(s.hashCode()) & mask;
                while (table[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                table[slot] = s;
            }
        }
    }

    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        return h ^ (h >>> 13);
    }
}
