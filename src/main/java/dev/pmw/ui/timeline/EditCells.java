package dev.pmw.ui.timeline;

import dev.pmw.model.EventKind;
import dev.pmw.timeline.Row;
import dev.pmw.timeline.edit.Field;
import javafx.css.PseudoClass;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;

import java.util.function.BiConsumer;
import java.util.function.Function;

/// Table cells that edit a field of a row in place: Enter applies (through the editing view
/// model, which may refuse), Esc or leaving the cell cancels. A field the user changed is marked
/// (`:edited`, italic in `app.css`).
final class EditCells {
    static final PseudoClass EDITED = PseudoClass.getPseudoClass("edited");

    private EditCells() {
    }

    /// A text field editor.
    static class Text extends TableCell<Row, Row> {
        private final Field field;
        private final Function<Row, String> shown;
        private final Function<Row, String> editable;
        private final Function<Row, String> tip;
        private final BiConsumer<Row, String> commit;
        private final Tooltip tooltip = new Tooltip();
        private TextField editor;

        /// @param shown    the text in the cell
        /// @param editable the text the editor starts with
        Text(Field field, Function<Row, String> shown, Function<Row, String> editable, Function<Row, String> tip,
             BiConsumer<Row, String> commit) {
            this.field = field;
            this.shown = shown;
            this.editable = editable;
            this.tip = tip;
            this.commit = commit;
            tooltip.setWrapText(true);
            tooltip.setMaxWidth(640);
        }

        @Override
        public void startEdit() {
            Row r = getItem();
            if (r == null || !isEditable() || !getTableView().isEditable() || !getTableColumn().isEditable()) {
                return;
            }
            super.startEdit();
            editor = new TextField(editable.apply(r));
            editor.getStyleClass().add("cell-editor");
            editor.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ENTER) {
                    String v = editor.getText();
                    cancelEdit();
                    commit.accept(r, v);
                    e.consume();
                } else if (e.getCode() == KeyCode.ESCAPE) {
                    cancelEdit();
                    e.consume();
                }
            });
            editor.focusedProperty().addListener((o, was, now) -> {
                if (!now && isEditing()) {
                    cancelEdit();
                }
            });
            setText(null);
            setGraphic(editor);
            editor.requestFocus();
            editor.selectAll();
        }

        @Override
        public void cancelEdit() {
            super.cancelEdit();
            editor = null;
            show(getItem());
        }

        @Override
        protected void updateItem(Row item, boolean empty) {
            super.updateItem(item, empty);
            if (isEditing() && editor != null) {
                return;
            }
            show(empty ? null : item);
        }

        void show(Row item) {
            setGraphic(null);
            pseudoClassStateChanged(EDITED, item != null && field != null && item.isEdited(field));
            if (item == null) {
                setText(null);
                setTooltip(null);
            } else {
                setText(shown.apply(item));
                tooltip.setText(tip.apply(item) + (field == null ? "" : "\nDouble-click to edit."));
                setTooltip(tooltip);
            }
        }
    }

    /// The kind as a coloured chip; editing picks another kind from a list.
    static final class Kind extends TableCell<Row, Row> {
        private final javafx.scene.control.Label chip = new javafx.scene.control.Label();
        private final Tooltip tooltip = new Tooltip();
        private final BiConsumer<Row, EventKind> commit;

        Kind(BiConsumer<Row, EventKind> commit) {
            this.commit = commit;
            chip.getStyleClass().add(dev.pmw.ui.Styles.KIND_CHIP);
        }

        @Override
        public void startEdit() {
            Row r = getItem();
            if (r == null || !getTableView().isEditable() || !getTableColumn().isEditable()) {
                return;
            }
            super.startEdit();
            ComboBox<EventKind> box = new ComboBox<>();
            box.getItems().setAll(EventKind.values());
            box.getItems().remove(EventKind.LOG_BURST);
            box.setValue(r.event().kind());
            box.setConverter(new javafx.util.StringConverter<>() {
                @Override
                public String toString(EventKind k) {
                    return k == null ? "" : k.label();
                }

                @Override
                public EventKind fromString(String s) {
                    return null;
                }
            });
            box.setOnAction(e -> {
                EventKind k = box.getValue();
                cancelEdit();
                if (k != null && k != r.event().kind()) {
                    commit.accept(r, k);
                }
            });
            box.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ESCAPE) {
                    cancelEdit();
                }
            });
            setGraphic(box);
            box.requestFocus();
            box.show();
        }

        @Override
        public void cancelEdit() {
            super.cancelEdit();
            show(getItem());
        }

        @Override
        protected void updateItem(Row item, boolean empty) {
            super.updateItem(item, empty);
            if (!isEditing()) {
                show(empty ? null : item);
            }
        }

        private void show(Row item) {
            chip.getStyleClass().removeIf(s -> s.startsWith("kind-") && !s.equals(dev.pmw.ui.Styles.KIND_CHIP));
            pseudoClassStateChanged(EDITED, item != null && item.isEdited(Field.KIND));
            if (item == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            chip.setText(item.event().kind().label());
            chip.getStyleClass().add(dev.pmw.ui.Styles.kindFamily(item.event().kind()));
            tooltip.setText(item.event().kind().id() + (item.event().level() == dev.pmw.model.Level.UNKNOWN ? ""
                    : " · level " + item.event().level()) + (item.isEdited(Field.KIND)
                    ? "\nYou changed it (the source said " + item.original().kind().label() + ")" : "")
                    + "\nDouble-click to change the kind.");
            setTooltip(tooltip);
            setGraphic(chip);
        }
    }
}
