package dev.pmw.ui.postmortem;

import dev.pmw.ui.ai.AiDraftViewModel;
import dev.pmw.ui.ai.AiDraftViewModel.State;
import javafx.beans.InvalidationListener;

/// Shows the AI panel's stream in the section it drafts: while the model streams, that section's
/// [SectionModel] is drafting and holds the text so far (the card shows it in the editor, or next
/// to the user's text when the draft will arrive as a proposal). The finished draft reaches the
/// document through [PostmortemViewModel#host()], never through here.
public final class AiStreams {
    private final AiDraftViewModel ai;
    private final PostmortemViewModel pm;
    private String shown;

    private AiStreams(AiDraftViewModel ai, PostmortemViewModel pm) {
        this.ai = ai;
        this.pm = pm;
    }

    /// Keeps the sections' drafting state in step with `ai` from now on.
    public static void follow(AiDraftViewModel ai, PostmortemViewModel pm) {
        AiStreams s = new AiStreams(ai, pm);
        InvalidationListener sync = o -> s.sync();
        ai.stateProperty().addListener(sync);
        ai.sectionKeyProperty().addListener(sync);
        ai.streamingTextProperty().addListener(sync);
    }

    private void sync() {
        String key = ai.stateProperty().get() == State.STREAMING ? ai.sectionKeyProperty().get() : null;
        if (shown != null && !shown.equals(key)) {
            SectionModel was = pm.section(shown);
            if (was != null) {
                was.endDraft(null);
            }
            shown = null;
        }
        SectionModel m = key == null ? null : pm.section(key);
        if (m == null) {
            return;
        }
        if (shown == null) {
            m.startDraft();
            shown = key;
        }
        m.streamed(ai.streamingTextProperty().get());
    }
}
