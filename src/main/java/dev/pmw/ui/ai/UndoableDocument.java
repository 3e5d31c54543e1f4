package dev.pmw.ui.ai;

import dev.pmw.draft.PostmortemDocument;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.UnaryOperator;

/// A [DocumentHost] with undo and redo of whole-document steps (documents are immutable, so a step
/// is the document before it).
public final class UndoableDocument implements DocumentHost {
    private record Step(String label, PostmortemDocument other) {
    }

    private final ReadOnlyObjectWrapper<PostmortemDocument> document = new ReadOnlyObjectWrapper<>();
    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper undoLabel = new ReadOnlyStringWrapper("");

    public UndoableDocument(PostmortemDocument initial) {
        document.set(initial);
    }

    @Override
    public ReadOnlyObjectProperty<PostmortemDocument> documentProperty() {
        return document.getReadOnlyProperty();
    }

    @Override
    public void change(String label, UnaryOperator<PostmortemDocument> change) {
        PostmortemDocument before = document.get();
        PostmortemDocument after = change.apply(before);
        if (after.equals(before)) {
            return;
        }
        undo.push(new Step(label, before));
        redo.clear();
        document.set(after);
        update();
    }

    /// Starts over with another document (a project opened): no history.
    public void reset(PostmortemDocument d) {
        undo.clear();
        redo.clear();
        document.set(d);
        update();
    }

    public boolean undo() {
        Step s = undo.poll();
        if (s == null) {
            return false;
        }
        redo.push(new Step(s.label(), document.get()));
        document.set(s.other());
        update();
        return true;
    }

    public boolean redo() {
        Step s = redo.poll();
        if (s == null) {
            return false;
        }
        undo.push(new Step(s.label(), document.get()));
        document.set(s.other());
        update();
        return true;
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /// What Undo would undo ("Accept the proposal for Impact"), or "".
    public ReadOnlyStringProperty undoLabelProperty() {
        return undoLabel.getReadOnlyProperty();
    }

    private void update() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
        undoLabel.set(undo.isEmpty() ? "" : undo.peek().label());
    }
}
