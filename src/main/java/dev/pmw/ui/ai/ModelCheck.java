package dev.pmw.ui.ai;

import dev.pmw.draft.check.CheckReport;

/// The claim check of a model's draft: which sentences are unsupported or contradicted, and why.
/// The positions refer to `text`; a view underlines them only while it shows that very text.
///
/// @param text   the draft's text as it arrived
/// @param report the verdict per sentence
public record ModelCheck(String text, CheckReport report) {
    public int flagged() {
        return report.flagged().size();
    }
}
