package dev.pmw.analysis;

import dev.pmw.model.Attr;
import dev.pmw.model.Event;
import dev.pmw.model.EventKind;
import dev.pmw.model.Level;
import dev.pmw.timeline.Row;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/// Finds the change that most plausibly started the impact. Every deploy, rollback, config change,
/// commit and job run up to 14 days before the impact start is a candidate (changes after it are
/// not triggers: the 02:23 hotfix is mitigation). Its confidence starts from how close it came
/// before the impact start (decaying with distance) and is raised or lowered by what the evidence
/// says about it, each as a plain reason:
///
/// - same service as the errors (×3), named in the error logs (×2), logged warnings of its own
///   during the impact (×1.5)
/// - named in chat as the cause (×3), asked about (×1.5), ruled out (×0.15): the latest opinion wins
/// - for a job run: a deploy or commit that changed its schedule or config (×2), which is folded
///   into the job's evidence (version and commit come from it) instead of competing with it
/// - a bare commit may not have been live (×0.5)
///
/// The factors multiply the odds, so no single weak hint makes a change the trigger.
final class TriggerFinder {
    static final Duration LOOKBACK = Duration.ofDays(14);
    /// Clock skew allowed between a change and the onset measured on another source's clock.
    static final Duration SLACK = Duration.ofSeconds(60);
    /// Half-weight distance of the proximity decay: a change 15 min before scores 0.5.
    private static final double HALF_MINUTES = 15;
    /// Prior odds that a change right before an incident caused it.
    private static final double PRIOR_ODDS = 0.3;
    /// Below this, the best candidate is not presented as the trigger.
    static final double MIN_CONFIDENCE = 0.2;
    private static final int RUNNERS_UP = 3;


    private final IncidentEvidence inc;
    private final Instant ref;
    private final String refName;
    private final Instant impactEnd;
    private final Set<String> errorServices = new LinkedHashSet<>();
    private final List<Event> errorRows = new ArrayList<>();
    private final List<Event> warnRows = new ArrayList<>();
    /// Chat messages considered: indices `[chatFrom, chatTo)` of [IncidentEvidence#chat].
    private int chatFrom;
    private int chatTo;
    private final ChangeLinks links;

    /// What was found: the trigger (or null), the runners-up and, when there is no trigger, why.
    record Result(Trigger trigger, List<Trigger> runnersUp, String missing) {
    }

    private record Scored(Row row, double confidence, Trigger trigger, Set<String> folded) {
    }

    TriggerFinder(IncidentEvidence inc, Boundary start, Boundary detected, Boundary mitigated) {
        this.inc = inc;
        this.ref = start.present() ? start.time() : detected.present() ? detected.time() : null;
        this.refName = start.present() ? "the impact start" : "the detection";
        this.impactEnd = mitigated.present() ? mitigated.time() : ref == null ? null : ref.plus(Duration.ofMinutes(30));
        this.links = new ChangeLinks(inc, ref);
        if (ref != null) {
            collectContext(detected);
        }
    }

    private void collectContext(Boundary detected) {
        Instant chatEnd = inc.windowEnd == null ? null : inc.windowEnd.plus(Duration.ofHours(24));
        for (Row r : inc.rows) {
            Event e = r.event();
            String svc = e.attr(Attr.SERVICE);
            boolean log = e.kind() == EventKind.LOG || e.kind() == EventKind.LOG_BURST;
            boolean overlaps = !e.lastTime().isBefore(ref) && !e.time().isAfter(impactEnd);
            if (log && overlaps) {
                String status = e.attr(Attr.HTTP_STATUS);
                if (e.level().atLeast(Level.ERROR) || status != null && status.startsWith("5")) {
                    errorRows.add(e);
                    if (svc != null) {
                        errorServices.add(svc);
                    }
                } else if (e.level() == Level.WARN && e.count() >= 3) {
                    warnRows.add(e);
                }
            }
        }
        Instant chatStart = ref.minus(Duration.ofHours(2));
        chatFrom = inc.chat.size();
        chatTo = 0;
        for (int i = 0; i < inc.chat.size(); i++) {
            Instant t = inc.chat.get(i).event().time();
            if (!t.isBefore(chatStart) && (chatEnd == null || !t.isAfter(chatEnd))) {
                chatFrom = Math.min(chatFrom, i);
                chatTo = i + 1;
            }
        }
        if (detected.present() && inc.firstAlert != null && inc.firstAlert.event().attr(Attr.SERVICE) != null) {
            errorServices.add(inc.firstAlert.event().attr(Attr.SERVICE));
        }
    }

