package dev.pmw.timeline.edit;

import dev.pmw.ingest.time.Timestamps;
import dev.pmw.model.EventKind;
import dev.pmw.model.TimeFlag;
import dev.pmw.timeline.Row;
import dev.pmw.timeline.Timeline;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/// Refuses edits that cannot be right, with a message for the user: a time that cannot be read, a
/// time outside any plausible window (the sources' span widened by a day each side), an empty
/// text, a merge of a row into itself. Some refusals can be overridden when the user insists
/// ([Verdict#forcible()]): the edit is then made with `forced` set.
public final class EditValidator {
    /// Slack of the plausible window on each side of the sources' span.
    public static final Duration SLACK = Duration.ofDays(1);
    public static final int MAX_TEXT = 10_000;
    public static final int MAX_ACTOR = 200;
    /// Boundary ids as in `pmw analyze --json`.
    public static final List<String> BOUNDARIES = List.of("impact_start", "detected", "acknowledged", "mitigated", "resolved");

    private static final Pattern CLOCK = Pattern.compile("(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?");
    private static final DateTimeFormatter SHOW = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private EditValidator() {
    }

    /// Whether an edit may be made.
    ///
    /// @param ok       the edit can be applied
    /// @param forcible refused, but the user may insist (make the edit again with `forced`)
    /// @param message  why not, for the user; empty when ok
    public record Verdict(boolean ok, boolean forcible, String message) {
        public static final Verdict OK = new Verdict(true, false, "");

        static Verdict refuse(String message) {
            return new Verdict(false, false, message);
        }

        static Verdict unlessForced(String message) {
            return new Verdict(false, true, message);
        }
    }

    /// A time the user typed, read.
    ///
    /// @param time    the moment, or null when it could not be read
    /// @param verdict why it cannot be used (unreadable: not forcible; implausible: forcible)
    public record TimeInput(Instant time, Verdict verdict) {
        public boolean ok() {
            return verdict.ok();
        }
    }

    /// The span of plausible times: from a day before the earliest source row to a day after the
    /// latest. Null bounds when there are no source rows.
    public record Window(Instant from, Instant to) {
        public boolean contains(Instant t) {
            return from == null || !t.isBefore(from) && !t.isAfter(to);
        }
    }

    /// Reads a time typed for `row`: `14:05`, `14:05:30`, `14:05:30.250` on the row's date in
    /// `zone` (the zone the table shows), or any form [Timestamps] reads (ISO-8601 with or without
    /// offset — without, in `zone` —, `2026-02-16 14:05`, RFC 1123, epoch numbers …), then checks
    /// it against the plausible window of `timeline` (pass null to skip that check).
    public static TimeInput parseTime(String text, Row row, ZoneId zone, Timeline timeline) {
        String s = text == null ? "" : text.strip();
        Instant t = null;
        Matcher m = CLOCK.matcher(s);
        if (m.matches()) {
            int h = Integer.parseInt(m.group(1));
            int min = Integer.parseInt(m.group(2));
            int sec = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
            if (h > 23 || min > 59 || sec > 59) {
                return new TimeInput(null, Verdict.refuse("“" + s + "” is not a time of day."));
            }
            String frac = m.group(4) == null ? "" : m.group(4);
            int nanos = frac.isEmpty() ? 0 : Integer.parseInt((frac + "000000000").substring(0, 9));
            LocalDate day = row == null ? LocalDate.now(zone) : LocalDate.ofInstant(row.event().time(), zone);
            t = day.atTime(LocalTime.of(h, min, sec, nanos)).atZone(zone).toInstant();
        } else {
            Timestamps.Parsed p = s.isEmpty() ? null : Timestamps.parse(s, zone);
            if (p == null) {
                return new TimeInput(null, Verdict.refuse("“" + s + "” is not a time. Type 14:05, 14:05:30, "
                        + "2026-02-16 14:05 or 2026-02-16T14:05:30Z."));
            }
            if (p.info().has(TimeFlag.OUT_OF_RANGE)) {
                return new TimeInput(null, Verdict.refuse("“" + s + "” reads as " + SHOW.format(p.instant())
                        + ", which cannot be a time of this incident."));
            }
            t = p.instant();
        }
        return new TimeInput(t, timeline == null ? Verdict.OK : checkTime(t, timeline));
    }

    /// A day before the earliest to a day after the latest time of the rows read from sources
    /// (rows the user added and times the source could not read do not count).
    public static Window plausibleWindow(Timeline t) {
        Instant from = null;
        Instant to = null;
        for (Row r : t.rows()) {
            if (r.source() < 0 || r.isManual() || r.isOrphaned()) {
                continue;
            }
            var info = r.original().timeInfo();
            if (info.has(TimeFlag.OUT_OF_RANGE) || info.has(TimeFlag.UNPARSEABLE)) {
                continue;
            }
            Instant a = r.original().time();
            Instant b = r.original().lastTime();
            from = from == null || a.isBefore(from) ? a : from;
            to = to == null || b.isAfter(to) ? b : to;
        }
        return from == null ? new Window(null, null) : new Window(from.minus(SLACK), to.plus(SLACK));
    }

