package dev.pmw.ingest.time;

import dev.pmw.model.TimeFlag;
import dev.pmw.model.TimeInfo;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/// Reading timestamps by the rules of formats.md §0: epochs in s/ms/µs/ns as strings or numbers
/// (never through `double`), ISO-8601 with any fraction and offset form, naive local times in an
/// assumed zone (flagged), Python comma millis, git/RFC-2822 dates, day-first text. Every result
/// carries the raw text and the flags to show next to it.
public final class Timestamps {
    private Timestamps() {
    }

    /// A parsed time and what we had to assume to get it.
    public record Parsed(Instant instant, TimeInfo info) {
        public long epochNanos() {
            return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
        }
    }

    private static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");

    /// Formats with an explicit zone or offset, tried after the fast ISO path.
    private static final List<DateTimeFormatter> ZONED = List.of(
            DateTimeFormatter.RFC_1123_DATE_TIME,
            // git default / --date=default: "Sun May 31 20:36:28 2026 -0700"
            DateTimeFormatter.ofPattern("EEE MMM d HH:mm:ss yyyy xx", Locale.ENGLISH),
            // git --date=iso: "2026-05-31 20:36:28 -0700"
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xx", Locale.ENGLISH),
            // slackdump text: "03/12/2021 02:15:51 Z" / "+0100" (day first)
            new DateTimeFormatterBuilder().appendPattern("dd/MM/yyyy HH:mm:ss ").appendOffset("+HHMM", "Z")
                    .toFormatter(Locale.ENGLISH),
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss[.SSSSSSSSS][.SSSSSS][.SSS]xx", Locale.ENGLISH));

    /// Formats without zone: read in the assumed zone, flagged.
    private static final List<DateTimeFormatter> NAIVE = List.of(
            new DateTimeFormatterBuilder().appendPattern("yyyy-MM-dd HH:mm:ss")
                    .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true).optionalEnd()
                    .toFormatter(Locale.ENGLISH),
            new DateTimeFormatterBuilder().appendPattern("yyyy/MM/dd HH:mm:ss")
                    .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true).optionalEnd()
                    .toFormatter(Locale.ENGLISH),
            DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("MMM d yyyy HH:mm:ss", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ENGLISH));

    /// Parses any supported text form. Returns null when the text is not a timestamp.
    /// @param zone zone for naive times (they get [TimeFlag#ZONE_ASSUMED])
    public static Parsed parse(String text, ZoneId zone) {
        if (text == null) {
            return null;
        }
        String s = text.trim();
        if (s.isEmpty()) {
            return null;
        }
        char c0 = s.charAt(0);
        if ((c0 >= '0' && c0 <= '9' || c0 == '-') && isNumber(s)) {
            return parseEpoch(s);
        }
        String pythonFixed = s.length() > 19 && s.charAt(19) == ',' ? s.substring(0, 19) + '.' + s.substring(20) : s;
        long n = FastIso.parse(pythonFixed, null);
        if (n != FastIso.FAIL) {
            return check(ofNanos(n), TimeInfo.exact(text));
        }
        n = FastIso.parse(pythonFixed, zone);
        if (n != FastIso.FAIL) {
            return check(ofNanos(n), TimeInfo.assumed(text, zone.getId()));
        }
        for (DateTimeFormatter f : ZONED) {
            try {
                return check(ZonedDateTime.parse(s, f).toInstant(), TimeInfo.exact(text));
            } catch (DateTimeParseException e) {
                // next
            }
        }
        for (DateTimeFormatter f : NAIVE) {
            try {
                LocalDateTime ldt = LocalDateTime.parse(s, f);
                return check(ldt.atZone(zone).toInstant(), TimeInfo.assumed(text, zone.getId()));
            } catch (DateTimeParseException e) {
                // next
            }
        }
        return null;
    }

    /// Epoch number given as text: the unit follows from the digits before the point
    /// (≤ 11 seconds, 12–14 milliseconds, 15–17 microseconds, ≥ 18 nanoseconds). Fractions are read
    /// exactly (Slack's `"1452845865.000008"` keeps its microseconds).
    public static Parsed parseEpoch(String text) {
        String s = text.trim();
        BigDecimal v;
        try {
            v = new BigDecimal(s);
        } catch (NumberFormatException e) {
            return null;
        }
        int dot = s.indexOf('.');
        int intDigits = (dot < 0 ? s.length() : dot) - (s.startsWith("-") ? 1 : 0);
        BigDecimal nanos;
        if (intDigits <= 11) {
            nanos = v.movePointRight(9);
        } else if (intDigits <= 14) {
            nanos = v.movePointRight(6);
        } else if (intDigits <= 17) {
            nanos = v.movePointRight(3);
        } else {
            nanos = v;
        }
        long ns;
        try {
            ns = nanos.setScale(0, java.math.RoundingMode.HALF_EVEN).longValueExact();
        } catch (ArithmeticException e) {
            return null;
        }
        return check(ofNanos(ns), TimeInfo.exact(text));
    }

    /// Epoch seconds with optional fraction, as Slack writes `ts` ("1452845865.000008"), exactly.
    public static Instant slackTs(String ts) {
        int dot = ts.indexOf('.');
        long sec = Long.parseLong(dot < 0 ? ts : ts.substring(0, dot));
        long nanos = 0;
        if (dot >= 0) {
            String frac = ts.substring(dot + 1);
            if (frac.length() > 9) {
                frac = frac.substring(0, 9);
            }
            nanos = frac.isEmpty() ? 0 : Long.parseLong(frac) * pow10(9 - frac.length());
        }
        return Instant.ofEpochSecond(sec, nanos);
    }

    /// Epoch number in a known unit (e.g. pino's `time` ms), exact.
    public static Instant ofEpoch(long value, java.util.concurrent.TimeUnit unit) {
        long nanos = unit.toNanos(value);
        return ofNanos(nanos);
    }

    public static Instant ofNanos(long epochNanos) {
        return Instant.ofEpochSecond(Math.floorDiv(epochNanos, 1_000_000_000L), Math.floorMod(epochNanos, 1_000_000_000L));
    }

    public static long toNanos(Instant t) {
        return t.getEpochSecond() * 1_000_000_000L + t.getNano();
    }

    /// Adds [TimeFlag#OUT_OF_RANGE] to times before 2000 or more than a day ahead of now (the
    /// usual sign of a seconds/milliseconds/nanoseconds mix-up).
    public static Parsed check(Instant t, TimeInfo info) {
        if (outOfRange(t)) {
            info = info.with(TimeFlag.OUT_OF_RANGE);
        }
        return new Parsed(t, info);
    }

    public static boolean outOfRange(Instant t) {
        return t.isBefore(EARLIEST) || t.isAfter(Instant.now().plusSeconds(86_400));
    }

    public static boolean outOfRangeNanos(long epochNanos) {
        return epochNanos < 946_684_800_000_000_000L || epochNanos > (System.currentTimeMillis() + 86_400_000L) * 1_000_000L;
    }

    /// Flags for a time read in an assumed zone.
    public static TimeInfo assumed(String raw, ZoneId zone) {
        return new TimeInfo(raw, zone.getId(), EnumSet.of(TimeFlag.ZONE_ASSUMED));
    }

    public static boolean isUtc(ZoneId z) {
        return z.normalized().equals(ZoneOffset.UTC);
    }

    private static boolean isNumber(String s) {
        int i = s.startsWith("-") ? 1 : 0;
        boolean dot = false;
        boolean digit = false;
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.' && !dot) {
                dot = true;
            } else if (c >= '0' && c <= '9') {
                digit = true;
            } else {
                return false;
            }
        }
        return digit;
    }

    private static long pow10(int n) {
        long v = 1;
        for (int i = 0; i < n; i++) {
            v *= 10;
        }
        return v;
    }
}
