package dev.pmw.model;

import java.nio.charset.StandardCharsets;

/// Stable event ids: `e-` plus 12 base-32 characters of a 64-bit hash of the source's file name
/// (not its folder, so a moved or renamed sample folder keeps its ids) and the record's own key.
public final class EventIds {
    private static final char[] ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz".toCharArray();

    private EventIds() {
    }

    public static String of(String sourceName, String recordKey) {
        long h = fnv1a64(SourceRef.fileName(sourceName == null ? "" : sourceName));
        h = fnv1a64(h ^ 0x1f, recordKey == null ? "" : recordKey);
        return "e-" + base32(mix(h), 12);
    }

    /// For records created by the user (manual rows): random but well-formed.
    public static String manual() {
        return "e-m" + base32(java.util.concurrent.ThreadLocalRandom.current().nextLong(), 11);
    }

    static long fnv1a64(String s) {
        return fnv1a64(0xcbf29ce484222325L, s);
    }

    static long fnv1a64(long seed, String s) {
        long h = seed;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return h;
    }

    static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }

    private static String base32(long v, int chars) {
        char[] out = new char[chars];
        for (int i = chars - 1; i >= 0; i--) {
            out[i] = ALPHABET[(int) (v & 31)];
            v >>>= 5;
        }
        return new String(out);
    }
}
