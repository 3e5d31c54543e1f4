package dev.pmw.ui.ai;

import dev.pmw.draft.PostmortemDocument;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.UnaryOperator;

/// A [DocumentHost] with undo and redo of whole-document steps (documents are immutable, so a step
/// is the document before it).
///
/// It can host a document property that others change too (the project's, which typing in an
/// editor changes): a change that does not come through this host, such as typing or opening a
/// project, ends the history, so undoing a step never throws away text written after it (the
/// editors undo their own typing).
public final class UndoableDocument implements DocumentHost {
    private record Step(String label, PostmortemDocument other) {
    }

    private final ObjectProperty<PostmortemDocument> document;
    private boolean applying;
    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper undoLabel = new ReadOnlyStringWrapper("");

    public UndoableDocument(PostmortemDocument initial) {
        this(new SimpleObjectProperty<>(initial));
    }

    /// Hosts `document`; changes made to it directly (not through this host) end the history.
    public UndoableDocument(ObjectProperty<PostmortemDocument> document) {
        this.document = document;
        document.addListener((o, old, now) -> {
            if (!applying && (!undo.isEmpty() || !redo.isEmpty())) {
                undo.clear();
                redo.clear();
                update();
            }
        });
    }

    @Override
    public ReadOnlyObjectProperty<PostmortemDocument> documentProperty() {
        return document;
    }

    @Override
    public void change(String label, UnaryOperator<PostmortemDocument> change) {
        PostmortemDocument before = document.get();
        PostmortemDocument after = change.apply(before);
        if (after.equals(before)) {
            return;
        }
        set(after);
        undo.push(new Step(label, before));
        redo.clear();
        update();
    }

    /// Starts over with another document (a project opened): no history.
    public void reset(PostmortemDocument d) {
        undo.clear();
        redo.clear();
        set(d);
        update();
    }

    public boolean undo() {
        Step s = undo.poll();
        if (s == null) {
            return false;
        }
        redo.push(new Step(s.label(), document.get()));
        set(s.other());
        update();
        return true;
    }

    public boolean redo() {
        Step s = redo.poll();
        if (s == null) {
            return false;
        }
        undo.push(new Step(s.label(), document.get()));
        set(s.other());
        update();
        return true;
    }

    private void set(PostmortemDocument d) {
        applying = true;
        try {
            document.set(d);
        } finally {
            applying = false;
        }
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
