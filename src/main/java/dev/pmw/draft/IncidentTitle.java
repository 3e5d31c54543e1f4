package dev.pmw.draft;

import dev.pmw.analysis.Boundary;
import dev.pmw.analysis.BoundaryKind;
import dev.pmw.model.Attr;
import dev.pmw.model.Event;
import dev.pmw.timeline.Row;
import dev.pmw.timeline.Timeline;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/// A neutral title from the evidence: the affected service, the symptom that was detected, the date
/// (UTC). Never the cause: that is a hypothesis until the review.
public final class IncidentTitle {
    private static final Pattern BRACKETED = Pattern.compile("\\[([^\\]]{1,60})]");
    private static final Pattern STATE = Pattern.compile("(?i)^(triggered|recovered|warn|ok|alert|resolved|no data)$");

    private IncidentTitle() {
    }

    public static String suggest(DraftContext ctx) {
        Event detected = first(ctx, BoundaryKind.DETECTED);
        if (detected == null) {
            detected = firstAlert(ctx);
        }
        String service = service(ctx);
        String symptom = detected == null ? null : symptom(detected, service);
        Instant when = when(ctx);
        String date = when == null ? "" : " (" + when.atOffset(ZoneOffset.UTC).toLocalDate() + ")";
        if (service != null && symptom != null) {
            return service + ": " + symptom + date;
        }
        if (service != null) {
            return service + " incident" + date;
        }
        return symptom != null ? symptom + date : "Incident" + date;
    }

    /// The service the impact was seen on: the `service` of the rows that detected or started the
    /// impact (else of the first alert), else a `[service]` tag in their text; null when the evidence
    /// names none.
    public static String service(DraftContext ctx) {
        List<Event> candidates = new ArrayList<>();
        for (BoundaryKind k : List.of(BoundaryKind.DETECTED, BoundaryKind.IMPACT_START, BoundaryKind.MITIGATED)) {
            candidates.addAll(events(ctx, k));
        }
        Event alert = firstAlert(ctx);
        if (alert != null) {
            candidates.add(alert);
        }
        for (Event e : candidates) {
            String s = e.attr(Attr.SERVICE);
            if (s != null && !s.isBlank()) {
                return s;
            }
            Matcher m = BRACKETED.matcher(e.text());
            while (m.find()) {
                if (!STATE.matcher(m.group(1)).matches()) {
                    return m.group(1).strip();
                }
            }
        }
        return null;
    }

    /// The day of the incident: impact start, else detection, else the estimated incident window.
    public static Instant when(DraftContext ctx) {
        for (BoundaryKind k : List.of(BoundaryKind.IMPACT_START, BoundaryKind.DETECTED, BoundaryKind.RESOLVED)) {
            Boundary b = ctx.analysis().boundary(k);
            if (b != null && b.present()) {
                return b.time();
            }
        }
        Instant window = ctx.timeline().context().windowStart();
        return window != null ? window : ctx.timeline().start();
    }

    private static String symptom(Event e, String service) {
        String s = e.attr(Attr.MONITOR);
        if (s == null || s.isBlank()) {
            s = e.text();
            int dash = s.indexOf(" — ");
            if (dash > 0) {
                s = s.substring(0, dash);
            }
        }
        s = BRACKETED.matcher(s).replaceAll(m -> STATE.matcher(m.group(1)).matches()
                || m.group(1).equals(service) ? "" : Matcher.quoteReplacement(m.group()));
        s = s.replaceAll("\\s+", " ").strip();
        return s.isEmpty() || s.length() > 90 ? null : s;
    }

    /// The first alert that fired in the incident window (when the analysis derived no detection).
    private static Event firstAlert(DraftContext ctx) {
        var c = ctx.timeline().context();
        for (Row r : ctx.timeline().rows()) {
            Event e = r.event();
            if (r.isKey() && (e.kind() == dev.pmw.model.EventKind.ALERT_TRIGGERED || e.kind() == dev.pmw.model.EventKind.PAGE)
                    && c.inWindow(e.time())) {
                return e;
            }
        }
        return null;
    }

    private static Event first(DraftContext ctx, BoundaryKind k) {
        List<Event> es = events(ctx, k);
        return es.isEmpty() ? null : es.getFirst();
    }

    private static List<Event> events(DraftContext ctx, BoundaryKind k) {
        Boundary b = ctx.analysis().boundary(k);
        List<Event> out = new ArrayList<>();
        if (b == null) {
            return out;
        }
        Timeline t = ctx.timeline();
        for (String id : b.evidence()) {
            Row r = t.byId(id);
            if (r != null) {
                out.add(r.event());
            }
        }
        return out;
    }
}
