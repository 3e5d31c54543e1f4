package dev.pmw.ingest.time;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/// Allocation-free ISO-8601 reader for the shapes logs actually use:
/// `2026-02-16T02:03:11Z`, `…​.482Z`, `…​.237222729+01:00`, `…​-0800`, `…​+01`, a space instead of
/// `T`, and naive times (no offset: read in a given zone). 0–9 fraction digits.
/// Returns epoch nanoseconds, or [#FAIL] when the text is not such a timestamp.
public final class FastIso {
    public static final long FAIL = Long.MIN_VALUE;
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private FastIso() {
    }

    public static long parse(CharSequence s, ZoneId naiveZone) {
        return parse(s, 0, s.length(), naiveZone);
    }

    /// The allocation-free core: reads `c[off, off+len)`.
    /// @param naiveZone zone for times without offset; null makes such times fail
    public static long parse(char[] c, int off, int len, ZoneId naiveZone) {
        int from = off;
        int to = off + len;
        if (len < 19 || off < 0 || to > c.length) {
            return FAIL;
        }
        int year = digits(c, from, 4);
        if (year < 0 || c[from + 4] != '-') return FAIL;
        int month = digits(c, from + 5, 2);
        if (month < 1 || month > 12 || c[from + 7] != '-') return FAIL;
        int day = digits(c, from + 8, 2);
        if (day < 1 || day > 31) return FAIL;
        char t = c[from + 10];
        if (t != 'T' && t != ' ' && t != 't') return FAIL;
        int hour = digits(c, from + 11, 2);
        if (hour < 0 || hour > 23 || c[from + 13] != ':') return FAIL;
        int minute = digits(c, from + 14, 2);
        if (minute < 0 || minute > 59 || c[from + 16] != ':') return FAIL;
        int second = digits(c, from + 17, 2);
        if (second < 0 || second > 60) return FAIL;
        int i = from + 19;
        long nanos = 0;
        if (i < to && (c[i] == '.' || c[i] == ',')) {
            i++;
            int fd = 0;
            while (i < to && fd < 9) {
                char d = c[i];
                if (d < '0' || d > '9') break;
                nanos = nanos * 10 + (d - '0');
                fd++;
                i++;
            }
            if (fd == 0) return FAIL;
            // more than 9 digits: ignore the extra precision
            while (i < to && c[i] >= '0' && c[i] <= '9') i++;
            for (int k = fd; k < 9; k++) nanos *= 10;
        }
        if (second == 60) {
            second = 59; // leap second: clamp, as java.time does
            nanos = 999_999_999L;
        }
        if (day > daysInMonth(year, month)) return FAIL;
        long offsetSeconds;
        if (i == to) {
            if (naiveZone == null) return FAIL;
            if (naiveZone == ZoneOffset.UTC || ZoneOffset.UTC.equals(naiveZone.normalized())) {
                offsetSeconds = 0;
            } else {
                LocalDateTime ldt = LocalDateTime.of(year, month, day, hour, minute, second, (int) nanos);
                return ldt.atZone(naiveZone).toEpochSecond() * NANOS_PER_SECOND + nanos;
            }
        } else {
            char z = c[i];
            if (z == 'Z' || z == 'z') {
                if (i + 1 != to) return FAIL;
                offsetSeconds = 0;
            } else if (z == '+' || z == '-') {
                int rem = to - i - 1;
                int oh;
                int om = 0;
                if (rem == 2) {
                    oh = digits(c, i + 1, 2);
                } else if (rem == 4) {
                    oh = digits(c, i + 1, 2);
                    om = digits(c, i + 3, 2);
                } else if (rem == 5 && c[i + 3] == ':') {
                    oh = digits(c, i + 1, 2);
                    om = digits(c, i + 4, 2);
                } else {
                    return FAIL;
                }
                if (oh < 0 || oh > 18 || om < 0 || om > 59) return FAIL;
                offsetSeconds = (oh * 3600L + om * 60L) * (z == '-' ? -1 : 1);
            } else {
                return FAIL;
            }
        }
        long days = daysFromCivil(year, month, day);
        long secs = days * 86400 + hour * 3600L + minute * 60L + second - offsetSeconds;
        return secs * NANOS_PER_SECOND + nanos;
    }

    /// @param naiveZone zone for times without offset; null makes such times fail
    public static long parse(CharSequence s, int from, int to, ZoneId naiveZone) {
        int n = to - from;
        if (n < 19) {
            return FAIL;
        }
        char[] c = new char[n];
        for (int k = 0; k < n; k++) {
            c[k] = s.charAt(from + k);
        }
        return parse(c, 0, n, naiveZone);
    }

    /// Whether `c[off, off+len)` (a time [#parse] accepted) ends in an offset other than UTC
    /// (`Z`, `+00:00`, `+0000`, `+00` count as UTC).
    public static boolean hasNonUtcOffset(char[] c, int off, int len) {
        int end = off + len;
        if (len < 20) return false;
        char last = c[end - 1];
        if (last == 'Z' || last == 'z') return false;
        for (int i = end - 1; i >= off + 19; i--) {
            char ch = c[i];
            if (ch == '+' || ch == '-') {
                for (int k = i + 1; k < end; k++) {
                    if (c[k] != '0' && c[k] != ':') return true;
                }
                return false;
            }
        }
        return false;
    }

    /// Whether the ISO text carries a zone designator or offset.
    public static boolean hasOffset(CharSequence s) {
        int n = s.length();
        if (n < 20) return false;
        char last = s.charAt(n - 1);
        if (last == 'Z' || last == 'z') return true;
        for (int i = n - 1; i >= 19; i--) {
            char c = s.charAt(i);
            if (c == '+' || c == '-') return true;
        }
        return false;
    }

    private static int digits(char[] s, int at, int count) {
        int v = 0;
        for (int k = 0; k < count; k++) {
            char c = s[at + k];
            if (c < '0' || c > '9') return -1;
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private static int daysInMonth(int y, int m) {
        return switch (m) {
            case 2 -> (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
    static long daysFromCivil(int y, int m, int d) {
        y -= m <= 2 ? 1 : 0;
        long era = Math.floorDiv(y, 400);
        long yoe = y - era * 400;
        long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146097 + doe - 719468;
    }
}
