package dev.pmw.export;

import dev.pmw.draft.ActionItem;
import dev.pmw.draft.PostmortemDocument;
import dev.pmw.draft.Priority;
import dev.pmw.draft.Redactor;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/// Action items as CSV for an issue tracker's import.
///
/// - Jira (Cloud and Data Center CSV importer): a header row with a `Summary` column (the one
///   required field; headers without punctuation), `Issue Type` `Task`, Jira's priority names
///   (P0 → Highest, P1 → High, P2 → Medium), `Due Date` as `yyyy-MM-dd` (set that date format in the
///   import wizard), one `Labels` column per label, every row with every column.
/// - GitHub (the `title,body,labels,assignees,milestone` layout that CSV-to-issue importers and
///   `gh`-based scripts read): owners are teams, so `assignees` stays empty and the team is a label.
///
/// RFC 4180 quoting (fields with a comma, quote or line break are quoted, quotes doubled), CRLF line
/// ends, no byte-order mark (it would become part of the first header and hide `Summary`), and cells
/// that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR first) get a leading `'`.
public final class ActionItemsCsv {
    /// The tracker the CSV is for.
    public enum Target { JIRA, GITHUB }

    private static final String EOL = "\r\n";

    private ActionItemsCsv() {
    }

    public static ExportResult export(PostmortemDocument doc, Target target, ExportOptions options) {
        Redactor redactor = Redactor.forExport(options.includePersonalData());
        Map<Redactor.Kind, Integer> counts = new EnumMap<>(Redactor.Kind.class);
        List<List<String>> rows = new ArrayList<>();
        rows.add(target == Target.JIRA
                ? List.of("Summary", "Description", "Issue Type", "Priority", "Due Date", "Labels", "Labels", "Labels")
                : List.of("title", "body", "labels", "assignees", "milestone"));
        for (ActionItem a : doc.actionItems()) {
            String summary = MdText.cut(redact(redactor, counts, a.description()), 250);
            String body = redact(redactor, counts, body(doc, a));
            String team = slug(a.owner());
            rows.add(target == Target.JIRA
                    ? List.of(summary, body, "Task", jiraPriority(a.priority()), a.due() == null ? "" : a.due().toString(),
                    "postmortem", a.kind().id(), team)
                    : List.of(summary, body, String.join(",", List.of("postmortem", a.priority().name(), a.kind().id(), team)),
                    "", ""));
        }
        StringBuilder sb = new StringBuilder();
        for (List<String> row : rows) {
            sb.append(String.join(",", row.stream().map(ActionItemsCsv::cell).toList())).append(EOL);
        }
        List<String> warnings = doc.actionItems().isEmpty() ? List.of("there are no action items") : List.of();
        return new ExportResult(sb.toString(), warnings, counts);
    }

    private static String body(PostmortemDocument doc, ActionItem a) {
        StringBuilder sb = new StringBuilder(a.description()).append("\n\n");
        sb.append("Owner: ").append(a.owner().isBlank() ? "(to assign)" : a.owner()).append('\n');
        sb.append("Priority: ").append(a.priority().name()).append('\n');
        if (a.due() != null) {
            sb.append("Due: ").append(a.due()).append('\n');
        }
        sb.append("Status: ").append(a.status().label()).append('\n');
        if (!a.evidence().isEmpty()) {
            sb.append("Evidence: ").append(String.join(", ", a.evidence())).append('\n');
        }
        sb.append("From the postmortem: ").append(doc.title()).append(" (action ").append(a.id()).append(')');
        return sb.toString();
    }

    static String jiraPriority(Priority p) {
        return switch (p) {
            case P0 -> "Highest";
            case P1 -> "High";
            case P2 -> "Medium";
        };
    }

    /// "payment-service team" → "team-payment-service" (labels cannot hold spaces).
    static String slug(String owner) {
        String s = owner.toLowerCase(Locale.ROOT).replaceAll("\\bteam\\b", "").replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "team-unassigned" : "team-" + s;
    }

    /// RFC 4180 cell with the formula guard.
    static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    private static String redact(Redactor r, Map<Redactor.Kind, Integer> counts, String s) {
        Redactor.Result res = r.redact(s);
        res.counts().forEach((k, v) -> counts.merge(k, v, Integer::sum));
        return res.text();
    }
}
