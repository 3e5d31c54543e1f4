package dev.pmw.ui.ai;

import dev.pmw.draft.PostmortemDocument;
import javafx.beans.property.ReadOnlyObjectProperty;

import java.util.function.UnaryOperator;

/// Where the postmortem document lives while it is edited. AI drafting reads it and changes it only
/// through [#change], which the host records as one undoable step: a draft arriving, an accept, a
/// partial accept or a rejected proposal can all be undone.
public interface DocumentHost {
    ReadOnlyObjectProperty<PostmortemDocument> documentProperty();

    default PostmortemDocument document() {
        return documentProperty().get();
    }

    /// Applies `change` to the current document as one undoable step named `label` ("Accept the
    /// proposal for Impact"). A change that leaves the document as it was is not recorded.
    void change(String label, UnaryOperator<PostmortemDocument> change);
}
