package dev.pmw.timeline.edit;

import java.time.Duration;

/// Which consecutive edits are one undo step, and when a merged step changes nothing.
final class Merging {
    private Merging() {
    }

    /// The two edits as one (the earlier one's snapshot, the later one's value and time), or null
    /// when they are separate steps.
    static Edit merge(Edit earlier, Edit later) {
        if (!earlier.target().equals(later.target()) || earlier.getClass() != later.getClass()
                || Duration.between(earlier.at(), later.at()).compareTo(EditHistory.MERGE_WINDOW) > 0) {
            return null;
        }
        return switch (later) {
            case Edit.SetTime x -> new Edit.SetTime(x.target(), x.at(), earlier.before(), x.time(), x.forced());
            case Edit.SetText x -> new Edit.SetText(x.target(), x.at(), earlier.before(), x.text());
            case Edit.SetKind x -> new Edit.SetKind(x.target(), x.at(), earlier.before(), x.kind());
            case Edit.SetActor x -> new Edit.SetActor(x.target(), x.at(), earlier.before(), x.actor());
            case Edit.SetNote x -> new Edit.SetNote(x.target(), x.at(), earlier.before(), x.note());
            default -> null;
        };
    }

    /// A field set back to what the row showed before the step.
    static boolean isNoOp(Edit e) {
        return switch (e) {
            case Edit.SetTime x -> x.time().equals(x.before().time());
            case Edit.SetText x -> x.text().equals(x.before().text());
            case Edit.SetKind x -> x.kind() == x.before().kind();
            case Edit.SetActor x -> x.actor().equals(x.before().actor());
            default -> false;
        };
    }
}
