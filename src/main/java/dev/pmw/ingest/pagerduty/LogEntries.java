package dev.pmw.ingest.pagerduty;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pmw.ingest.time.Timestamps;
import dev.pmw.ingest.vendor.Collector;
import dev.pmw.ingest.vendor.Nodes;
import dev.pmw.model.Attr;
import dev.pmw.model.Event;
import dev.pmw.model.EventKind;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/// Turns REST v2 log entries into events. The API lists newest first and stamps whole seconds, so
/// entries are collected and emitted in (time, lifecycle rank, id) order: the same timeline whatever
/// the direction of the file. The actor is `agent.summary` as given: PagerDuty sets `agent.type`
/// to a service even when the summary names a person, so nothing is inferred from either.
final class LogEntries {
    private record Pending(Event event, int rank, String id) {
    }

    private final Collector out;
    private final ContactRedactor redactor = new ContactRedactor();
    private final List<Pending> pending = new ArrayList<>();

    LogEntries(Collector out) {
        this.out = out;
    }

    void entry(JsonNode e, int index, long line, long offset) {
        String type = Nodes.text(e, "type");
        String raw = Nodes.text(e, "created_at");
        Timestamps.Parsed t = raw == null ? null : Timestamps.parse(raw, ZoneOffset.UTC);
        if (type == null || t == null) {
            out.warn(line, "log entry " + index + (type == null ? " has no type"
                    : raw == null ? " has no created_at" : " has an unreadable created_at: " + raw), Nodes.excerpt(e));
            return;
        }
        String id = Nodes.textOr(e, "#" + index, "id");
        EventKind kind = EntryTypes.kind(type);
        JsonNode channel = e.path("channel");
        String service = Nodes.text(e, "service", "summary");
        String text = Nodes.textOr(e, "", "summary");
        String via = Nodes.text(channel, "type");
        switch (EntryTypes.base(type)) {
            case "notify" -> {
                JsonNode n = channel.path("notification");
                String address = Nodes.text(n, "address");
                String placeholder = address == null ? null : redactor.placeholder(address, Nodes.text(n, "type"));
                text = ContactRedactor.scrub(text, address, placeholder);
                String status = Nodes.text(n, "status");
                if (placeholder != null || status != null) {
                    text += " (" + (placeholder == null ? "" : "to " + placeholder) + (placeholder != null && status != null
                            ? ", " : "") + (status == null ? "" : status) + ")";
                }
                via = Nodes.textOr(n, via, "type");
            }
            case "annotate" -> text = note(e, channel, text);
            case "trigger" -> {
                String what = Nodes.textOr(channel, Nodes.textOr(channel, Nodes.text(e, "event_details", "description"),
                        "description"), "summary");
                if (what != null && !text.contains(what)) {
                    text = text.isEmpty() ? what : stripDot(text) + ": " + what;
                }
            }
            default -> {
                // the summary ("Acknowledged by …", "Escalated to … by timeout") says it
            }
        }
        JsonNode details = channel.path("details");
        Event event = Event.builder(out.id(id), t.instant(), out.ref(line, offset, service, id), kind)
                .timeInfo(t.info())
                .actor(Nodes.textOr(e, "", "agent", "summary"))
                .text(text)
                .attr(Attr.INCIDENT, Nodes.text(e, "incident", "summary"))
                .attr(Attr.SERVICE, service)
                .attr(Attr.SUBTYPE, type)
                .attr(Attr.VIA, via)
                .attr(Attr.RESPONDER, assignees(e.path("assignees")))
                .attr(Attr.MONITOR_ID, Nodes.text(details, "monitor_id"))
                .attr(Attr.VALUE, Nodes.text(details, "value"))
                .attr(Attr.THRESHOLD, Nodes.text(details, "threshold"))
                .attr(Attr.URL, Nodes.text(e, "incident", "html_url"))
                .build();
        add(event, type, id);
    }

    /// Queues an event for ordered emission (also used by the flattened CSV form).
    void add(Event event, String type, String id) {
        pending.add(new Pending(event, EntryTypes.rank(type), id));
    }

    ContactRedactor redactor() {
        return redactor;
    }

    /// The note text of an annotate entry: `channel.summary`, else `note` (text or `{content}`).
    private static String note(JsonNode e, JsonNode channel, String summary) {
        String s = Nodes.text(channel, "summary");
        if (s == null) {
            s = Nodes.textOr(e, Nodes.text(e, "note", "content"), "note");
        }
        return s == null ? summary : s;
    }

    private static String assignees(JsonNode list) {
        if (!list.isArray() || list.isEmpty()) {
            return null;
        }
        List<String> names = new ArrayList<>();
        for (JsonNode a : list) {
            String n = Nodes.textOr(a, Nodes.text(a, "assignee", "summary"), "summary");
            if (n != null) {
                names.add(n);
            }
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    private static String stripDot(String s) {
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    /// Emits the collected entries in timeline order and notes the redactions.
    void finish() {
        pending.sort(Comparator.comparing((Pending p) -> p.event.time()).thenComparingInt(Pending::rank)
                .thenComparing(Pending::id));
        for (Pending p : pending) {
            out.add(p.event);
        }
        if (redactor.count() > 0) {
            out.info(0, redactor.count() + " contact addresses redacted");
        }
    }
}
