package dev.pmw.ingest.logs;

import dev.pmw.ingest.time.FastIso;
import dev.pmw.ingest.time.Timestamps;

/// Epoch numbers as logs write them (`1745532517537`, `1257894000.000123`, `"1534860261221373"`,
/// `"1700000000000000000"`), read exactly from their text (never through `double`). The unit follows
/// from the digits before the point (formats.md §0): ≤ 11 seconds, 12–14 milliseconds,
/// 15–17 microseconds, ≥ 18 nanoseconds.
final class Epochs {
    private Epochs() {
    }

    /// Whether `c[off, off+len)` is a plain decimal number (optional sign and fraction).
    static boolean isNumber(char[] c, int off, int len) {
        int i = off;
        int end = off + len;
        if (i < end && c[i] == '-') {
            i++;
        }
        boolean digit = false;
        boolean dot = false;
        for (; i < end; i++) {
            char ch = c[i];
            if (ch >= '0' && ch <= '9') {
                digit = true;
            } else if (ch == '.' && !dot) {
                dot = true;
            } else {
                return false;
            }
        }
        return digit;
    }

    /// Epoch nanoseconds, or [FastIso#FAIL].
    static long parse(char[] c, int off, int len) {
        int end = off + len;
        int i = off;
        boolean neg = false;
        if (i < end && c[i] == '-') {
            neg = true;
            i++;
        }
        int intStart = i;
        long whole = 0;
        while (i < end && c[i] >= '0' && c[i] <= '9') {
            if (i - intStart >= 19) {
                return FastIso.FAIL;
            }
            whole = whole * 10 + (c[i] - '0');
            i++;
        }
        int intDigits = i - intStart;
        if (intDigits == 0) {
            return slow(c, off, len);
        }
        int scale; // fraction digits that matter, and nanoseconds per unit
        long unitNanos;
        if (intDigits <= 11) {
            scale = 9;
            unitNanos = 1_000_000_000L;
        } else if (intDigits <= 14) {
            scale = 6;
            unitNanos = 1_000_000L;
        } else if (intDigits <= 17) {
            scale = 3;
            unitNanos = 1_000L;
        } else {
            scale = 0;
            unitNanos = 1;
        }
        long frac = 0;
        int fd = 0;
        if (i < end && c[i] == '.') {
            i++;
            while (i < end && c[i] >= '0' && c[i] <= '9') {
                if (fd < scale) {
                    frac = frac * 10 + (c[i] - '0');
                    fd++;
                }
                i++;
            }
        }
        if (i != end) {
            return slow(c, off, len); // exponent notation and the like
        }
        for (int k = fd; k < scale; k++) {
            frac *= 10;
        }
        long nanos;
        try {
            nanos = Math.addExact(Math.multiplyExact(whole, unitNanos), frac);
        } catch (ArithmeticException e) {
            return FastIso.FAIL;
        }
        return neg ? -nanos : nanos;
    }

    private static long slow(char[] c, int off, int len) {
        Timestamps.Parsed p = Timestamps.parseEpoch(new String(c, off, len));
        return p == null ? FastIso.FAIL : p.epochNanos();
    }
}
