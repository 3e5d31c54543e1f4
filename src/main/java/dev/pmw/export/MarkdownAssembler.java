package dev.pmw.export;

import dev.pmw.draft.ActionItem;
import dev.pmw.draft.Citations;
import dev.pmw.draft.IncidentFacts;
import dev.pmw.draft.Moment;
import dev.pmw.draft.Placeholders;
import dev.pmw.draft.PostmortemDocument;
import dev.pmw.draft.Section;
import dev.pmw.draft.SectionIntent;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;

/// The document as one Markdown text with inline citations — the common source every flavour is
/// rendered from. Built-in templates are laid out as `#` title, `##` sections (`###` inside a group);
/// user templates keep their own Markdown with the placeholders filled in.
final class MarkdownAssembler {
    private MarkdownAssembler() {
    }

    static String assemble(PostmortemDocument doc, List<String> warnings) {
        return doc.layout() == null ? builtIn(doc) : userLayout(doc, warnings);
    }

    private static String builtIn(PostmortemDocument doc) {
        StringBuilder sb = new StringBuilder();
        sb.append("# ").append(MdText.escape(doc.title().isBlank() ? "Postmortem" : doc.title())).append("\n\n");
        String meta = meta(doc.facts());
        if (!meta.isEmpty()) {
            sb.append(meta).append("\n\n");
        }
        String group = null;
        for (Section s : doc.sections()) {
            if (!Objects.equals(group, s.group()) && s.group() != null) {
                sb.append("## ").append(MdText.escape(s.group())).append("\n\n");
            }
            group = s.group();
            sb.append(s.group() == null ? "## " : "### ").append(MdText.escape(s.heading())).append("\n\n");
            sb.append(body(doc, s)).append("\n\n");
        }
        return sb.toString();
    }

    private static String userLayout(PostmortemDocument doc, List<String> warnings) {
        Matcher m = Placeholders.PATTERN.matcher(doc.layout());
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String name = Placeholders.normalise(m.group(1));
            String value;
            if (Placeholders.isScalar(name)) {
                value = MdText.escape(scalar(doc, name));
            } else {
                Optional<Section> s = doc.section(name);
                if (s.isPresent()) {
                    value = body(doc, s.get());
                    if (aloneOnItsLine(doc.layout(), m.start(), m.end())) {
                        // a block (table, list) needs blank lines around it, or it continues the line above
                        value = "\n" + value + "\n";
                    }
                } else {
                    if (Placeholders.intentOf(name).isPresent()) {
                        warnings.add("template placeholder {{" + m.group(1).strip() + "}} is not filled: no such section in the document");
                    }
                    value = m.group();
                }
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(value));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static boolean aloneOnItsLine(String text, int start, int end) {
        int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        int lineEnd = text.indexOf('\n', end);
        return text.substring(lineStart, start).isBlank() && text.substring(end, lineEnd < 0 ? text.length() : lineEnd).isBlank();
    }

    private static String body(PostmortemDocument doc, Section s) {
        String text = s.text().strip();
        if (s.intent() == SectionIntent.ACTION_ITEMS) {
            String table = actionTable(doc.actionItems());
            return text.isEmpty() ? table : text + "\n\n" + table;
        }
        return text.isEmpty() ? "_Not written yet._" : text;
    }

    static String actionTable(List<ActionItem> items) {
        if (items.isEmpty()) {
            return "_No action items yet._";
        }
        StringBuilder sb = new StringBuilder("| # | Action | Owner | Priority | Due | Status | Evidence |\n"
                + "|---|---|---|---|---|---|---|\n");
        for (ActionItem a : items) {
            sb.append("| ").append(MdText.escape(a.id()))
                    .append(" | ").append(MdText.escape(a.description()))
                    .append(" | ").append(MdText.escape(a.owner()))
                    .append(" | ").append(a.priority().name())
                    .append(" | ").append(a.due() == null ? "" : a.due().toString())
                    .append(" | ").append(a.status().label().replace("'", "’"))
                    .append(" | ").append(Citations.cite(a.evidence()))
                    .append(" |\n");
        }
        return sb.toString().strip();
    }

    /// "Severity: SEV2 · Impact: 2026-02-16 02:04:27–02:31:00 UTC (26.5 minutes) · Status: draft".
    private static String meta(IncidentFacts f) {
        List<String> parts = new ArrayList<>();
        if (f.severity() != null) {
            parts.add("**Severity:** " + MdText.escape(f.severity()));
        }
        Optional<Moment> start = f.moment("impact_start");
        Optional<Moment> end = f.moment("mitigated");
        if (start.isPresent()) {
            String window = MdText.stamp(start.get().time()).replace(" UTC", "")
                    + end.map(e -> "–" + MdText.stamp(e.time()).substring(11)).orElse(" UTC (end not derived)");
            String mins = MdText.minutes(f.impactMinutes());
            parts.add("**Impact:** " + window + (mins == null ? "" : " (" + mins + ")"));
        }
        return String.join(" · ", parts);
    }

    static String scalar(PostmortemDocument doc, String name) {
        IncidentFacts f = doc.facts();
        return switch (name) {
            case "title", "incident_summary" -> doc.title();
            case "date" -> f.moment("impact_start").or(() -> f.moment("detected"))
                    .map(m -> m.time().atOffset(ZoneOffset.UTC).toLocalDate().toString()).orElse("date not derived");
            case "severity" -> f.severity() == null ? "not set" : f.severity();
            case "duration" -> Optional.ofNullable(MdText.minutes(f.impactMinutes())).orElse("not derived");
            case "impact_scope" -> scope(f);
            default -> f.moment(name).map(m -> MdText.stamp(m.time())).orElse("not derived");
        };
    }

    private static String scope(IncidentFacts f) {
        List<String> parts = new ArrayList<>();
        if (f.failedRequests() != null) {
            parts.add(MdText.count(f.failedRequests()) + " failed requests");
        }
        if (f.usersAffected() != null) {
            parts.add(MdText.count(f.usersAffected()) + " users affected");
        }
        return parts.isEmpty() ? "not derived" : String.join(", ", parts);
    }
}
