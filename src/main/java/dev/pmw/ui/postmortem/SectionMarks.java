package dev.pmw.ui.postmortem;

import dev.pmw.draft.CitationIndex;
import dev.pmw.draft.Citations;
import dev.pmw.draft.Origin;
import dev.pmw.draft.check.CheckReport;
import dev.pmw.draft.check.DraftChecks;
import dev.pmw.draft.check.LintFinding;
import dev.pmw.draft.check.Problem;
import dev.pmw.draft.check.SentenceCheck;
import dev.pmw.draft.check.Status;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;

/// Checks one section's text and says what to mark where. Pure and thread-safe: runs in the
/// background after the user pauses typing and whenever the timeline changes.
public final class SectionMarks {
    private final DraftChecks checks;
    private final CitationIndex citations;
    private final DateTimeFormatter clock;

    /// @param zone the display zone, for the times in citation tooltips
    public SectionMarks(DraftChecks checks, CitationIndex citations, ZoneId zone) {
        this.checks = checks;
        this.citations = citations;
        this.clock = DateTimeFormatter.ofPattern("MMM d HH:mm:ss", Locale.ROOT).withZone(zone);
    }

    /// A model's text must cite every claim; anyone else's text is held to what it states.
    public SectionCheck check(String text, Origin origin) {
        CheckReport report = origin == Origin.AI ? checks.claims().checkModelText(text) : checks.claims().check(text);
        List<LintFinding> lint = checks.lint().lint(text);
        List<Mark> marks = new ArrayList<>(citationMarks(text));
        for (SentenceCheck s : report.flagged()) {
            boolean contradicted = s.status() == Status.CONTRADICTED;
            String label = contradicted ? "Does not match the evidence: " : "Not supported by the evidence: ";
            marks.add(new Mark(s.start(), s.end(), contradicted ? Mark.Kind.CONTRADICTED : Mark.Kind.UNSUPPORTED,
                    label + s.reason(), null, null));
            for (Problem p : s.problems()) {
                if (p.start() > s.start() || p.end() < s.end()) { // a value, not the whole sentence
                    marks.add(new Mark(p.start(), p.end(), Mark.Kind.WRONG_VALUE, p.message(), null, null));
                }
            }
        }
        for (LintFinding f : lint) {
            String fix = f.rewrite() == null ? "\nRephrase it yourself: no neutral wording can be derived."
                    : f.rewrite().isEmpty() ? "\nQuick fix: delete it (right-click, or Alt+Enter)."
                    : "\nQuick fix: “" + f.rewrite() + "” (right-click, or Alt+Enter).";
            marks.add(new Mark(f.start(), f.end(), Mark.Kind.LINT, category(f) + ": " + f.message() + fix, f.rewrite(), null));
        }
        marks.sort(Comparator.comparingInt(Mark::start).thenComparingInt(Mark::end));
        return new SectionCheck(text, report.flagged(), lint, marks);
    }

    private List<Mark> citationMarks(String text) {
        List<Mark> out = new ArrayList<>();
        Matcher m = Citations.PATTERN.matcher(text);
        while (m.find()) {
            List<String> ids = Citations.extract(m.group());
            List<String> missing = citations.unresolved(ids);
            StringBuilder tip = new StringBuilder();
            for (String id : ids) {
                citations.resolve(id).ifPresentOrElse(c -> tip.append(id).append("  ").append(clock.format(c.time()))
                                .append(" · ").append(c.kind().label()).append(c.actor().isEmpty() ? "" : " · " + c.actor())
                                .append("\n   ").append(cut(c.text())).append("\n   ").append(c.location()).append('\n'),
                        () -> tip.append(id).append("  is not a row of this timeline\n"));
            }
            tip.append(missing.isEmpty() ? "Ctrl+click to show in the timeline." : "Check the id, or cite another row.");
            out.add(new Mark(m.start(), m.end(), missing.isEmpty() ? Mark.Kind.CITATION : Mark.Kind.CITATION_UNKNOWN,
                    tip.toString(), null, ids.getFirst()));
        }
        return out;
    }

    private static String category(LintFinding f) {
        return switch (f.category()) {
            case PERSON_AS_CAUSE -> "Blame";
            case COUNTERFACTUAL -> "Counterfactual";
            case HINDSIGHT -> "Hindsight";
            case SINGLE_ROOT_CAUSE -> "Single root cause";
        };
    }

    private static String cut(String s) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() > 110 ? one.substring(0, 109) + "…" : one;
    }
}
