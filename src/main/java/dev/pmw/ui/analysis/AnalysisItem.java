package dev.pmw.ui.analysis;

import java.util.List;

/// One line of the analysis panel that leads to its evidence: a duration, the trigger or a
/// runner-up, an impact figure, the severity, an open question.
///
/// @param title    what it is ("Time to detect", "Trigger", "Open question")
/// @param text     the finding ("8.9 min", the trigger's summary, the question)
/// @param detail   a second, quieter line ("job · 91 % confident"), or ""
/// @param tooltip  the full derivation, or ""
/// @param evidence ids of the rows it rests on (empty: nothing to show)
public record AnalysisItem(String title, String text, String detail, String tooltip, List<String> evidence) {
    public AnalysisItem {
        detail = detail == null ? "" : detail;
        tooltip = tooltip == null ? "" : tooltip;
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
