package dev.pmw.draft.offline;

import dev.pmw.analysis.BoundaryKind;
import dev.pmw.draft.Citations;
import dev.pmw.model.Attr;
import dev.pmw.model.Event;
import dev.pmw.timeline.Row;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/// Contributing factors read from the evidence — never from a person. Each one cites the rows that
/// show it and names the gap an action item can close.
final class Factors {
    /// The minutes of detection or acknowledgement delay worth naming.
    static final double LAG_MINUTES = 5;
    /// A suspected change older than this was latent: something else made it bite.
    static final Duration LATENT = Duration.ofHours(6);

    enum Gap { NO_ALERT_ON_RESOURCE, DETECTION_LAG, LATENT_CHANGE, SLOW_ACK, CONCERN }

    /// @param gap  which gap it shows
    /// @param text one Markdown line (bold lead, sentence, citation)
    /// @param ids  the rows cited
    /// @param row  the row it quotes (concerns), else null
    record Factor(Gap gap, String text, List<String> ids, Row row) {
    }

    private Factors() {
    }

    static List<Factor> of(Evidence ev) {
        List<Factor> out = new ArrayList<>();
        Row sat = ev.firstSaturation();
        if (sat != null && ev.alertsOnResource().isEmpty()) {
            List<String> ids = new ArrayList<>(List.of(sat.id()));
            ev.alerts.stream().limit(2).forEach(r -> ids.add(r.id()));
            String where = ev.service == null ? "" : " of " + ev.service;
            String before = ev.detected != null && sat.event().time().isBefore(ev.detected)
                    ? ", " + Md.minutes(sat.event().time(), ev.detected) + " before the first alert" : "";
            String watched = ev.alerts.isEmpty() ? "no alert fired on it"
                    : "the alerts that fired watched other signals (" + String.join("; ",
                    ev.alerts.stream().limit(3).map(r -> Md.quote(monitor(r.event()), 80)).toList()) + ")";
            out.add(new Factor(Gap.NO_ALERT_ON_RESOURCE, "**No alert on the saturated resource.** The " + ev.resource + where
                    + " was saturated (first recorded at " + Md.time(sat.event().time()) + before + "); " + watched + "."
                    + Citations.after(ids), ids, null));
        }
        Double ttd = ev.analysis.durations().timeToDetect();
        if (ttd != null && ttd >= LAG_MINUTES && ev.impactStart != null && ev.detected != null) {
            List<String> ids = concat(ev.ids(BoundaryKind.IMPACT_START), ev.ids(BoundaryKind.DETECTED));
            Row det = ev.ids(BoundaryKind.DETECTED).isEmpty() ? null : ev.row(ev.ids(BoundaryKind.DETECTED).getFirst());
            String threshold = det == null || det.event().attr(Attr.THRESHOLD) == null ? ""
                    : " It fired on " + Md.quote(monitor(det.event()), 80) + " (threshold " + Md.quote(det.event().attr(Attr.THRESHOLD), 20) + ").";
            out.add(new Factor(Gap.DETECTION_LAG, "**Detection lag.** The first alert fired " + Md.minutes(ttd)
                    + " after the impact started (" + Md.time(ev.impactStart) + " → " + Md.time(ev.detected) + ")."
                    + threshold + Citations.after(ids), ids, null));
        }
        if (ev.trigger != null && ev.impactStart != null && ev.trigger.time() != null
                && Duration.between(ev.trigger.time(), ev.impactStart).compareTo(LATENT) > 0) {
            out.add(new Factor(Gap.LATENT_CHANGE, "**Latent change.** The suspected change (a hypothesis) was live for "
                    + Md.span(ev.trigger.time(), ev.impactStart) + " before the impact started, so a later condition made it "
                    + "harmful — to confirm: a schedule, traffic or data volume." + Citations.after(ev.trigger.evidence()),
                    ev.trigger.evidence(), null));
        }
        Double tta = ev.analysis.durations().timeToAcknowledge();
        if (tta != null && tta >= LAG_MINUTES) {
            List<String> ids = concat(ev.ids(BoundaryKind.DETECTED), ev.ids(BoundaryKind.ACKNOWLEDGED));
            out.add(new Factor(Gap.SLOW_ACK, "**Slow acknowledgement.** The page was acknowledged " + Md.minutes(tta)
                    + " after the alert." + Citations.after(ids), ids, null));
        }
        for (Row r : ev.concerns.stream().limit(3).toList()) {
            out.add(new Factor(Gap.CONCERN, "**Raised during the incident (to confirm):** “"
                    + Md.quote(ev.neutral(r.event().text()), 140) + "”" + Citations.after(List.of(r.id())), List.of(r.id()), r));
        }
        return out;
    }

    /// The monitor name of an alert row, else its text.
    static String monitor(Event e) {
        String m = e.attr(Attr.MONITOR);
        return m != null && !m.isBlank() ? m : e.text();
    }

    static List<String> concat(List<String> a, List<String> b) {
        return Stream.concat(a.stream(), b.stream()).distinct().toList();
    }
}
