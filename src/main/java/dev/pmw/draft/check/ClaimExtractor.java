package dev.pmw.draft.check;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/// Finds the checkable values in a sentence: times, durations, counts, versions, commit ids and
/// known names. Each character belongs to at most one value, found in that order, so `02:12` inside
/// an ISO timestamp is not a second time and `26.5 min` is a duration, not a version.
final class ClaimExtractor {
    private static final String ZONE = "(?:\\s?(Z(?![\\w])|UTC|GMT|CET|CEST|PST|PDT|EST|EDT|[+-]\\d{2}:?\\d{2}))?";
    private static final Pattern ISO = Pattern.compile(
            "(?<![\\w.])(\\d{4})-(\\d{2})-(\\d{2})[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?" + ZONE);
    private static final Pattern CLOCK = Pattern.compile(
            "(?<![\\w:.+-])(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?(?:\\s?([AaPp])\\.?[Mm]\\.?(?![\\w]))?" + ZONE
                    + "(?![\\w:]|\\.\\d)");
    private static final Pattern HOUR_AM_PM = Pattern.compile(
            "(?<![\\w:.+-])(\\d{1,2})\\s?([AaPp])\\.?[Mm]\\.?(?![\\w])" + ZONE);
    /// A time relative to the impact start, as the timeline table writes it (`T+08:54`, `T−7:48:25`,
    /// `T−3d 10:21`): not a clock time, not a duration claim.
    private static final Pattern RELATIVE = Pattern.compile("\\bT[+\u2212-](?:\\d+d\\s)?\\d{1,2}:\\d{2}(?::\\d{2})?|\\bT[+\u2212-]\\d+d\\b");
    private static final Map<String, ZoneId> ZONES = Map.of("Z", ZoneOffset.UTC, "UTC", ZoneOffset.UTC,
            "GMT", ZoneOffset.UTC, "CET", ZoneOffset.ofHours(1), "CEST", ZoneOffset.ofHours(2),
            "PST", ZoneOffset.ofHours(-8), "PDT", ZoneOffset.ofHours(-7), "EST", ZoneOffset.ofHours(-5),
            "EDT", ZoneOffset.ofHours(-4));

    private static final String UNIT = "(ms|milliseconds?|s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?)";
    private static final Pattern COMPOUND_DURATION = Pattern.compile(
            "(?<![\\w.:])(\\d+)\\s?(?:h|hrs?|hours?)\\s?(?:and\\s)?(\\d+)\\s?(?:m|mins?|minutes?)(?:\\s?(?:and\\s)?(\\d+)\\s?"
                    + "(?:s|secs?|seconds?))?(?![\\w])", Pattern.CASE_INSENSITIVE);
    /// "3 d 10 h", "2 days 4 hours" (how the analysis writes long gaps).
    private static final Pattern DAYS_HOURS = Pattern.compile(
            "(?<![\\w.:])(\\d+)\\s?(?:d|days?)\\s(?:and\\s)?(\\d+)\\s?(?:h|hrs?|hours?)(?![\\w])", Pattern.CASE_INSENSITIVE);
    private static final Pattern DURATION = Pattern.compile(
            "(?<![\\w.:])(\\d+(?:[.,]\\d+)?)\\s?" + UNIT + "(?![\\w])", Pattern.CASE_INSENSITIVE);

    private static final Pattern VERSION = Pattern.compile(
            "(?<![\\w.])(?:[vV]\\d+\\.\\d+(?:\\.\\d+)*|\\d+\\.\\d+\\.\\d+(?:\\.\\d+)?)(?:-[0-9A-Za-z.]+)?(?![\\w]|\\.\\d)");
    private static final Pattern COMMIT = Pattern.compile("(?<![\\w-])[0-9a-f]{7,40}(?![\\w-])");

