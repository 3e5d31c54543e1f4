package dev.pmw.analysis;

import dev.pmw.ingest.LogGroup;
import dev.pmw.model.Attr;
import dev.pmw.model.Event;
import dev.pmw.model.EventKind;
import dev.pmw.timeline.Row;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/// The five lifecycle boundaries, each from named evidence with the rule that chose it. Missing
/// evidence gives [Boundary#missing] with the reason, never a guess.
final class BoundaryRules {
    /// An alert this long before the impact start still counts as its detection (clock skew,
    /// an alert on an early symptom).
    private static final Duration DETECT_LEAD = Duration.ofMinutes(10);
    /// An acknowledgement event this long before the first alert is still taken (and questioned).
    private static final Duration ACK_LEAD = Duration.ofMinutes(30);
    private static final Duration CHAT_ACK_WITHIN = Duration.ofHours(2);
    /// Candidates further than this from the chosen time are about something else.
    private static final Duration RANGE_REACH = Duration.ofMinutes(15);
    private static final Pattern RESOLVED_WORD = Pattern.compile("(?i)\\bresolved\\b");

    private final IncidentEvidence inc;

    BoundaryRules(IncidentEvidence inc) {
        this.inc = inc;
    }

    /// One piece of evidence for a boundary: the rule that reads it, and a short label for "corroborated by".
    private record Candidate(Instant time, List<String> evidence, String rule, String label) {
        Candidate(Instant time, List<String> evidence, String rule) {
            this(time, evidence, rule, null);
        }

        String describe() {
            return (label != null ? label : rule.contains(":") ? rule.substring(0, rule.indexOf(':')) : rule)
                    + " at " + Words.hms(time) + " UTC";
        }
    }

    // ---------------------------------------------------------------- impact start

    Boundary impactStart() {
        List<Candidate> c = new ArrayList<>();
        Episode ep = inc.episode;
        LogSignals s = inc.signals;
        if (ep != null) {
            c.add(new Candidate(ep.onset(), ids(inc.rowId(ep.leadRef()), inc.rowId(ep.firstFailRef())), onsetRule(ep),
                    "the rise in the logs"));
        }
        for (MetricBreach b : inc.breaches) {
            if (ep == null || Duration.between(b.onset(), ep.onset()).abs().compareTo(Duration.ofMinutes(30)) <= 0) {
                c.add(new Candidate(b.onset(), List.of(), "metric “" + b.series() + "” rose above its baseline at "
                        + Words.hms(b.onset()) + " UTC", "metric “" + b.series() + "”"));
            }
        }
        if (c.isEmpty()) {
            return Boundary.missing(BoundaryKind.IMPACT_START, impactMissingReason());
        }
        Candidate best = c.stream().min(Comparator.comparing(Candidate::time)).orElseThrow();
        Boundary b = pick(BoundaryKind.IMPACT_START, best, c);
        if (ep != null && ep.firstFailRef() >= 0 && ep.leadRef() != ep.firstFailRef()) {
            // saturation first, failures later: the range runs to the first failed request, which is
            // where impact starts if it counts only failures rather than degraded (slow) service
            Instant firstFail = s.time(ep.firstFailRef());
            Instant lo = b.earliest() != null ? b.earliest() : b.time();
            Instant hi = b.latest() != null && b.latest().isAfter(firstFail) ? b.latest() : firstFail;
            b = new Boundary(b.kind(), b.time(), null, null, b.evidence(), b.rule(), null, false).withRange(lo, hi);
        }
        return b;
    }

    private String onsetRule(Episode ep) {
        LogSignals s = inc.signals;
        String noun = s.failureNoun();
        String baseline = "baseline " + noun + " share " + Words.percent(s.baselineShare);
        String toward = inc.firstAlert != null ? "the first alert" : "the worst minute";
        LogGroup lead = s.group(ep.leadRef());
        boolean leadIsFailure = ep.leadRef() == ep.firstFailRef();
        StringBuilder r = new StringBuilder("start of the unbroken rise in ");
        r.append(noun).append("s and incident-related warnings leading to ").append(toward).append(": ");
        if (leadIsFailure) {
            r.append("first ").append(noun).append(" after a quiet baseline, ")
                    .append(ChatCues.quote(lead.example(), 80)).append(" at ").append(Words.hms(ep.onset())).append(" UTC");
        } else {
            r.append(ChatCues.quote(lead.example(), 80)).append(" (").append(lead.level()).append(") at ")
                    .append(Words.hms(ep.onset())).append(" UTC");
            if (ep.firstFailRef() >= 0) {
                r.append(", first ").append(noun).append(" at ").append(Words.hms(s.time(ep.firstFailRef()))).append(" UTC");
            }
        }
        return r.append("; ").append(baseline).toString();
    }

