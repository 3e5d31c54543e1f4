package dev.pmw.ui.postmortem;

import dev.pmw.draft.check.LintFinding;
import dev.pmw.draft.check.SentenceCheck;

import java.util.List;

/// The checks of one section's text: which sentences the evidence does not support or contradicts,
/// what the blameless lint finds, and the marks to show for all of it.
///
/// @param text    the text that was checked (the editor shows the marks only while it still reads so)
/// @param flagged unsupported and contradicted sentences
/// @param lint    blameless-lint findings
/// @param marks   everything to show, citations included, in text order
public record SectionCheck(String text, List<SentenceCheck> flagged, List<LintFinding> lint, List<Mark> marks) {
    public static final SectionCheck NONE = new SectionCheck("", List.of(), List.of(), List.of());

    public SectionCheck {
        flagged = List.copyOf(flagged);
        lint = List.copyOf(lint);
        marks = List.copyOf(marks);
    }

    /// How many things the writer should look at (flagged sentences and lint findings).
    public int findings() {
        return flagged.size() + lint.size();
    }

    /// The marks over a character, most specific first (a value before its sentence).
    public List<Mark> at(int position) {
        return marks.stream().filter(m -> m.covers(position))
                .sorted(java.util.Comparator.comparingInt(m -> m.end() - m.start())).toList();
    }
}
