package dev.pmw.analysis;

import dev.pmw.timeline.Row;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/// What the evidence leaves open, as blameless questions for the review meeting: missing
/// boundaries, boundaries in an impossible order, a long detection lag, silent stretches during the
/// impact, and sources that disagree.
final class OpenQuestions {
    /// No row from any source for this long during the impact is a gap.
    static final Duration SILENCE = Duration.ofMinutes(10);
    /// Impact this long before the first alert is worth a question.
    static final Duration DETECTION_LAG = Duration.ofMinutes(5);

    private final IncidentEvidence inc;
    private final Map<BoundaryKind, Boundary> b;

    OpenQuestions(IncidentEvidence inc, Map<BoundaryKind, Boundary> boundaries) {
        this.inc = inc;
        this.b = boundaries;
    }

    List<OpenQuestion> find(String triggerMissing) {
        List<OpenQuestion> out = new ArrayList<>();
        missing(out, triggerMissing);
        order(out);
        detectionLag(out);
        gaps(out);
        out.addAll(new ChatClocks(inc, b).find());
        return out;
    }

    private void missing(List<OpenQuestion> out, String triggerMissing) {
        ask(out, BoundaryKind.IMPACT_START, "When did the impact begin, and which evidence shows the first failures?");
        ask(out, BoundaryKind.DETECTED, "How was the incident detected?");
        ask(out, BoundaryKind.ACKNOWLEDGED, "When did a responder first acknowledge the incident?");
        ask(out, BoundaryKind.MITIGATED, "When was the customer impact mitigated, and by what?");
        ask(out, BoundaryKind.RESOLVED, "When was the incident resolved?");
        if (triggerMissing != null) {
            out.add(new OpenQuestion(OpenQuestion.MISSING, "What change, if any, started the impact? The evidence does "
                    + "not say: " + triggerMissing + ".", List.of()));
        }
    }

    private void ask(List<OpenQuestion> out, BoundaryKind k, String question) {
        Boundary x = b.get(k);
        if (x != null && !x.present()) {
            out.add(new OpenQuestion(OpenQuestion.MISSING, question + " The evidence does not say: " + x.reason() + ".",
                    List.of()));
        }
    }

    private void order(List<OpenQuestion> out) {
        before(out, BoundaryKind.DETECTED, BoundaryKind.ACKNOWLEDGED, "The acknowledgement (%s) is recorded before the "
                + "first alert (%s). Was it acknowledged from an earlier alert or page, or is one of the source clocks off?");
        before(out, BoundaryKind.IMPACT_START, BoundaryKind.MITIGATED, "Mitigation (%s) is recorded before the impact "
                + "start (%s). Which of the two should move?");
        before(out, BoundaryKind.MITIGATED, BoundaryKind.RESOLVED, "The incident is marked resolved (%s) before the "
                + "impact was mitigated (%s). Was it resolved early and reopened, or did errors continue after the resolution?");
        if (!present(BoundaryKind.MITIGATED)) {
            before(out, BoundaryKind.IMPACT_START, BoundaryKind.RESOLVED, "The incident is marked resolved (%s) before "
                    + "the impact start (%s). Is the resolution about an earlier incident?");
        }
    }

    /// Asks when `later` is recorded before `earlier`.
    private void before(List<OpenQuestion> out, BoundaryKind earlier, BoundaryKind later, String template) {
        Boundary e = b.get(earlier);
        Boundary l = b.get(later);
        if (e == null || l == null || !e.present() || !l.present() || !l.time().isBefore(e.time())) {
            return;
        }
        List<String> ev = new ArrayList<>(l.evidence());
        e.evidence().stream().filter(id -> !ev.contains(id)).forEach(ev::add);
        out.add(new OpenQuestion(OpenQuestion.ORDER, template.formatted(Words.hms(l.time()) + " UTC",
                Words.hms(e.time()) + " UTC"), ev));
    }

    private void detectionLag(List<OpenQuestion> out) {
        if (!present(BoundaryKind.IMPACT_START) || !present(BoundaryKind.DETECTED)) {
            return;
        }
        Boundary start = b.get(BoundaryKind.IMPACT_START);
        Boundary det = b.get(BoundaryKind.DETECTED);
        Duration lag = Duration.between(start.time(), det.time());
        if (lag.compareTo(DETECTION_LAG) < 0) {
            return;
        }
        String signal = "";
        Episode ep = inc.episode;
        if (!start.pinned() && ep != null && ep.onset().equals(start.time()) && ep.leadRef() >= 0) {
            var g = inc.signals.group(ep.leadRef());
            signal = " The earliest signal was " + ChatCues.quote(g.example(), 80) + " (" + g.level() + ")"
                    + (g.service().isEmpty() ? "" : " from " + g.service()) + ".";
        }
        String ask = signal.isEmpty() ? " Could an alert have fired earlier?"
                : " Was there an alert on that saturated resource or symptom, and could one have fired earlier?";
        List<String> ev = new ArrayList<>(start.evidence());
        det.evidence().stream().filter(id -> !ev.contains(id)).forEach(ev::add);
        out.add(new OpenQuestion(OpenQuestion.DETECTION_LAG, "Impact began " + Words.span(lag) + " before the first "
                + "alert (" + Words.hms(start.time()) + " → " + Words.hms(det.time()) + " UTC)." + signal + ask, ev));
    }

    /// Stretches of the impact (start to mitigation, or to resolution) in which no source recorded
    /// anything: no row starts and no burst is running.
    private void gaps(List<OpenQuestion> out) {
        if (!present(BoundaryKind.IMPACT_START)) {
            return;
        }
        Instant start = b.get(BoundaryKind.IMPACT_START).time();
        Instant end = present(BoundaryKind.MITIGATED) ? b.get(BoundaryKind.MITIGATED).time()
                : present(BoundaryKind.RESOLVED) ? b.get(BoundaryKind.RESOLVED).time() : null;
        if (end == null || !end.isAfter(start)) {
            return;
        }
        Instant reach = start;
        String reachId = null;
        for (Row r : inc.timeline.rows()) {
            Instant t = r.event().time();
            if (t.isAfter(reach)) {
                gap(out, reach, t.isAfter(end) ? end : t, reachId, t.isAfter(end) ? null : r.id());
            }
            if (t.isAfter(end)) {
                return;
            }
            if (r.event().lastTime().isAfter(reach)) {
                reach = r.event().lastTime();
                reachId = r.id();
            }
        }
        if (reach.isBefore(end)) {
            gap(out, reach, end, reachId, null);
        }
    }

    private static void gap(List<OpenQuestion> out, Instant from, Instant to, String beforeId, String afterId) {
        Duration d = Duration.between(from, to);
        if (d.compareTo(SILENCE) < 0) {
            return;
        }
        List<String> ev = new ArrayList<>();
        if (beforeId != null) {
            ev.add(beforeId);
        }
        if (afterId != null) {
            ev.add(afterId);
        }
        out.add(new OpenQuestion(OpenQuestion.GAP, "No source recorded anything between " + Words.hms(from) + " and "
                + Words.hms(to) + " UTC (" + Words.span(d) + ") while the impact was ongoing. What was happening then, "
                + "and is a source (a call, a dashboard, another channel) missing from the evidence?", ev));
    }

    private boolean present(BoundaryKind k) {
        Boundary x = b.get(k);
        return x != null && x.present();
    }
}