    Result find() {
        if (ref == null) {
            return new Result(null, List.of(), "neither the impact start nor the detection is known, so no change can be placed before it");
        }
        List<Row> candidates = ChangeLinks.within(inc.changes, ref.minus(LOOKBACK), ref.plus(SLACK));
        if (candidates.isEmpty()) {
            return new Result(null, List.of(), "no deploy, rollback, config change, commit or job run in the "
                    + LOOKBACK.toDays() + " days before " + refName);
        }
        List<Scored> scored = new ArrayList<>();
        for (Row c : candidates) {
            scored.add(score(c));
        }
        scored.sort(Comparator.comparingDouble(Scored::confidence).reversed()
                .thenComparing(s -> s.row().event().time(), Comparator.reverseOrder()));
        List<Trigger> ranked = new ArrayList<>();
        Set<String> folded = new HashSet<>();
        for (Scored s : scored) {
            if (folded.contains(s.row().id())) {
                continue;
            }
            ranked.add(s.trigger());
            folded.addAll(s.folded());
        }
        Trigger best = ranked.getFirst();
        List<Trigger> rest = ranked.subList(1, Math.min(ranked.size(), 1 + RUNNERS_UP));
        if (best.confidence() < MIN_CONFIDENCE) {
            return new Result(null, ranked.subList(0, Math.min(ranked.size(), RUNNERS_UP)),
                    "no change is plausibly linked to the impact: the best candidate, " + best.summary()
                            + ", has confidence " + String.format(Locale.ROOT, "%.2f", best.confidence()));
        }
        return new Result(best, List.copyOf(rest), null);
    }

    private Scored score(Row row) {
        Event e = row.event();
        List<String> why = new ArrayList<>();
        Set<String> evidence = new LinkedHashSet<>();
        evidence.add(row.id());
        Set<String> names = names(e);
        Instant fired = e.kind() == EventKind.JOB ? null : links.scheduleFired(e);
        Duration before = Duration.between(fired != null ? fired : e.time(), ref);
        double minutes = Math.max(0, before.toSeconds() / 60.0);
        double p = 1 / (1 + minutes / HALF_MINUTES);
        double odds = PRIOR_ODDS * p / (1 - p + 0.05);
        if (fired != null) {
            why.add("the schedule it set fired at " + Words.at(fired, ref) + ", " + Words.span(before) + " before "
                    + refName + " (the change itself was " + Words.span(e.time(), ref) + " earlier)");
        } else {
            why.add(!before.isPositive() ? "at " + refName + " (within clock skew)"
                    : Words.span(before) + " before " + refName);
        }

        String svc = service(e);
        if (svc != null && errorServices.stream().anyMatch(x -> x.equalsIgnoreCase(svc))) {
            odds *= 3;
            why.add("same service as the errors (" + svc + ")");
        } else {
            Event named = mentioning(errorRows, names);
            if (named != null) {
                odds *= 2;
                evidence.add(idOf(named));
                why.add("named in the error logs: " + ChatCues.quote(named.text(), 70));
            } else {
                Event warned = warnRows.stream().filter(w -> names.contains(ChangeLinks.lower(w.attr(Attr.SERVICE)))).findFirst().orElse(null);
                if (warned != null) {
                    odds *= 1.5;
                    evidence.add(idOf(warned));
                    why.add(warned.attr(Attr.SERVICE) + " logged warnings of its own during the impact: "
                            + ChatCues.quote(warned.text(), 60));
                }
            }
        }

        odds *= chatFactor(names, evidence, why);

        ChangeLinks.Links corr = links.corroborate(row, names);
        evidence.addAll(corr.ids());
        if (corr.changedSchedule() != null && e.kind() == EventKind.JOB) {
            odds *= 2;
            why.add("its schedule or config was changed by " + corr.changedSchedule());
        } else if (corr.changedSchedule() != null) {
            why.add("it shipped " + corr.changedSchedule());
        }
        if (e.kind() == EventKind.COMMIT) {
            odds *= 0.5;
            why.add("a commit is not a deploy: it may not have been live");
        }
        double confidence = Math.min(0.95, odds / (1 + odds));
        String version = e.attr(Attr.VERSION) != null ? e.attr(Attr.VERSION) : corr.version();
        // a deploy that harmed through the schedule it set: the commit that changed the schedule says more
        // than the release commit it deployed
        String commit = e.attr(Attr.COMMIT) != null && !(fired != null && corr.changedSchedule() != null)
                ? e.attr(Attr.COMMIT) : corr.commit() != null ? corr.commit() : e.attr(Attr.COMMIT);
        Trigger t = new Trigger(e.time(), e.kind(), summary(e, svc, version, before, fired, corr), svc, version, commit,
                confidence, List.copyOf(evidence), why);
        return new Scored(row, confidence, t, corr.folded());
    }

