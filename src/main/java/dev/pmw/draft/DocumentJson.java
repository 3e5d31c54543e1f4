package dev.pmw.draft;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/// The document as a Jackson tree, for the project file (which stores it as an opaque `document`
/// node) and back. Versioned; unknown fields are ignored on read so newer files still open.
public final class DocumentJson {
    public static final int VERSION = 1;
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private DocumentJson() {
    }

    public static ObjectNode toJson(PostmortemDocument d) {
        ObjectNode n = F.objectNode();
        n.put("version", VERSION);
        n.put("title", d.title());
        n.put("template", d.template());
        n.put("layout", d.layout());
        n.set("facts", facts(d.facts()));
        ArrayNode sections = n.putArray("sections");
        for (Section s : d.sections()) {
            ObjectNode o = sections.addObject();
            o.put("key", s.key());
            o.put("heading", s.heading());
            o.put("intent", s.intent().id());
            o.put("group", s.group());
            o.put("text", s.text());
            o.put("origin", s.origin().id());
            o.put("accepted", s.accepted());
            ids(o, "citations", s.citations());
            o.set("proposal", s.proposal() == null ? F.nullNode() : draft(s.proposal()));
        }
        n.set("action_items", items(d.actionItems()));
        return n;
    }

    public static PostmortemDocument fromJson(JsonNode n) {
        if (n == null || !n.isObject()) {
            throw new IllegalArgumentException("document: expected an object");
        }
        int version = n.path("version").asInt(0);
        if (version > VERSION) {
            throw new IllegalArgumentException("document: version " + version + " is newer than this pmw reads (" + VERSION + ")");
        }
        List<Section> sections = new ArrayList<>();
        for (JsonNode o : n.path("sections")) {
            sections.add(new Section(req(o, "key"), text(o, "heading"), intent(o), text(o, "group"), o.path("text").asText(""),
                    Origin.fromId(o.path("origin").asText("user")), o.path("accepted").asBoolean(false),
                    o.has("citations") ? strings(o.path("citations")) : null,
                    o.path("proposal").isObject() ? readDraft(o.path("proposal")) : null));
        }
        return new PostmortemDocument(n.path("title").asText(""), n.path("template").asText(""), text(n, "layout"),
                sections, readItems(n.path("action_items")), readFacts(n.path("facts")));
    }

    private static ObjectNode facts(IncidentFacts f) {
        ObjectNode o = F.objectNode();
        o.put("severity", f.severity());
        o.put("severity_reason", f.severityReason());
        ids(o, "severity_evidence", f.severityEvidence());
        ArrayNode moments = o.putArray("moments");
        for (Moment m : f.moments()) {
            ObjectNode x = moments.addObject();
            x.put("kind", m.kind());
            x.put("time", m.time() == null ? null : m.time().toString());
            x.put("rule", m.rule());
            ids(x, "evidence", m.evidence());
        }
        o.put("impact_minutes", f.impactMinutes());
        o.put("failed_requests", f.failedRequests());
        o.put("users_affected", f.usersAffected());
        ids(o, "impact_evidence", f.impactEvidence());
        o.put("revenue_impact", f.revenueImpact());
        return o;
    }

    private static IncidentFacts readFacts(JsonNode o) {
        if (!o.isObject()) {
            return IncidentFacts.NONE;
        }
        List<Moment> moments = new ArrayList<>();
        for (JsonNode x : o.path("moments")) {
            moments.add(new Moment(req(x, "kind"), instant(x, "time"), text(x, "rule"), strings(x.path("evidence"))));
        }
        return new IncidentFacts(text(o, "severity"), text(o, "severity_reason"), strings(o.path("severity_evidence")), moments,
                o.path("impact_minutes").isNumber() ? o.path("impact_minutes").asDouble() : null,
                o.path("failed_requests").isNumber() ? o.path("failed_requests").asLong() : null,
                o.path("users_affected").isNumber() ? o.path("users_affected").asLong() : null,
                strings(o.path("impact_evidence")), text(o, "revenue_impact"));
    }

    private static ObjectNode draft(SectionDraft d) {
        ObjectNode o = F.objectNode();
        o.put("key", d.key());
        o.put("intent", d.intent().id());
        o.put("text", d.text());
        ids(o, "citations", d.citations());
        o.set("action_items", items(d.actionItems()));
        o.put("origin", d.origin().id());
        o.put("drafter", d.drafter());
        return o;
    }

    private static SectionDraft readDraft(JsonNode o) {
        return new SectionDraft(req(o, "key"), intent(o), o.path("text").asText(""), strings(o.path("citations")),
                readItems(o.path("action_items")), Origin.fromId(o.path("origin").asText("offline")), o.path("drafter").asText(""));
    }

    private static ArrayNode items(List<ActionItem> items) {
        ArrayNode a = F.arrayNode();
        for (ActionItem i : items) {
            ObjectNode o = a.addObject();
            o.put("id", i.id());
            o.put("description", i.description());
            o.put("owner", i.owner());
            o.put("priority", i.priority().name());
            o.put("due", i.due() == null ? null : i.due().toString());
            o.put("status", i.status().id());
            o.put("kind", i.kind().id());
            ids(o, "evidence", i.evidence());
        }
        return a;
    }

    private static List<ActionItem> readItems(JsonNode a) {
        List<ActionItem> out = new ArrayList<>();
        for (JsonNode o : a) {
            LocalDate due = null;
            String d = text(o, "due");
            if (d != null) {
                try {
                    due = LocalDate.parse(d);
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException("action item " + o.path("id").asText() + ": bad due date " + d);
                }
            }
            out.add(new ActionItem(req(o, "id"), o.path("description").asText(""), o.path("owner").asText(""),
                    Priority.valueOf(o.path("priority").asText("P2")), due, ActionStatus.fromId(o.path("status").asText("open")),
                    ActionKind.fromId(o.path("kind").asText("process")), strings(o.path("evidence"))));
        }
        return out;
    }

    private static SectionIntent intent(JsonNode o) {
        String id = req(o, "intent");
        return SectionIntent.fromId(id).orElseThrow(() -> new IllegalArgumentException("unknown section intent: " + id));
    }

    private static void ids(ObjectNode o, String field, List<String> ids) {
        ArrayNode a = o.putArray(field);
        ids.forEach(a::add);
    }

    private static List<String> strings(JsonNode a) {
        List<String> out = new ArrayList<>();
        a.forEach(x -> out.add(x.asText()));
        return out;
    }

    private static String text(JsonNode o, String field) {
        JsonNode v = o.path(field);
        return v.isTextual() ? v.asText() : null;
    }

    private static String req(JsonNode o, String field) {
        String v = text(o, field);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException("document: missing " + field);
        }
        return v;
    }

    private static Instant instant(JsonNode o, String field) {
        String v = text(o, field);
        try {
            return v == null ? null : Instant.parse(v);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("document: bad time " + v);
        }
    }
}
