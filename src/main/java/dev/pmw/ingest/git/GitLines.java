package dev.pmw.ingest.git;

import dev.pmw.ingest.time.Timestamps;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/// One commit per line (or per `%x1e` record) from `--pretty=format:` with a separator: unit
/// separator `%x1f`, `|`, tab, or a space with `--date=raw`/ISO-strict dates. Fields are told apart
/// by content (hash, parents, dates, e-mail, name, subject), so the order of `%an`/`%ad` does not
/// matter; the first date is the author date, a second one the committer date (`%aI %cI`,
/// `%ad %cd`). A subject containing the separator stays whole: it is the rest of the line.
final class GitLines {
    static final Pattern START = Pattern.compile("^([0-9a-f]{7,64})([\\x1f|\\t ])");
    private static final Pattern EMAIL = Pattern.compile("^<?[^\\s<>@]+@[^\\s<>@]+>?$");
    private static final Pattern PARENTS = Pattern.compile("^[0-9a-f]{7,64}( [0-9a-f]{7,64})*$");
    private static final Pattern SPACE_DATE = Pattern.compile(
            "^(\\d{9,11} [+-]\\d{4}|\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:Z|[+-]\\d{2}:?\\d{2})|\\d{9,11})(?: |$)");

    private GitLines() {
    }

    /// The commit on `record`, or null when it has no hash and date (a `--oneline` line, a body line).
    static Commit parse(String record, long line, ZoneId zone) {
        String r = strip(record);
        Matcher m = START.matcher(r);
        if (!m.find()) {
            return null;
        }
        char sep = m.group(2).charAt(0);
        return sep == ' ' ? spaced(m.group(1), r.substring(m.end()), line, zone)
                : separated(m.group(1), r, sep, line, zone);
    }

    private static Commit separated(String sha, String r, char sep, long line, ZoneId zone) {
        List<String> f = split(r, sep);
        List<Timestamps.Parsed> dates = new ArrayList<>(2);
        List<String> parents = List.of();
        String name = null;
        int i = 1;
        for (; i < f.size(); i++) {
            String v = f.get(i).strip();
            Timestamps.Parsed d = dates.size() < 2 ? GitDates.parse(v, zone) : null;
            if (d != null) {
                dates.add(d);
            } else if (dates.isEmpty() && parents.isEmpty() && !v.isEmpty() && PARENTS.matcher(v).matches()) {
                parents = List.of(v.split(" "));
            } else if (EMAIL.matcher(v).matches()) {
                continue; // never shown: e-mails stay out of the timeline
            } else if (dates.isEmpty() && name == null && i + 1 < f.size()) {
                name = v;
            } else {
                break;
            }
        }
        if (dates.isEmpty()) {
            return null;
        }
        List<String> rest = new ArrayList<>(f.subList(Math.min(i, f.size()), f.size()));
        if (name == null && rest.size() >= 2) {
            name = rest.removeFirst().strip();
            if (rest.size() >= 2 && EMAIL.matcher(rest.getFirst().strip()).matches()) {
                rest.removeFirst();
            }
        }
        String message = String.join(String.valueOf(sep), rest).strip();
        int nl = message.indexOf('\n');
        String subject = nl < 0 ? message : message.substring(0, nl).strip();
        String body = nl < 0 ? "" : message.substring(nl + 1).strip();
        return new Commit(sha, parents, name == null ? "" : name, dates.get(0), dates.size() > 1 ? dates.get(1) : null,
                subject, body, "", line);
    }

    /// `sha 1601694589 -0700 1601694589 -0700 subject` and `sha 2026-…T…-07:00 subject`: a space
    /// also separates the words of the subject, so only leading dates are taken and the rest is the
    /// subject (no author can be told apart here).
    private static Commit spaced(String sha, String rest, long line, ZoneId zone) {
        List<Timestamps.Parsed> dates = new ArrayList<>(2);
        String s = rest;
        while (dates.size() < 2) {
            Matcher m = SPACE_DATE.matcher(s);
            if (!m.find()) {
                break;
            }
            Timestamps.Parsed d = GitDates.parse(m.group(1), zone);
            if (d == null) {
                break;
            }
            dates.add(d);
            s = s.substring(m.end());
        }
        if (dates.isEmpty()) {
            return null;
        }
        return new Commit(sha, List.of(), "", dates.get(0), dates.size() > 1 ? dates.get(1) : null, s.strip(), "", "",
                line);
    }

    private static List<String> split(String s, char sep) {
        List<String> out = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == sep) {
                out.add(s.substring(from, i));
                from = i + 1;
            }
        }
        out.add(s.substring(from));
        return out;
    }

    /// Drops the record separator and surrounding line breaks of `%x1e`-terminated records.
    static String strip(String record) {
        int a = 0;
        int b = record.length();
        while (a < b && (record.charAt(a) == '\u001e' || record.charAt(a) == '\n' || record.charAt(a) == '\r')) {
            a++;
        }
        while (b > a && (record.charAt(b - 1) == '\u001e' || record.charAt(b - 1) == '\n' || record.charAt(b - 1) == '\r')) {
            b--;
        }
        return record.substring(a, b);
    }
}
