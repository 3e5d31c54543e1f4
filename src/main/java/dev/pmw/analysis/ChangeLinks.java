package dev.pmw.analysis;

import dev.pmw.model.Attr;
import dev.pmw.model.Event;
import dev.pmw.model.EventKind;
import dev.pmw.timeline.Row;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/// How a candidate trigger connects to earlier changes: the deploys and commits that set up a job
/// run (its schedule or config), the commits a deploy shipped, and the run of a schedule that a
/// deploy or commit set. Used by [TriggerFinder].
final class ChangeLinks {
    private static final Pattern SCHEDULE_OR_CONFIG = Pattern.compile("(?i)(\\bcron\\b|schedul\\w*|\\bworkers?\\b|"
            + "concurren\\w*|batch[_ ]?size|parallel\\w*|\\bmoved? (to|back)\\b|off-?peak|\\d+ \\d+ \\* \\* \\*|pool)");
    private static final Pattern RELEASE = Pattern.compile("(?i)\\brelease\\b");
    private static final Pattern VERSION = Pattern.compile("\\bv?\\d+\\.\\d+(\\.\\d+)?[\\w.\\-+]*");
    /// A daily cron expression ("0 2 * * *"); the last one in a text is the new schedule.
    private static final Pattern DAILY_CRON = Pattern.compile("(?<![\\d*/])([0-5]?\\d) ([01]?\\d|2[0-3]) \\* \\* \\*");
    /// A changed schedule counts from its next run when that run came this shortly before the onset.
    private static final Duration SCHEDULE_REACH = Duration.ofHours(6);

    /// Attribute with a commit's message body (`Attr.BODY` in the parsers' model; the subject is the text).
    private static final String BODY = "body";

    private final IncidentEvidence inc;
    private final Instant ref;

    /// @param ref the impact start (or detection) the links are read against
    ChangeLinks(IncidentEvidence inc, Instant ref) {
        this.inc = inc;
        this.ref = ref;
    }

    /// @param changedSchedule the changes that set the job's schedule or config, described, or null
    /// @param setBy           the latest of them in a few words ("v3.8.0 on 2026-02-13"), or null
    record Links(List<String> ids, Set<String> folded, String changedSchedule, String setBy,
                                 String version, String commit) {
    }