    /// The latest opinion in chat about the change: pointed at, asked about, or ruled out.
    private double chatFactor(Set<String> names, Set<String> evidence, List<String> why) {
        java.util.TreeSet<Integer> mentioned = new java.util.TreeSet<>();
        for (String n : names) {
            for (int i : inc.chatMentioning(n)) {
                if (i >= chatFrom && i < chatTo) {
                    mentioned.add(i);
                }
            }
        }
        // the latest decisive opinion (pointed at or ruled out) wins; a question counts only when
        // nobody took a position ("rerun the fraud-scoring export?" does not reopen a ruled-out deploy)
        Event last = null;
        ChatCues.Stance stance = ChatCues.Stance.NEUTRAL;
        Event firstPointing = null;
        for (int i : mentioned) {
            ChatCues.Stance s = inc.stance(i);
            boolean decisive = stance == ChatCues.Stance.POINTS_AT || stance == ChatCues.Stance.RULED_OUT;
            if (s == ChatCues.Stance.NEUTRAL || s == ChatCues.Stance.QUESTION && decisive) {
                continue;
            }
            Event c = inc.chat.get(i).event();
            if (s == ChatCues.Stance.POINTS_AT && firstPointing == null) {
                firstPointing = c;
            }
            last = c;
            stance = s;
        }
        if (last == null) {
            return 1;
        }
        String quote = last.actor() + " " + ChatCues.quote(last.text(), 90);
        switch (stance) {
            case POINTS_AT -> {
                evidence.add(idOf(firstPointing));
                evidence.add(idOf(last));
                why.add("named in chat: " + firstPointing.actor() + " " + ChatCues.quote(firstPointing.text(), 90));
                return 3;
            }
            case QUESTION -> {
                evidence.add(idOf(last));
                why.add("asked about in chat: " + quote);
                return 1.5;
            }
            case RULED_OUT -> {
                evidence.add(idOf(last));
                why.add("ruled out in chat: " + quote);
                return 0.15;
            }
            default -> {
                return 1;
            }
        }
    }

    private String summary(Event e, String svc, String version, Duration before, Instant fired, ChangeLinks.Links corr) {
        String who = svc == null ? "" : svc + " ";
        String gap = !before.isPositive() ? "at " + refName : Words.span(before) + " before " + refName;
        String when = "at " + Words.at(e.time(), ref) + ", " + (fired == null ? gap
                : "whose new schedule fired at " + Words.at(fired, ref) + ", " + gap);
        return switch (e.kind()) {
            case JOB -> (e.attr(Attr.JOB) != null ? e.attr(Attr.JOB) : who.strip()) + " scheduled run started " + when
                    + (corr.setBy() != null ? " (schedule/config set by " + corr.setBy() + ")" : "");
            case DEPLOY -> "deploy of " + who + (version == null ? "" : version + " ") + when;
            case ROLLBACK -> "rollback of " + who + (version == null ? "" : "to " + version + " ") + when;
            case CONFIG_CHANGE -> "config change " + (svc == null ? "" : "on " + svc + " ") + when + ": "
                    + ChatCues.quote(ChangeLinks.firstLine(e.text()), 70);
            case COMMIT -> "commit " + ChangeLinks.shortSha(e.attr(Attr.COMMIT)) + " " + ChatCues.quote(ChangeLinks.firstLine(e.text()), 70) + " " + when;
            default -> e.kind().label() + " " + when;
        };
    }

    /// Names the change goes by: its service, job, version and short commit, lower-case.
    private Set<String> names(Event e) {
        Set<String> n = new LinkedHashSet<>();
        add(n, e.attr(Attr.SERVICE));
        add(n, e.attr(Attr.JOB));
        if (e.attr(Attr.SERVICE) == null) {
            add(n, knownServiceIn(e.text()));
        }
        String v = e.attr(Attr.VERSION);
        if (v != null && v.length() >= 4 && v.contains(".")) {
            add(n, v);
            add(n, v.startsWith("v") ? v.substring(1) : null);
        }
        String c = e.attr(Attr.COMMIT);
        if (c != null && c.length() >= 7) {
            add(n, c.substring(0, 7));
        }
        return n;
    }

    private String service(Event e) {
        if (e.attr(Attr.SERVICE) != null) {
            return e.attr(Attr.SERVICE);
        }
        if (e.attr(Attr.JOB) != null) {
            return e.attr(Attr.JOB);
        }
        return knownServiceIn(e.text());
    }

    private String knownServiceIn(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        String best = null;
        for (String s : inc.services) {
            if (s.length() >= 3 && t.contains(s) && (best == null || s.length() > best.length())) {
                best = s;
            }
        }
        return best;
    }

    private static void add(Set<String> n, String s) {
        if (s != null && s.length() >= 3) {
            n.add(s.toLowerCase(Locale.ROOT));
        }
    }

    private static Event mentioning(List<Event> rows, Set<String> names) {
        for (Event e : rows) {
            if (ChangeLinks.mentions(e.text(), names)) {
                return e;
            }
        }
        return null;
    }

    private static String idOf(Event e) {
        return e.id();
    }
}
