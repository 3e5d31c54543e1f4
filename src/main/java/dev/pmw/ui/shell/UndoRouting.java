package dev.pmw.ui.shell;

import dev.pmw.ui.ai.UndoableDocument;
import dev.pmw.ui.editing.EditingViewModel;
import dev.pmw.ui.postmortem.PostmortemViewModel;
import javafx.beans.value.ObservableValue;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextInputControl;
import org.fxmisc.richtext.GenericStyledArea;

/// Undo and redo go where the keyboard is: in a section editor or a text field they undo typing
/// (each editor has its own history); in the Postmortem workspace, with no typing to undo, they undo
/// the document's drafts, accepts and rejects; elsewhere they undo edits of the timeline. Editors
/// handle Ctrl+Z themselves (the menu accelerator only runs for keys nobody consumed); this routes
/// the menu items and keeps their labels honest.
final class UndoRouting {
    private final EditingViewModel editing;
    private final PostmortemViewModel postmortem;
    private final ObservableValue<Workspace> workspace;
    private final ObjectProperty<Node> focus = new SimpleObjectProperty<>();

    UndoRouting(EditingViewModel editing, PostmortemViewModel postmortem, ObservableValue<Workspace> workspace,
                ObservableValue<Scene> scene) {
        this.editing = editing;
        this.postmortem = postmortem;
        this.workspace = workspace;
        scene.addListener((o, old, s) -> {
            focus.unbind();
            if (s != null) {
                focus.bind(s.focusOwnerProperty());
            }
        });
    }

    void wire(MenuItem undo, MenuItem redo) {
        BooleanBinding typing = Bindings.createBooleanBinding(this::typing, focus);
        UndoableDocument doc = postmortem.host();
        BooleanBinding onDocument = Bindings.createBooleanBinding(() -> workspace.getValue() == Workspace.POSTMORTEM,
                workspace);
        undo.setOnAction(e -> undo());
        redo.setOnAction(e -> redo());
        undo.disableProperty().bind(typing.not().and(Bindings.when(onDocument).then(doc.canUndoProperty().not())
                .otherwise(editing.canUndoProperty().not())));
        redo.disableProperty().bind(typing.not().and(Bindings.when(onDocument).then(doc.canRedoProperty().not())
                .otherwise(editing.canRedoProperty().not())));
        StringBinding undoText = Bindings.when(typing).then("Undo Typing").otherwise(Bindings.when(onDocument)
                .then(Bindings.when(doc.undoLabelProperty().isEmpty()).then("Undo")
                        .otherwise(Bindings.concat("Undo: ", doc.undoLabelProperty())))
                .otherwise(editing.undoLabelProperty()));
        StringBinding redoText = Bindings.when(typing).then("Redo Typing").otherwise(Bindings.when(onDocument)
                .then("Redo").otherwise(editing.redoLabelProperty()));
        undo.textProperty().bind(undoText);
        redo.textProperty().bind(redoText);
    }

    void undo() {
        switch (focus.get()) {
            case GenericStyledArea<?, ?, ?> area when area.isUndoAvailable() -> area.undo();
            case TextInputControl field -> field.undo();
            case null, default -> {
                if (workspace.getValue() == Workspace.POSTMORTEM) {
                    postmortem.undo();
                } else {
                    editing.undo();
                }
            }
        }
    }

    void redo() {
        switch (focus.get()) {
            case GenericStyledArea<?, ?, ?> area when area.isRedoAvailable() -> area.redo();
            case TextInputControl field -> field.redo();
            case null, default -> {
                if (workspace.getValue() == Workspace.POSTMORTEM) {
                    postmortem.redo();
                } else {
                    editing.redo();
                }
            }
        }
    }

    private boolean typing() {
        Node n = focus.get();
        return n instanceof GenericStyledArea<?, ?, ?> || n instanceof TextInputControl t && t.isEditable();
    }
}