    private static final Pattern COUNT = Pattern.compile(
            "(?<![\\w.,:/#$€£-])(\\d{1,3}(?:,\\d{3})+|\\d+)(?![\\w]|[.,:/-]\\d|\\s?%)(?=\\s+([A-Za-z][A-Za-z-]*))");
    /// How exact a count claims to be, from the words right before it.
    private static final Pattern QUALIFIER = Pattern.compile("(?i)(?:\\b(about|approximately|approx\\.|around|roughly|"
            + "nearly|almost|some|over|more than|at least|under|fewer than|less than|at most|up to)\\s+|(~)\\s?)$");

    /// Words after a number that make it something other than a count of things.
    private static final Set<String> NOT_COUNTED = Set.of("a", "an", "the", "and", "or", "to", "of", "in", "on",
            "at", "by", "for", "with", "was", "were", "is", "are", "be", "we", "it", "per", "utc", "gmt", "am", "pm",
            "percent", "pct", "january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
            "nov", "dec", "x", "times", "when", "after", "before", "then", "than", "but",
            // the size of a source file (supporting information), not a fact about the incident
            "records");

    private final NameFinder names;

    ClaimExtractor(NameFinder names) {
        this.names = names;
    }

    /// The values in `text[from, to)`, with positions in `text`. `masked` characters (citations)
    /// are never part of a value.
    List<Claim> extract(String text, int from, int to, BitSet masked) {
        BitSet taken = (BitSet) masked.clone();
        Matcher rel = RELATIVE.matcher(text).region(from, to);
        while (rel.find()) {
            taken.set(rel.start(), rel.end());
        }
        List<Claim> out = new ArrayList<>();
        IntPredicate digit = c -> c >= '0' && c <= '9';
        each(ISO, digit, text, from, to, taken, out, ClaimExtractor::iso);
        each(CLOCK, digit, text, from, to, taken, out, ClaimExtractor::clock);
        each(HOUR_AM_PM, digit, text, from, to, taken, out, ClaimExtractor::hourAmPm);
        each(DAYS_HOURS, digit, text, from, to, taken, out, m -> new Claim.Elapsed(m.start(), m.end(), m.group(),
                Duration.ofDays(Long.parseLong(m.group(1))).plusHours(Long.parseLong(m.group(2)))));
        each(COMPOUND_DURATION, digit, text, from, to, taken, out, m -> new Claim.Elapsed(m.start(), m.end(), m.group(),
                Duration.ofHours(Long.parseLong(m.group(1))).plusMinutes(Long.parseLong(m.group(2)))
                        .plusSeconds(m.group(3) == null ? 0 : Long.parseLong(m.group(3)))));
        each(DURATION, digit, text, from, to, taken, out, ClaimExtractor::duration);
        each(VERSION, c -> digit.test(c) || c == 'v' || c == 'V', text, from, to, taken, out,
                m -> new Claim.Version(m.start(), m.end(), m.group(), m.group().replaceFirst("^[vV]", "")));
        each(COMMIT, c -> digit.test(c) || c >= 'a' && c <= 'f', text, from, to, taken, out, ClaimExtractor::commit);
        each(COUNT, digit, text, from, to, taken, out, m -> count(text, m));
        names.find(text, from, to, taken, out);
        out.sort(Comparator.comparingInt(Claim::start));
        return out;
    }