    /// Whether `t` lies in the plausible window (forcible when not).
    public static Verdict checkTime(Instant t, Timeline timeline) {
        if (Timestamps.outOfRange(t)) {
            return Verdict.refuse(SHOW.format(t) + " cannot be a time of this incident.");
        }
        Window w = plausibleWindow(timeline);
        if (w.contains(t)) {
            return Verdict.OK;
        }
        String side = t.isBefore(w.from()) ? "more than a day before the earliest" : "more than a day after the latest";
        return Verdict.unlessForced(SHOW.format(t) + " is " + side + " time in the sources (plausible: "
                + SHOW.format(w.from()) + " to " + SHOW.format(w.to()) + "). Use it anyway?");
    }

    /// Whether `e` may be applied to `timeline`.
    public static Verdict check(Edit e, Timeline timeline) {
        if (e instanceof Edit.AddManualRow a) {
            if (a.event().text().isBlank()) {
                return Verdict.refuse("An added row needs a text.");
            }
            return a.forced() ? notOutOfRange(a.event().time()) : checkTime(a.event().time(), timeline);
        }
        if (e instanceof Edit.PinBoundary p && !BOUNDARIES.contains(p.boundary())) {
            return Verdict.refuse("Unknown boundary “" + p.boundary() + "”.");
        }
        if (e instanceof Edit.PinBoundary p && !p.pinned()) {
            return Verdict.OK;
        }
        Row row = timeline.byId(e.target());
        if (row == null) {
            return Verdict.refuse("That row is no longer in the timeline.");
        }
        return switch (e) {
            case Edit.SetTime x -> x.forced() ? notOutOfRange(x.time()) : checkTime(x.time(), timeline);
            case Edit.SetText x -> x.text().isBlank() ? Verdict.refuse("A row needs a text; hide it instead.")
                    : x.text().length() > MAX_TEXT ? Verdict.refuse("The text is longer than " + MAX_TEXT + " characters.")
                    : Verdict.OK;
            case Edit.SetKind x -> x.kind() == EventKind.LOG_BURST && row.event().kind() != EventKind.LOG_BURST
                    ? Verdict.refuse("Only repeated log lines are bursts.") : Verdict.OK;
            case Edit.SetActor x -> x.actor().length() > MAX_ACTOR
                    ? Verdict.refuse("The actor is longer than " + MAX_ACTOR + " characters.") : Verdict.OK;
            case Edit.SetNote x -> x.note().length() > MAX_TEXT
                    ? Verdict.refuse("The note is longer than " + MAX_TEXT + " characters.") : Verdict.OK;
            case Edit.Merge x -> checkMerge(x, row, timeline);
            case Edit.RemoveManualRow x -> row.isManual() ? Verdict.OK
                    : Verdict.refuse("Only rows you added can be removed; hide this one instead.");
            case Edit.SplitBurst x -> checkSplit(timeline, row, x.splitAt());
            case Edit.RevertToSource x -> row.isManual()
                    ? Verdict.refuse("A row you added has no source to revert to; remove it instead.")
                    : !row.state().hasUserChanges() ? Verdict.refuse("The row already shows what its source says.")
                    : Verdict.OK;
            case Edit.Pin x -> Verdict.OK;
            case Edit.Hide x -> Verdict.OK;
            case Edit.SetRelevance x -> Verdict.OK;
            case Edit.PinBoundary x -> Verdict.OK;
            case Edit.AddManualRow x -> Verdict.OK;
        };
    }

    /// Whether `row` can be split at `at`, and why not.
    public static Verdict checkSplit(Timeline timeline, Row row, Instant at) {
        if (row.original().kind() != EventKind.LOG_BURST) {
            return Verdict.refuse("Only a burst of repeated log lines can be split.");
        }
        if (timeline.lines(row).length == 0) {
            return Verdict.refuse("The log lines of this burst are not at hand (its source file is missing); "
                    + "locate the file to split it.");
        }
        if (timeline.splitParts(row, at, "a", "b") == null) {
            return Verdict.refuse("Split between the first and the last line of the burst ("
                    + SHOW.format(row.event().time()) + " to " + SHOW.format(row.event().lastTime()) + ").");
        }
        return Verdict.OK;
    }

    private static Verdict checkMerge(Edit.Merge m, Row primary, Timeline t) {
        if (primary.isMerged()) {
            return Verdict.refuse("That row is itself merged into another row; merge into that one.");
        }
        Set<String> seen = new java.util.HashSet<>();
        for (String id : m.others()) {
            Row o = t.byId(id);
            if (o == null) {
                return Verdict.refuse("A row to merge is no longer in the timeline.");
            }
            if (!seen.add(id)) {
                return Verdict.refuse("The same row is listed twice.");
            }
            if (o.isMerged() && !o.state().mergedInto().equals(m.target())) {
                return Verdict.refuse("“" + shorten(o.event().text()) + "” is already merged into another row.");
            }
        }
        return Verdict.OK;
    }

    private static Verdict notOutOfRange(Instant t) {
        return Timestamps.outOfRange(t) ? Verdict.refuse(SHOW.format(t) + " cannot be a time of this incident.")
                : Verdict.OK;
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 39) + "…" : s;
    }
}
