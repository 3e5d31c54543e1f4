package dev.pmw.draft.offline;

import dev.pmw.analysis.BoundaryKind;
import dev.pmw.analysis.Trigger;
import dev.pmw.draft.Citations;
import dev.pmw.model.Event;
import dev.pmw.model.EventKind;
import dev.pmw.timeline.Row;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/// The key moments of the incident as a Markdown table: the rows the analysis rests on (boundaries,
/// trigger, impact, saturation), the alerting and paging, the changes made, and the responders'
/// findings — at most [#MAX] rows, in time order, each citing its event.
final class Moments {
    static final int MAX = 24;
    private static final int TEXT = 160;

    private Moments() {
    }

    static String table(Evidence ev) {
        Map<String, String> picked = pick(ev);
        List<Row> rows = new ArrayList<>();
        for (String id : picked.keySet()) {
            Row r = ev.row(id);
            if (r != null) {
                rows.add(r);
            }
        }
        rows.sort(Comparator.comparing((Row r) -> r.event().time()).thenComparing(Row::id));
        StringBuilder sb = new StringBuilder();
        sb.append("| Time (UTC) | T+ | Event | Who / what | Evidence |\n");
        sb.append("|---|---|---|---|---|\n");
        java.time.LocalDate lastDay = null;
        for (Row r : rows) {
            Event e = r.event();
            java.time.LocalDate day = e.time().atOffset(ZoneOffset.UTC).toLocalDate();
            String when = day.equals(lastDay) ? Md.clock(e.time()) : Md.stamp(e.time());
            lastDay = day;
            String label = picked.get(r.id());
            boolean causal = label != null && (label.startsWith("Suspected trigger") || label.startsWith("Other candidate"));
            String text = causal ? ev.neutral(e.count() > 1 ? e.count() + " × " + e.text() : e.text()) : null;
            String quoted = text == null ? Md.quote(e, TEXT) : Md.quote(text, TEXT);
            String who = causal && ev.people.contains(e.actor()) ? "(change)" : Md.quote(e.actor().isBlank() ? e.kind().label() : e.actor(), 40);
            sb.append("| ").append(when)
                    .append(" | ").append(Md.relative(e.time(), ev.impactStart))
                    .append(" | ").append(label == null || label.isEmpty() ? "" : "**" + label + "** — ").append(quoted)
                    .append(" | ").append(who)
                    .append(" | ").append(Citations.cite(List.of(r.id())))
                    .append(" |\n");
        }
        return sb.toString();
    }

    /// Event id → label ("" for rows without one), most important first.
    static Map<String, String> pick(Evidence ev) {
        Map<String, String> out = new LinkedHashMap<>();
        Trigger t = ev.trigger;
        if (t != null) {
            t.evidence().stream().limit(2).forEach(id -> out.putIfAbsent(id, "Suspected trigger (hypothesis)"));
        }
        for (Trigger other : ev.analysis.runnersUp().stream().limit(2).toList()) {
            other.evidence().stream().limit(1).forEach(id -> out.putIfAbsent(id, "Other candidate change"));
        }
        for (BoundaryKind k : BoundaryKind.values()) {
            List<String> ids = ev.ids(k);
            for (int i = 0; i < Math.min(2, ids.size()); i++) {
                out.putIfAbsent(ids.get(i), i == 0 ? k.label() : "");
            }
        }
        Row sat = ev.firstSaturation();
        if (sat != null) {
            out.putIfAbsent(sat.id(), "Saturation: " + ev.resource);
        }
        if (ev.impact != null) {
            ev.impact.evidence().stream().limit(2).forEach(id -> out.putIfAbsent(id, ""));
        }
        if (ev.declared != null) {
            out.putIfAbsent(ev.declared.id(), "Declared");
        }
        List<Row> rest = new ArrayList<>();
        rest.addAll(ev.alerts);
        ev.changesDuring.forEach(rest::add);
        for (Row r : ev.timeline.keyRows()) {
            EventKind k = r.event().kind();
            boolean inWindow = ev.impactStart == null || ev.resolved == null
                    || !r.event().time().isBefore(ev.impactStart) && !r.event().time().isAfter(ev.resolved);
            if (inWindow && (k == EventKind.ACKNOWLEDGE || k == EventKind.ALERT_RECOVERED || k == EventKind.RESOLVE
                    || k == EventKind.NOTE || k == EventKind.ESCALATE)) {
                rest.add(r);
            }
        }
        rest.addAll(ev.findings);
        for (Row r : rest) {
            if (out.size() >= MAX) {
                break;
            }
            out.putIfAbsent(r.id(), "");
        }
        return out;
    }
}