    private String impactMissingReason() {
        String bound = inc.firstAlert == null ? "" : "; the first alert at " + Words.hms(inc.firstAlert.event().time())
                + " UTC is the latest it can be";
        if (inc.signals.isEmpty() && inc.timeline.sources().stream().allMatch(x -> x.result().series().isEmpty())) {
            return "no log lines and no metric series to show when errors began" + bound;
        }
        return "the logs and metrics show no rise in errors or incident-related warnings around the first alert" + bound;
    }

    // ---------------------------------------------------------------- detected

    Boundary detected(Boundary start) {
        Instant from = start.present() ? start.time().minus(DETECT_LEAD) : null;
        Row first = inc.first(r -> IncidentEvidence.isAlertStart(r.event()) && inc.inWindow(r.event().time()), from);
        if (first == null) {
            boolean anyAlert = inc.rows.stream().anyMatch(r -> r.event().kind().isAlerting());
            return Boundary.missing(BoundaryKind.DETECTED, anyAlert
                    ? "no alert trigger or page in the incident window" + (start.present() ? " after the impact start" : "")
                    : "the sources contain no alert or page (add a Datadog, PagerDuty or Opsgenie export)");
        }
        Instant t = first.event().time();
        List<String> ev = new ArrayList<>();
        for (Row r : inc.all(r -> IncidentEvidence.isAlertStart(r.event()), t, t.plus(Duration.ofMinutes(2)))) {
            ev.add(r.id());
        }
        return Boundary.of(BoundaryKind.DETECTED, t, limit(ev, 5),
                "first alert trigger or page in the incident window: " + IncidentEvidence.describe(first.event()));
    }

    // ---------------------------------------------------------------- acknowledged

    Boundary acknowledged(Boundary start, Boundary detected) {
        Instant ref = detected.present() ? detected.time() : start.present() ? start.time() : null;
        List<Candidate> c = new ArrayList<>();
        for (Row event : firstPerSource(r -> r.event().kind() == EventKind.ACKNOWLEDGE && inc.inWindow(r.event().time()),
                ref == null ? null : ref.minus(ACK_LEAD))) {
            c.add(new Candidate(event.event().time(), List.of(event.id()), "first acknowledgement: "
                    + IncidentEvidence.describe(event.event()), "acknowledgement in " + file(event)));
        }
        Row chat = inc.first(r -> ChatCues.isAck(r.event()) && inc.inWindow(r.event().time())
                && (ref == null || !r.event().time().isAfter(ref.plus(CHAT_ACK_WITHIN))), ref);
        if (chat != null) {
            c.add(new Candidate(chat.event().time(), List.of(chat.id()), "first “ack” from a responder in chat after "
                    + (detected.present() ? "the first alert" : "the impact start") + ": " + chat.event().actor() + " "
                    + ChatCues.quote(chat.event().text(), 60), "“ack” in chat by " + chat.event().actor()));
        }
        if (c.isEmpty()) {
            return Boundary.missing(BoundaryKind.ACKNOWLEDGED, "no PagerDuty or Opsgenie acknowledgement and no “ack” "
                    + "from a responder in chat after " + (detected.present() ? "the first alert" : "the impact start"));
        }
        return pick(BoundaryKind.ACKNOWLEDGED, earliest(c), c);
    }

    /// The first matching row at or after `from` of each source (a PagerDuty export and the
    /// PagerDuty bot in Slack each tell it once).
    private List<Row> firstPerSource(java.util.function.Predicate<Row> test, Instant from) {
        java.util.Map<String, Row> first = new java.util.LinkedHashMap<>();
        for (Row r : inc.all(test, from, null)) {
            first.putIfAbsent(r.event().source().file(), r);
        }
        return List.copyOf(first.values());
    }

