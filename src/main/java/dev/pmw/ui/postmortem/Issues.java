package dev.pmw.ui.postmortem;

import dev.pmw.draft.Citations;
import dev.pmw.draft.check.LintFinding;
import dev.pmw.draft.check.SentenceCheck;
import dev.pmw.draft.check.Status;

import java.util.ArrayList;
import java.util.List;

/// The findings of every section's latest check, as the export dialog lists them.
final class Issues {
    private static final int EXCERPT = 90;

    private Issues() {
    }

    static List<Issue> of(List<SectionModel> sections) {
        List<Issue> out = new ArrayList<>();
        for (SectionModel m : sections) {
            SectionCheck c = m.check();
            String heading = m.section().heading();
            for (SentenceCheck s : c.flagged()) {
                out.add(new Issue(m.key(), heading, s.status() == Status.CONTRADICTED ? Issue.Kind.CONTRADICTED
                        : Issue.Kind.UNSUPPORTED, excerpt(c.text(), s.start(), s.end()), s.reason()));
            }
            for (LintFinding f : c.lint()) {
                out.add(new Issue(m.key(), heading, Issue.Kind.WORDING, excerpt(c.text(), f.start(), f.end()), f.message()));
            }
        }
        return out;
    }

    private static String excerpt(String text, int start, int end) {
        if (start < 0 || end > text.length() || start >= end) {
            return "";
        }
        String one = Citations.strip(text.substring(start, end)).replaceAll("\\s+", " ").strip();
        return "“" + (one.length() > EXCERPT ? one.substring(0, EXCERPT - 1) + "…" : one) + "”";
    }
}
