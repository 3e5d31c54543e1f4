package dev.pmw.ingest.slack;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/// The day separators the Slack desktop client copies along with messages — `Today`, `Yesterday`,
/// `Monday, February 16th`, `Feb 16, 2026`, `Sep 8th`, `16 February 2026` — read as dates. Without a
/// year, the weekday picks the year when there is one (the matching year closest to the reference
/// date); otherwise the most recent occurrence on or before the reference date.
final class ClientDates {

    /// @param date    the day
    /// @param assumed whether the year (or the whole date) was inferred rather than written
    record Day(LocalDate date, boolean assumed) {
    }

    private static final String WEEKDAY = "(?:(?<wd>mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?"
            + "|fri(?:day)?|sat(?:urday)?|sun(?:day)?),?\\s+)?";
    private static final Pattern MONTH_FIRST = Pattern.compile("(?i)" + WEEKDAY
            + "(?<mon>[a-z]{3,9})\\.?\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(?<year>\\d{4}))?");
    private static final Pattern DAY_FIRST = Pattern.compile("(?i)" + WEEKDAY
            + "(?<day>\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+(?<mon>[a-z]{3,9})\\.?(?:,?\\s+(?<year>\\d{4}))?");
    private static final Pattern DECORATION = Pattern.compile("^[\\s\\-─—–]+|[\\s\\-─—–]+$");

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("january", 1), Map.entry("feb", 2), Map.entry("february", 2),
            Map.entry("mar", 3), Map.entry("march", 3), Map.entry("apr", 4), Map.entry("april", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("june", 6), Map.entry("jul", 7), Map.entry("july", 7),
            Map.entry("aug", 8), Map.entry("august", 8), Map.entry("sep", 9), Map.entry("sept", 9),
            Map.entry("september", 9), Map.entry("oct", 10), Map.entry("october", 10), Map.entry("nov", 11),
            Map.entry("november", 11), Map.entry("dec", 12), Map.entry("december", 12));

    private ClientDates() {
    }

    /// The day a separator line names, or null when the line is not a separator.
    static Day parse(String line, LocalDate reference) {
        String s = DECORATION.matcher(line).replaceAll("");
        if (s.isEmpty() || s.length() > 40) {
            return null;
        }
        if (s.equalsIgnoreCase("today")) {
            return new Day(reference, true);
        }
        if (s.equalsIgnoreCase("yesterday")) {
            return new Day(reference.minusDays(1), true);
        }
        Matcher m = MONTH_FIRST.matcher(s);
        if (!m.matches()) {
            m = DAY_FIRST.matcher(s);
            if (!m.matches()) {
                return null;
            }
        }
        Integer month = MONTHS.get(m.group("mon").toLowerCase(Locale.ROOT));
        if (month == null) {
            return null;
        }
        int day = Integer.parseInt(m.group("day"));
        if (day < 1 || day > 31) {
            return null;
        }
        if (m.group("year") != null) {
            try {
                return new Day(LocalDate.of(Integer.parseInt(m.group("year")), month, day), false);
            } catch (DateTimeException e) {
                return null;
            }
        }
        DayOfWeek weekday = m.group("wd") == null ? null : weekday(m.group("wd"));
        LocalDate d = weekday != null ? closestWithWeekday(month, day, weekday, reference)
                : mostRecent(month, day, reference);
        return d == null ? null : new Day(d, true);
    }

    private static DayOfWeek weekday(String s) {
        String w = s.toLowerCase(Locale.ROOT).substring(0, 3);
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.name().toLowerCase(Locale.ROOT).startsWith(w)) {
                return d;
            }
        }
        return null;
    }

    /// The year whose month/day falls on `weekday`, closest to the reference (a copy is made after
    /// the fact, so on a tie the past wins).
    private static LocalDate closestWithWeekday(int month, int day, DayOfWeek weekday, LocalDate reference) {
        LocalDate best = null;
        long bestDistance = Long.MAX_VALUE;
        for (int y = reference.getYear() + 1; y >= reference.getYear() - 30; y--) {
            LocalDate d;
            try {
                d = LocalDate.of(y, month, day);
            } catch (DateTimeException e) {
                continue;
            }
            if (d.getDayOfWeek() != weekday) {
                continue;
            }
            long distance = Math.abs(ChronoUnit.DAYS.between(reference, d));
            if (distance < bestDistance || distance == bestDistance && d.isBefore(best)) {
                best = d;
                bestDistance = distance;
            }
        }
        return best != null ? best : mostRecent(month, day, reference);
    }

    private static LocalDate mostRecent(int month, int day, LocalDate reference) {
        for (int y = reference.getYear(); y >= reference.getYear() - 8; y--) {
            try {
                LocalDate d = LocalDate.of(y, month, day);
                if (!d.isAfter(reference)) {
                    return d;
                }
            } catch (DateTimeException e) {
                // Feb 29 in a common year
            }
        }
        return null;
    }
}