    private static String file(Row r) {
        return dev.pmw.model.SourceRef.fileName(r.event().source().file());
    }

    // ---------------------------------------------------------------- mitigated

    Boundary mitigated(Boundary start, Boundary detected) {
        Instant after = start.present() ? start.time() : detected.present() ? detected.time() : null;
        List<Candidate> c = new ArrayList<>();
        Episode ep = inc.episode;
        if (ep != null && ep.recovery() != null && (after == null || ep.recovery().isAfter(after))) {
            c.add(new Candidate(ep.recovery(), ids(inc.rowId(ep.lastFailRef())), recoveryRule(ep),
                    inc.signals.failureNoun() + " share back to baseline in the logs"));
        }
        for (MetricBreach b : inc.breaches) {
            if (b.recovery() != null && (after == null || b.recovery().isAfter(after))) {
                c.add(new Candidate(b.recovery(), List.of(), "metric “" + b.series() + "” back under its threshold at "
                        + Words.hms(b.recovery()) + " UTC and stayed there", "metric “" + b.series() + "” back to baseline"));
            }
        }
        Row recovered = recoveredAlert(detected, after);
        if (recovered != null) {
            c.add(new Candidate(recovered.event().time(), List.of(recovered.id()), "alert recovered: "
                    + IncidentEvidence.describe(recovered.event()), "recovery of the alert"));
        }
        Instant chatFrom = detected.present() ? detected.time() : after;
        Row chat = inc.first(r -> ChatCues.confirmsMitigation(r.event()) && inc.inWindow(r.event().time()), chatFrom);
        if (chat != null) {
            c.add(new Candidate(chat.event().time(), List.of(chat.id()), "mitigation confirmed in chat: "
                    + chat.event().actor() + " " + ChatCues.quote(chat.event().text(), 70), "confirmation in chat by "
                    + chat.event().actor()));
        }
        Row action = null;
        if (c.isEmpty()) {
            action = mitigationAction(after, inc.windowEnd);
            String reason = ep != null && ep.recoveryMissing() != null ? ep.recoveryMissing()
                    : "no recovery alert, no return of the error rate to its baseline in the logs and no confirmation in chat";
            if (action != null) {
                reason += "; a mitigation action is recorded at " + Words.hms(action.event().time()) + " UTC ("
                        + IncidentEvidence.describe(action.event()) + ") but nothing confirms that it worked";
            }
            return Boundary.missing(BoundaryKind.MITIGATED, reason);
        }
        Candidate primary = c.getFirst(); // logs, then metrics, then the alert, then chat
        action = mitigationAction(after, primary.time());
        if (action != null) {
            List<String> ev = new ArrayList<>(primary.evidence());
            ev.add(action.id());
            primary = new Candidate(primary.time(), ev, primary.rule() + "; after " + IncidentEvidence.describe(action.event())
                    + " at " + Words.hms(action.event().time()) + " UTC", primary.label);
            c.set(0, primary);
        }
        return pick(BoundaryKind.MITIGATED, primary, c);
    }

    private String recoveryRule(Episode ep) {
        LogSignals s = inc.signals;
        String noun = s.failureNoun();
        StringBuilder r = new StringBuilder(noun).append(" share back under ")
                .append(Words.percent(LogSignals.CALM_SHARE)).append(" (or its baseline ")
                .append(Words.percent(s.baselineShare)).append(") from ").append(Words.hm(ep.recovery()))
                .append(" UTC and stayed there for ").append(Episode.STAY_CALM_MINUTES).append("+ minutes");
        if (ep.lastFailRef() >= 0) {
            r.append(" (last ").append(noun).append(" of the episode at ").append(Words.hms(s.time(ep.lastFailRef())))
                    .append(" UTC)");
        }
        return r.toString();
    }

    /// The first recovery after the detection, of the monitor that detected the incident when
    /// both name their monitor.
    private Row recoveredAlert(Boundary detected, Instant after) {
        Instant from = detected.present() ? detected.time() : after;
        Row alert = inc.firstAlert;
        String monitor = alert == null ? null : monitorOf(alert.event());
        Row any = null;
        for (Row r : inc.all(r -> r.event().kind() == EventKind.ALERT_RECOVERED && inc.inWindow(r.event().time()), from, null)) {
            if (monitor == null || monitor.equals(monitorOf(r.event()))) {
                return r;
            }
            if (any == null) {
                any = r;
            }
        }
        return monitor == null ? any : null;
    }

