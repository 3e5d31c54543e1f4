package dev.pmw.analysis;

import dev.pmw.model.Attr;
import dev.pmw.model.Event;
import dev.pmw.model.EventKind;
import dev.pmw.timeline.Row;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/// Compares clock times that responders write in chat ("rolled back at 14:05", "mitigated as of
/// 02:31 UTC", "Impact 02:03–02:31") with the events and boundaries they talk about. Chat times
/// are read as UTC on the message's day (or the day before, for "23:47 last night"); a mismatch
/// of whole hours is called out as a possible time-zone mix-up. Messages that say they use a local
/// clock ("our time", "CET") are left alone.
final class ChatClocks {
    /// Times closer than this agree.
    private static final Duration AGREE = Duration.ofMinutes(2);
    private static final Duration BOUNDARY_AGREE = Duration.ofMinutes(3);
    private static final int WORD_BEFORE = 45;
    private static final int WORD_AFTER = 25;

    private static final Pattern TIME = Pattern.compile(
            "(?<![\\d:.])([01]?\\d|2[0-3]):([0-5]\\d)(?::([0-5]\\d))?(?![\\d:])");
    private static final Pattern LOCAL = Pattern.compile(
            "(?i)\\b(our time|local time|my time|CET|CEST|PST|PDT|EST|EDT|BST|IST|JST|AEST)\\b");
    private static final Pattern ROLLBACK = Pattern.compile("(?i)\\b(rolled back|rollback|roll(?:ing)? back|reverted|revert)\\b");
    private static final Pattern DEPLOY = Pattern.compile("(?i)\\b(deployed|deploy(?:ment)?|went out|shipped|released|rolled out|went live)\\b");
    private static final Pattern CONFIG = Pattern.compile("(?i)\\b(config(?:uration)? change|applied|bumped|hotfix)\\b");
    private static final Pattern MITIGATED = Pattern.compile("(?i)\\bmitigated\\W{0,3}\\s+(?:as of|at|since)\\s*$");
    private static final Pattern RESOLVED = Pattern.compile("(?i)\\bresolved\\W{0,3}\\s+(?:as of|at|since)\\s*$");
    private static final Pattern IMPACT_FROM = Pattern.compile("(?i)\\bimpact\\s+(?:started\\s+|began\\s+|start(?:ed)?\\s+at\\s+|from\\s+)?(?:at\\s+)?$");
    private static final Pattern RANGE_DASH = Pattern.compile("^\\s*(?:[–—-]|to)\\s*$");

    private final IncidentEvidence inc;
    private final Map<BoundaryKind, Boundary> boundaries;

    ChatClocks(IncidentEvidence inc, Map<BoundaryKind, Boundary> boundaries) {
        this.inc = inc;
        this.boundaries = boundaries;
    }

    List<OpenQuestion> find() {
        List<OpenQuestion> out = new ArrayList<>();
        Instant from = inc.windowStart == null ? null : inc.windowStart.minus(Duration.ofHours(1));
        Instant to = inc.windowEnd == null ? null : inc.windowEnd.plus(Duration.ofHours(24));
        for (Row r : inc.chat) {
            String text = r.event().text();
            Instant at = r.event().time();
            if (from != null && at.isBefore(from) || to != null && at.isAfter(to) || !hasClock(text)
                    || LOCAL.matcher(text).find()) {
                continue;
            }
            Matcher m = TIME.matcher(text);
            Instant previousEnd = null;
            int previousEndPos = -1;
            while (m.find()) {
                Instant said = said(r.event().time(), m);
                String before = text.substring(Math.max(0, m.start() - WORD_BEFORE), m.start());
                String after = text.substring(m.end(), Math.min(text.length(), m.end() + WORD_AFTER));
                if (previousEndPos >= 0 && RANGE_DASH.matcher(text.substring(previousEndPos, m.start())).matches()
                        && previousEnd != null) {
                    // "Impact 02:03–02:31": the second time is the end of the impact
                    boundary(out, r, BoundaryKind.MITIGATED, said, "the impact ended");
                    previousEndPos = -1;
                    continue;
                }
                previousEndPos = -1;
                if (IMPACT_FROM.matcher(before).find()) {
                    boundary(out, r, BoundaryKind.IMPACT_START, said, "the impact began");
                    previousEnd = said;
                    previousEndPos = m.end();
                } else if (MITIGATED.matcher(before).find()) {
                    boundary(out, r, BoundaryKind.MITIGATED, said, "the impact was mitigated");
                } else if (RESOLVED.matcher(before).find()) {
                    boundary(out, r, BoundaryKind.RESOLVED, said, "the incident was resolved");
                } else {
                    change(out, r, said, before, after, m.start());
                }
            }
        }
        return out;
    }

