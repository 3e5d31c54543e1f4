package dev.pmw.ingest.csv;

import dev.pmw.ingest.time.Timestamps;
import dev.pmw.model.TimeInfo;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/// Dates as spreadsheets and UI exports write them, on top of [Timestamps]: month-first US dates
/// (`2/16/2026 2:12:09 AM`), `dd.MM.yyyy HH:mm` without seconds, `Feb 16, 2026 02:12:09`, and a
/// trailing ` UTC`/` GMT` word. Times without a zone are read in the given zone and flagged.
public final class FlexibleTimes {

    /// How to read `a/b/yyyy`: day first (Europe, the [Timestamps] default) or month first (US).
    public enum Order { DAY_FIRST, MONTH_FIRST }

    private static final Pattern SLASH_DATE = Pattern.compile("^(\\d{1,2})/(\\d{1,2})/\\d{4}\\b.*");
    private static final Pattern TIMEISH = Pattern.compile(
            "^(\\d{4}-\\d{2}-\\d{2}[ T]\\d{1,2}:\\d{2}.*|\\d{1,2}[./]\\d{1,2}[./]\\d{4}\\s+\\d{1,2}:\\d{2}.*"
                    + "|[A-Z][a-z]{2},? \\d{1,2},? \\d{4}.*|\\d{9,19}(\\.\\d+)?)$");

    private static DateTimeFormatter f(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true).optionalEnd()
                .toFormatter(Locale.ENGLISH);
    }

    private static DateTimeFormatter ampm(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(Locale.ENGLISH);
    }

    private static final List<DateTimeFormatter> MONTH_FIRST = List.of(
            f("M/d/yyyy H:mm:ss"), ampm("M/d/yyyy h:mm:ss a"), ampm("M/d/yyyy h:mm a"), f("M/d/yyyy H:mm"));
    private static final List<DateTimeFormatter> DAY_FIRST = List.of(
            f("d/M/yyyy H:mm:ss"), f("d/M/yyyy H:mm"));
    private static final List<DateTimeFormatter> OTHER = List.of(
            f("d.M.yyyy H:mm:ss"), f("d.M.yyyy H:mm"),
            f("yyyy-MM-dd HH:mm"),
            f("MMM d, yyyy H:mm:ss"), f("MMM d, yyyy 'at' H:mm:ss"), f("MMM d yyyy H:mm:ss"),
            ampm("MMM d, yyyy h:mm:ss a"), ampm("MMM d, yyyy 'at' h:mm:ss a"),
            f("d MMM yyyy H:mm:ss"), f("EEE MMM d H:mm:ss yyyy"));

    private FlexibleTimes() {
    }

    /// Whether `s` plausibly is a timestamp (cheap check for header and column sniffing).
    public static boolean looksLikeTime(String s) {
        return TIMEISH.matcher(s.strip()).matches();
    }

    /// Reads `text`; null when it is not a time in any known form.
    public static Timestamps.Parsed parse(String text, ZoneId zone, Order order) {
        if (text == null) {
            return null;
        }
        String s = text.strip();
        if (s.isEmpty()) {
            return null;
        }
        String upper = s.toUpperCase(Locale.ROOT);
        if (upper.endsWith(" UTC") || upper.endsWith(" GMT")) {
            Timestamps.Parsed p = parse(s.substring(0, s.length() - 4), ZoneOffset.UTC, order);
            return p == null ? null : Timestamps.check(p.instant(), TimeInfo.exact(text));
        }
        boolean slash = SLASH_DATE.matcher(s).matches();
        if (slash && order == Order.MONTH_FIRST) {
            Timestamps.Parsed p = naive(s, text, zone, MONTH_FIRST);
            if (p != null) {
                return p;
            }
        }
        Timestamps.Parsed p = Timestamps.parse(s, zone);
        if (p != null) {
            return p.info().raw().equals(text) ? p : new Timestamps.Parsed(p.instant(), withRaw(p.info(), text));
        }
        if (slash) {
            p = naive(s, text, zone, order == Order.MONTH_FIRST ? DAY_FIRST : MONTH_FIRST);
            if (p == null) {
                p = naive(s, text, zone, order == Order.MONTH_FIRST ? MONTH_FIRST : DAY_FIRST);
            }
            return p;
        }
        return naive(s, text, zone, OTHER);
    }

    /// Month-first when some sampled `a/b/yyyy` value has `b` > 12, day-first when some has `a` > 12;
    /// otherwise a comma-delimited file is taken as US (month first), anything else day first.
    public static Order guessOrder(List<String> samples, char delimiter) {
        for (String v : samples) {
            java.util.regex.Matcher m = SLASH_DATE.matcher(v.strip());
            if (m.matches()) {
                int a = Integer.parseInt(m.group(1));
                int b = Integer.parseInt(m.group(2));
                if (a > 12) {
                    return Order.DAY_FIRST;
                }
                if (b > 12) {
                    return Order.MONTH_FIRST;
                }
            }
        }
        return delimiter == ',' ? Order.MONTH_FIRST : Order.DAY_FIRST;
    }

    private static Timestamps.Parsed naive(String s, String raw, ZoneId zone, List<DateTimeFormatter> formats) {
        for (DateTimeFormatter f : formats) {
            try {
                LocalDateTime t = LocalDateTime.parse(s, f);
                return Timestamps.check(t.atZone(zone).toInstant(), Timestamps.assumed(raw, zone));
            } catch (DateTimeParseException e) {
                // next
            }
        }
        return null;
    }

    private static TimeInfo withRaw(TimeInfo info, String raw) {
        return new TimeInfo(raw, info.assumedZone(), info.flags());
    }
}