    /// Tries `p` only where a value can start: a `first` character that does not continue a word.
    /// Running every pattern at every position is what would make checking a long document slow.
    private static void each(Pattern p, IntPredicate first, String text, int from, int to, BitSet taken,
                             List<Claim> out, Function<Matcher, Claim> make) {
        Matcher m = p.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!first.test(c) || i > 0 && Character.isLetterOrDigit(text.charAt(i - 1)) || taken.get(i)) {
                continue;
            }
            m.region(i, to);
            if (m.lookingAt() && taken.get(m.start(), m.end()).isEmpty()) {
                Claim claim = make.apply(m);
                if (claim != null) {
                    out.add(claim);
                    taken.set(claim.start(), claim.end());
                    i = Math.max(i, m.end() - 1);
                }
            }
        }
    }

    private static Claim iso(Matcher m) {
        int h = Integer.parseInt(m.group(4));
        int min = Integer.parseInt(m.group(5));
        int sec = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
        if (h > 23 || min > 59 || sec > 59) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (java.time.DateTimeException e) {
            return null;
        }
        return new Claim.Time(m.start(), m.end(), m.group(), date, h * 3600 + min * 60 + sec, m.group(6) != null,
                zone(m.group(7)));
    }

    private static Claim clock(Matcher m) {
        int h = Integer.parseInt(m.group(1));
        int min = Integer.parseInt(m.group(2));
        int sec = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        String ampm = m.group(4);
        if (ampm != null) {
            if (h < 1 || h > 12) {
                return null;
            }
            h = h % 12 + (ampm.equalsIgnoreCase("p") ? 12 : 0);
        }
        if (h > 23 || min > 59 || sec > 59) {
            return null;
        }
        return new Claim.Time(m.start(), m.end(), m.group(), null, h * 3600 + min * 60 + sec, m.group(3) != null,
                zone(m.group(5)));
    }

    private static Claim hourAmPm(Matcher m) {
        int h = Integer.parseInt(m.group(1));
        if (h < 1 || h > 12) {
            return null;
        }
        h = h % 12 + (m.group(2).equalsIgnoreCase("p") ? 12 : 0);
        return new Claim.Time(m.start(), m.end(), m.group(), null, h * 3600, false, zone(m.group(3)));
    }

    static ZoneId zone(String s) {
        if (s == null) {
            return null;
        }
        ZoneId z = ZONES.get(s.toUpperCase(Locale.ROOT));
        if (z != null) {
            return z;
        }
        String off = s.length() == 5 ? s.substring(0, 3) + ":" + s.substring(3) : s;
        return ZoneOffset.of(off);
    }

    private static Claim duration(Matcher m) {
        double v = Double.parseDouble(m.group(1).replace(',', '.'));
        String u = m.group(2).toLowerCase(Locale.ROOT);
        double seconds = switch (u.charAt(0)) {
            case 'm' -> u.startsWith("ms") || u.startsWith("milli") ? v / 1000 : v * 60;
            case 's' -> v;
            case 'h' -> v * 3600;
            case 'd' -> v * 86400;
            default -> -1;
        };
        if (seconds < 0) {
            return null;
        }
        return new Claim.Elapsed(m.start(), m.end(), m.group(), Duration.ofMillis(Math.round(seconds * 1000)));
    }

    private static Claim commit(Matcher m) {
        String s = m.group();
        boolean digit = false;
        boolean letter = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            digit |= Character.isDigit(c);
            letter |= Character.isLetter(c);
        }
        return digit && letter ? new Claim.Commit(m.start(), m.end(), s, s) : null;
    }

    private static Claim count(String text, Matcher m) {
        String noun = m.group(2).toLowerCase(Locale.ROOT);
        if (NOT_COUNTED.contains(noun)) {
            return null;
        }
        Matcher qm = QUALIFIER.matcher(text).region(Math.max(0, m.start() - 16), m.start());
        String q = null;
        int start = m.start();
        if (qm.find()) {
            q = qm.group(1) != null ? qm.group(1).toLowerCase(Locale.ROOT) : qm.group(2);
            start = qm.start();
        }
        Claim.Bound bound = q == null ? Claim.Bound.EXACT : switch (q) {
            case "over", "more than", "at least" -> Claim.Bound.AT_LEAST;
            case "under", "fewer than", "less than", "at most", "up to" -> Claim.Bound.AT_MOST;
            default -> Claim.Bound.ABOUT;
        };
        long v = Long.parseLong(m.group(1).replace(",", ""));
        return new Claim.Count(start, m.end(1), text.substring(start, m.end(1)), v, bound);
    }
}