    private static String monitorOf(Event e) {
        String id = e.attr(Attr.MONITOR_ID);
        return id != null ? id : e.attr(Attr.MONITOR);
    }

    /// The last deploy, rollback or config change between the impact start and `until`.
    private Row mitigationAction(Instant after, Instant until) {
        if (after == null) {
            return null;
        }
        Row last = null;
        for (Row r : inc.changes) {
            EventKind k = r.event().kind();
            Instant t = r.event().time();
            if ((k == EventKind.DEPLOY || k == EventKind.ROLLBACK || k == EventKind.CONFIG_CHANGE)
                    && !t.isBefore(after) && (until == null || !t.isAfter(until))) {
                last = r;
            }
        }
        return last;
    }

    // ---------------------------------------------------------------- resolved

    Boundary resolved(Boundary start, Boundary detected) {
        Instant from = detected.present() ? detected.time() : start.present() ? start.time() : null;
        List<Candidate> c = new ArrayList<>();
        for (Row event : firstPerSource(r -> (r.event().kind() == EventKind.RESOLVE
                || r.event().kind() == EventKind.STATUS_CHANGE && RESOLVED_WORD.matcher(r.event().text()).find())
                && inc.inWindow(r.event().time()), from)) {
            c.add(new Candidate(event.event().time(), List.of(event.id()), "incident resolved: "
                    + IncidentEvidence.describe(event.event()), "resolution in " + file(event)));
        }
        Row chat = inc.first(r -> ChatCues.declaresResolution(r.event()), from);
        if (chat != null) {
            c.add(new Candidate(chat.event().time(), List.of(chat.id()), "resolution announced in chat: "
                    + chat.event().actor() + " " + ChatCues.quote(chat.event().text(), 60), "announcement in chat by "
                    + chat.event().actor()));
        }
        if (c.isEmpty()) {
            return Boundary.missing(BoundaryKind.RESOLVED, "no resolve event (PagerDuty, Opsgenie, status page) and no "
                    + "“resolving the incident” in chat after " + (from == null ? "the incident began" : Words.hm(from) + " UTC"));
        }
        return pick(BoundaryKind.RESOLVED, earliest(c), c);
    }

    // ---------------------------------------------------------------- shared

    private static Candidate earliest(List<Candidate> c) {
        return c.stream().min(Comparator.comparing(Candidate::time)).orElseThrow();
    }

    /// The chosen candidate, corroborated by the others near it (their rows join the evidence and
    /// their times form the range when they disagree by more than a minute).
    private static Boundary pick(BoundaryKind kind, Candidate chosen, List<Candidate> all) {
        Set<String> ev = new LinkedHashSet<>(chosen.evidence());
        Instant lo = chosen.time();
        Instant hi = chosen.time();
        for (Candidate x : all) {
            if (Duration.between(chosen.time(), x.time()).abs().compareTo(RANGE_REACH) <= 0) {
                ev.addAll(x.evidence());
                lo = x.time().isBefore(lo) ? x.time() : lo;
                hi = x.time().isAfter(hi) ? x.time() : hi;
            }
        }
        List<String> others = all.stream().filter(x -> x != chosen
                && Duration.between(chosen.time(), x.time()).abs().compareTo(RANGE_REACH) <= 0).map(Candidate::describe).toList();
        String rule = others.isEmpty() ? chosen.rule() : chosen.rule() + "; corroborated by " + String.join(", ", others);
        return new Boundary(kind, chosen.time(), null, null, List.copyOf(ev), rule, null, false).withRange(lo, hi);
    }

    private static List<String> ids(String... ids) {
        List<String> out = new ArrayList<>();
        for (String id : ids) {
            if (id != null && !out.contains(id)) {
                out.add(id);
            }
        }
        return out;
    }

    private static List<String> limit(List<String> ids, int n) {
        return ids.stream().filter(Objects::nonNull).distinct().limit(n).toList();
    }
}