    /// Earlier changes that set this one up: for a job run, the deploys, config changes and commits
    /// that name the job (and whether they changed its schedule or config); for a deploy, the
    /// commits it shipped.
    Links corroborate(Row row, Set<String> names) {
        Event e = row.event();
        List<String> ids = new ArrayList<>();
        Set<String> folded = new HashSet<>();
        String changed = null;
        String version = null;
        String scheduleCommit = null;
        String deployCommit = null;
        int changes = 0;
        String setBy = null;
        String releaseVersion = null; // "release: invoice-reconciliation v3.8.0", when no deploy says it
        if (e.kind() != EventKind.JOB && e.kind() != EventKind.DEPLOY) {
            return new Links(ids, folded, null, null, null, null);
        }
        List<Row> earlier = within(inc.changes, e.time().minus(TriggerFinder.LOOKBACK), e.time()).stream().filter(r -> {
            EventKind k = r.event().kind();
            return r != row && (k == EventKind.DEPLOY || k == EventKind.CONFIG_CHANGE || k == EventKind.COMMIT);
        }).toList();
        String ownCommit = e.attr(Attr.COMMIT);
        String ownVersion = e.attr(Attr.VERSION);
        String service = lower(e.attr(Attr.SERVICE));
        // a deploy ships the commits naming its service since that service's previous deploy
        Instant shippedSince = null;
        for (Row r : earlier) {
            if (r.event().kind() == EventKind.DEPLOY && !service.isEmpty() && service.equals(lower(r.event().attr(Attr.SERVICE)))) {
                shippedSince = r.event().time();
            }
        }
        for (int i = earlier.size() - 1; i >= 0; i--) {
            Event d = earlier.get(i).event();
            boolean related;
            if (e.kind() == EventKind.JOB) {
                related = names.contains(lower(d.attr(Attr.SERVICE))) || mentions(fullText(d), names);
            } else {
                String c = d.attr(Attr.COMMIT);
                boolean sameCommit = ownCommit != null && c != null && (c.startsWith(ownCommit) || ownCommit.startsWith(c));
                boolean namesVersion = ownVersion != null && ownVersion.length() >= 4 && d.text().contains(ownVersion);
                boolean shipped = !service.isEmpty() && (shippedSince == null || d.time().isAfter(shippedSince))
                        && fullText(d).toLowerCase(Locale.ROOT).contains(service);
                related = d.kind() == EventKind.COMMIT && (sameCommit || namesVersion || shipped);
            }
            if (!related) {
                continue;
            }
            ids.add(earlier.get(i).id());
            folded.add(earlier.get(i).id());
            if (version == null && d.kind() == EventKind.DEPLOY) {
                version = d.attr(Attr.VERSION) != null ? d.attr(Attr.VERSION) : versionIn(d.text());
            }
            if (releaseVersion == null && d.kind() == EventKind.COMMIT && RELEASE.matcher(firstLine(d.text())).find()) {
                releaseVersion = versionIn(firstLine(d.text()));
            }
            if ((e.kind() == EventKind.JOB || d.kind() == EventKind.COMMIT) && SCHEDULE_OR_CONFIG.matcher(fullText(d)).find()) {
                String what = d.kind() == EventKind.COMMIT ? "commit " + shortSha(d.attr(Attr.COMMIT)) + " "
                        + ChatCues.quote(firstLine(d.text()), 80)
                        : IncidentEvidence.noun(d.kind()) + " " + ChatCues.quote(firstLine(d.text()), 80);
                what += " (" + Words.at(d.time(), ref) + ")";
                if (setBy == null) {
                    String v = d.attr(Attr.VERSION) != null ? d.attr(Attr.VERSION) : versionIn(d.text());
                    setBy = (d.kind() == EventKind.COMMIT ? "commit " + shortSha(d.attr(Attr.COMMIT))
                            : v != null ? v : IncidentEvidence.noun(d.kind())) + " on " + Words.dayHm(d.time()).substring(0, 10);
                }
                if (changes++ < 2) {
                    changed = changed == null ? what : changed + " and " + what;
                }
                if (scheduleCommit == null && d.kind() == EventKind.COMMIT) {
                    scheduleCommit = d.attr(Attr.COMMIT);
                }
            }
            if (deployCommit == null && d.kind() == EventKind.DEPLOY && d.attr(Attr.COMMIT) != null) {
                deployCommit = d.attr(Attr.COMMIT);
            }
            if (ids.size() >= 5) {
                break;
            }
        }
        if (changes > 2) {
            changed += " (and " + (changes - 2) + " more)";
        }
        return new Links(ids, folded, changed, setBy, version != null ? version : releaseVersion,
                scheduleCommit != null ? scheduleCommit : deployCommit);
    }

    /// When a change set a daily cron schedule whose next run came up to six hours before the
    /// reference (and after the change): that run, else null.
    Instant scheduleFired(Event e) {
        Matcher m = DAILY_CRON.matcher(fullText(e));
        String[] last = null;
        while (m.find()) {
            last = new String[] {m.group(1), m.group(2)};
        }
        if (last == null) {
            return null;
        }
        java.time.LocalTime clock = java.time.LocalTime.of(Integer.parseInt(last[1]), Integer.parseInt(last[0]));
        Instant run = ref.atOffset(java.time.ZoneOffset.UTC).toLocalDate().atTime(clock).toInstant(java.time.ZoneOffset.UTC);
        if (run.isAfter(ref.plus(TriggerFinder.SLACK))) {
            run = run.minus(Duration.ofDays(1));
        }
        boolean recent = Duration.between(run, ref).compareTo(SCHEDULE_REACH) <= 0;
        return recent && run.isAfter(e.time()) ? run : null;
    }

    /// Rows of a time-ordered list in `[from, to]`.
    static List<Row> within(List<Row> rows, Instant from, Instant to) {
        List<Row> out = new ArrayList<>();
        for (Row r : rows) {
            Instant t = r.event().time();
            if (!t.isBefore(from) && !t.isAfter(to)) {
                out.add(r);
            }
        }
        return out;
    }

    static boolean mentions(String text, Set<String> names) {
        if (names.isEmpty()) {
            return false;
        }
        String t = text.toLowerCase(Locale.ROOT);
        for (String n : names) {
            if (t.contains(n)) {
                return true;
            }
        }
        return false;
    }

    /// The text and, for commits, the message body.
    static String fullText(Event e) {
        String body = e.attr(BODY);
        return body == null || body.isEmpty() ? e.text() : e.text() + "\n" + body;
    }

    static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }

    static String versionIn(String text) {
        Matcher m = VERSION.matcher(text);
        return m.find() ? m.group() : null;
    }

    static String shortSha(String sha) {
        return sha == null ? "" : sha.length() > 7 ? sha.substring(0, 7) : sha;
    }

    static String firstLine(String text) {
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }
}