    /// A cheap test before the regex: a digit, a colon and a digit.
    private static boolean hasClock(String text) {
        for (int i = text.indexOf(':'); i > 0 && i < text.length() - 1; i = text.indexOf(':', i + 1)) {
            if (Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /// The instant a chat clock time means: that time (UTC) on the message's day, or the day
    /// before when it would lie more than ten minutes after the message.
    private static Instant said(Instant msg, Matcher m) {
        LocalTime clock = LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                m.group(3) == null ? 0 : Integer.parseInt(m.group(3)));
        Instant t = msg.atOffset(ZoneOffset.UTC).toLocalDate().atTime(clock).toInstant(ZoneOffset.UTC);
        return t.isAfter(msg.plus(Duration.ofMinutes(10))) ? t.minus(Duration.ofDays(1)) : t;
    }

    private void boundary(List<OpenQuestion> out, Row chat, BoundaryKind kind, Instant said, String what) {
        Boundary b = boundaries.get(kind);
        if (b == null || !b.present()) {
            return;
        }
        Duration d = Duration.between(b.time(), said).abs();
        boolean inRange = b.earliest() != null && !said.isBefore(b.earliest().minus(AGREE))
                && !said.isAfter(b.latest().plus(AGREE));
        if (d.compareTo(BOUNDARY_AGREE) < 0 || inRange) {
            return;
        }
        List<String> ev = new ArrayList<>();
        ev.add(chat.id());
        ev.addAll(b.evidence());
        out.add(new OpenQuestion(OpenQuestion.CONTRADICTION, chat.event().actor() + " wrote in chat that " + what
                + " at " + Words.hm(said) + ", but the evidence puts " + kind.label().toLowerCase(Locale.ROOT)
                + " at " + Words.hms(b.time()) + " UTC, " + Words.span(d) + " apart. Which time should the postmortem use?"
                + zoneHint(d), ev));
    }

    private void change(List<OpenQuestion> out, Row chat, Instant said, String before, String after, int at) {
        Set<EventKind> kinds = kindsNamed(before, after);
        if (kinds.isEmpty()) {
            return;
        }
        // the service named closest to the clock time, when the message names one
        String text = chat.event().text().toLowerCase(Locale.ROOT);
        String service = null;
        int distance = Integer.MAX_VALUE;
        for (String s : inc.services) {
            for (int i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) {
                int d = Math.abs(i - at);
                if (d < distance || d == distance && s.length() > service.length()) {
                    distance = d;
                    service = s;
                }
            }
        }
        String svc = service;
        Duration reach = svc != null ? Duration.ofHours(12) : Duration.ofMinutes(90);
        Row nearest = null;
        Duration best = null;
        for (Row r : inc.changes) {
            Instant t = r.event().time();
            if (t.isBefore(said.minus(reach)) || t.isAfter(said.plus(reach)) || !kinds.contains(r.event().kind())
                    || !matches(r.event(), svc)) {
                continue;
            }
            Duration d = Duration.between(r.event().time(), said).abs();
            if (best == null || d.compareTo(best) < 0) {
                best = d;
                nearest = r;
            }
        }
        if (nearest == null || best.compareTo(AGREE) < 0) {
            return;
        }
        Event e = nearest.event();
        String what = (svc == null ? "a change " : svc + " ") + verb(kinds);
        out.add(new OpenQuestion(OpenQuestion.CONTRADICTION, chat.event().actor() + " wrote in chat ("
                + Words.hm(chat.event().time()) + " UTC) that " + what + " at " + Words.hm(said) + ", but the "
                + IncidentEvidence.noun(e.kind()) + " event " + ChatCues.quote(e.text(), 60) + " is at "
                + Words.at(e.time(), chat.event().time()) + ", " + Words.span(best) + " apart. Which time is right?" + zoneHint(best),
                List.of(chat.id(), nearest.id())));
    }

    private static boolean matches(Event e, String service) {
        if (service == null) {
            return true;
        }
        String s = e.attr(Attr.SERVICE);
        return s != null && s.equalsIgnoreCase(service) || e.text().toLowerCase(Locale.ROOT).contains(service);
    }

    /// The change kinds named by the word nearest to the time (before it, else right after it).
    private static Set<EventKind> kindsNamed(String before, String after) {
        int rb = lastEnd(ROLLBACK, before);
        int dp = lastEnd(DEPLOY, before);
        int cf = lastEnd(CONFIG, before);
        int max = Math.max(rb, Math.max(dp, cf));
        if (max < 0) {
            rb = ROLLBACK.matcher(after).find() ? 0 : -1;
            dp = DEPLOY.matcher(after).find() ? 0 : -1;
            cf = CONFIG.matcher(after).find() ? 0 : -1;
            max = Math.max(rb, Math.max(dp, cf));
            if (max < 0) {
                return Set.of();
            }
        }
        if (rb == max) {
            return EnumSet.of(EventKind.ROLLBACK);
        }
        if (dp == max) {
            return EnumSet.of(EventKind.DEPLOY, EventKind.ROLLBACK);
        }
        return EnumSet.of(EventKind.CONFIG_CHANGE, EventKind.DEPLOY);
    }

    private static int lastEnd(Pattern p, String s) {
        Matcher m = p.matcher(s);
        int end = -1;
        while (m.find()) {
            end = m.end();
        }
        return end;
    }

    private static String verb(Set<EventKind> kinds) {
        if (kinds.equals(EnumSet.of(EventKind.ROLLBACK))) {
            return "was rolled back";
        }
        return kinds.contains(EventKind.CONFIG_CHANGE) ? "was changed" : "was deployed";
    }

    /// A hint for differences of whole hours (± 2 min), the mark of a time-zone mix-up.
    private static String zoneHint(Duration d) {
        long min = d.toMinutes();
        long rem = Math.min(min % 60, 60 - min % 60);
        if (min >= 58 && rem <= 2 && min <= 14 * 60 + 2) {
            return " They differ by whole hours: was one of them written in another time zone?";
        }
        return "";
    }
}
