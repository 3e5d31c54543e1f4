package dev.pmw.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pmw.draft.ActionItem;
import dev.pmw.draft.CitationIndex;
import dev.pmw.draft.Citations;
import dev.pmw.draft.IncidentFacts;
import dev.pmw.draft.Moment;
import dev.pmw.draft.PostmortemDocument;
import dev.pmw.draft.Redactor;
import dev.pmw.draft.Section;
import dev.pmw.draft.SectionIntent;
import dev.pmw.timeline.Timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/// The postmortem as the JSON structure of the seed schema (`title, severity, timeline[], root_cause,
/// contributing_factors, impact, remediation, action_items[]`), extended with the evidence ids of
/// every claim: `evidence` inside timeline entries and action items, and a top-level `evidence`
/// object for the string fields (`root_cause`, `contributing_factors` (one list per factor),
/// `impact`, `remediation`, `severity`). Free text is plain text (Markdown and citations removed).
public final class JsonExport {
    /// The severities the schema allows.
    public static final Set<String> SEVERITIES = Set.of("SEV1", "SEV2", "SEV3", "SEV4");
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final int EVENT_TEXT = 300;

    private JsonExport() {
    }

    public static ExportResult export(PostmortemDocument doc, Timeline timeline, ExportOptions options) {
        Redactor redactor = Redactor.forExport(options.includePersonalData());
        Map<Redactor.Kind, Integer> counts = new EnumMap<>(Redactor.Kind.class);
        List<String> warnings = new ArrayList<>(Exporter.checks(doc, timeline));
        UnaryOperator<String> clean = s -> {
            Redactor.Result r = redactor.redact(s);
            r.counts().forEach((k, v) -> counts.merge(k, v, Integer::sum));
            return r.text();
        };
        CitationIndex index = new CitationIndex(timeline);
        IncidentFacts f = doc.facts();
        ObjectNode root = MAPPER.createObjectNode();
        ObjectNode evidence = MAPPER.createObjectNode();
        root.put("title", clean.apply(doc.title()));
        if (f.severity() != null && SEVERITIES.contains(f.severity())) {
            root.put("severity", f.severity());
        } else {
            root.putNull("severity");
            warnings.add(f.severity() == null ? "severity is not set: the JSON does not validate against the postmortem "
                    + "schema until a severity (SEV1–SEV4) is chosen"
                    : "severity " + f.severity() + " is not one of SEV1–SEV4 the schema allows");
        }
        ids(evidence, "severity", f.severityEvidence());
        timeline(root, doc, index, clean, warnings);

        Optional<Section> cause = doc.section(SectionIntent.ROOT_CAUSE);
        root.put("root_cause", cause.map(s -> clean.apply(PlainText.of(s.text()))).orElse(""));
        ids(evidence, "root_cause", cause.map(Section::citations).orElse(List.of()));
        if (cause.isEmpty()) {
            warnings.add("the template has no root cause section: root_cause is empty");
        }

        ArrayNode factors = root.putArray("contributing_factors");
        ArrayNode factorIds = evidence.putArray("contributing_factors");
        doc.section(SectionIntent.CONTRIBUTING_FACTORS).ifPresent(s -> {
            for (PlainText.Item item : PlainText.items(s.text())) {
                if (!item.text().startsWith("To discuss:")) {
                    factors.add(clean.apply(item.text()));
                    ArrayNode a = factorIds.addArray();
                    item.ids().forEach(a::add);
                }
            }
        });

        ObjectNode impact = root.putObject("impact");
        if (f.impactMinutes() != null) {
            impact.put("duration_minutes", Math.round(f.impactMinutes() * 10) / 10.0);
        }
        if (f.usersAffected() != null) {
            impact.put("users_affected", f.usersAffected());
        }
        if (f.revenueImpact() != null && !f.revenueImpact().isBlank()) {
            impact.put("revenue_impact", clean.apply(f.revenueImpact()));
        }
        if (f.failedRequests() != null) {
            impact.put("failed_requests", f.failedRequests());
        }
        ids(evidence, "impact", f.impactEvidence());

        remediation(root, evidence, doc, clean);

        ArrayNode items = root.putArray("action_items");
        for (ActionItem a : doc.actionItems()) {
            ObjectNode o = items.addObject();
            o.put("description", clean.apply(a.description()));
            o.put("owner", clean.apply(a.owner()));
            o.put("priority", a.priority().name());
            o.put("due", a.due() == null ? null : a.due().toString());
            o.put("status", a.status().id());
            ids(o, "evidence", a.evidence());
        }
        root.set("evidence", evidence);
        root.put("template", doc.template());
        root.put("generated_by", "pmw");
        try {
            return new ExportResult(MAPPER.writeValueAsString(root) + "\n", warnings, counts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("JSON export failed", e);
        }
    }

    /// Entries of the timeline section in its order; without one, every cited row in time order.
    private static void timeline(ObjectNode root, PostmortemDocument doc, CitationIndex index,
                                 UnaryOperator<String> clean, List<String> warnings) {
        List<String> ids = doc.section(SectionIntent.TIMELINE).map(Section::citations).orElse(null);
        List<CitationIndex.Cited> rows = new ArrayList<>();
        for (String id : ids != null ? ids : doc.citations()) {
            index.resolve(id).ifPresent(rows::add);
        }
        if (ids == null) {
            rows.sort(Comparator.comparing(CitationIndex.Cited::time));
        }
        ArrayNode a = root.putArray("timeline");
        for (CitationIndex.Cited c : rows) {
            ObjectNode o = a.addObject();
            o.put("timestamp", c.time().toString());
            String who = c.actor().isBlank() ? "" : c.actor() + ": ";
            String what = c.count() > 1 ? MdText.count(c.count()) + " × " + c.text() : c.text();
            // redacted before it is cut, so a cut never leaves half a secret behind
            o.put("event", MdText.cut(clean.apply(MdText.cut(who + what, 8 * EVENT_TEXT)), EVENT_TEXT));
            o.put("source", clean.apply(c.location()));
            o.put("kind", c.kind().id());
            ids(o, "evidence", List.of(c.id()));
        }
        if (rows.isEmpty()) {
            warnings.add("the timeline is empty: no cited row could be resolved");
        }
    }

    private static void remediation(ObjectNode root, ObjectNode evidence, PostmortemDocument doc,
                                    UnaryOperator<String> clean) {
        Optional<Section> s = doc.section(SectionIntent.RESOLUTION);
        if (s.isPresent() && !s.get().text().isBlank()) {
            root.put("remediation", clean.apply(PlainText.of(s.get().text())));
            ids(evidence, "remediation", s.get().citations());
            return;
        }
        List<String> parts = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (String kind : List.of("mitigated", "resolved")) {
            Optional<Moment> m = doc.facts().moment(kind);
            m.ifPresent(x -> {
                parts.add(Character.toUpperCase(kind.charAt(0)) + kind.substring(1) + " at " + MdText.stamp(x.time())
                        + (x.rule().isBlank() ? "" : " (" + x.rule() + ")"));
                ids.addAll(x.evidence());
            });
        }
        if (!doc.actionItems().isEmpty()) {
            parts.add("follow-ups in action_items");
        }
        root.put("remediation", clean.apply(parts.isEmpty() ? "" : String.join("; ", parts) + "."));
        ids(evidence, "remediation", ids.stream().distinct().toList());
    }

    private static void ids(ObjectNode o, String field, List<String> ids) {
        ArrayNode a = o.putArray(field);
        ids.stream().filter(id -> Citations.cite(List.of(id)).length() > 0).forEach(a::add);
    }
}
