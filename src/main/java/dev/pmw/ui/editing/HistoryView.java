package dev.pmw.ui.editing;

import dev.pmw.timeline.edit.EditHistory;
import dev.pmw.ui.Shortcut;
import dev.pmw.ui.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/// The visible history of edits: what each did and when, undone ones greyed; clicking an entry
/// goes back (or forward) to just after it.
public final class HistoryView extends VBox {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

    public HistoryView(EditingViewModel vm) {
        setId("historyView");
        getStyleClass().add("history-view");
        setSpacing(6);
        setPadding(new Insets(8));
        Label title = new Label("History");
        title.getStyleClass().add(Styles.TITLE);
        Button undo = new Button("Undo", new FontIcon("mdi2u-undo"));
        undo.setId("undoButton");
        undo.disableProperty().bind(vm.canUndoProperty().not());
        undo.setOnAction(e -> vm.undo());
        Tooltip undoTip = new Tooltip();
        undoTip.textProperty().bind(Bindings.concat(vm.undoLabelProperty(), " (", Shortcut.UNDO.display(), ")"));
        undo.setTooltip(undoTip);
        Button redo = new Button("Redo", new FontIcon("mdi2r-redo"));
        redo.setId("redoButton");
        redo.disableProperty().bind(vm.canRedoProperty().not());
        redo.setOnAction(e -> vm.redo());
        Tooltip redoTip = new Tooltip();
        redoTip.textProperty().bind(Bindings.concat(vm.redoLabelProperty(), " (", Shortcut.REDO.display(), ")"));
        redo.setTooltip(redoTip);
        HBox top = new HBox(6, title, new javafx.scene.layout.Region(), undo, redo);
        HBox.setHgrow(top.getChildren().get(1), Priority.ALWAYS);
        top.setAlignment(Pos.CENTER_LEFT);

        ListView<EditHistory.Entry> list = new ListView<>(vm.entries());
        list.setId("historyList");
        Label empty = new Label("Your edits appear here, newest last.\nClick one to go back to just after it.");
        empty.getStyleClass().add(Styles.MUTED);
        empty.setWrapText(true);
        list.setPlaceholder(empty);
        list.setCellFactory(l -> new EntryCell());
        list.setTooltip(new Tooltip("Click an edit to undo everything after it; click an undone (grey) edit to redo up to it"));
        list.setOnMouseClicked(e -> {
            int i = list.getSelectionModel().getSelectedIndex();
            if (i >= 0) {
                vm.moveTo(i + 1);
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(top, list);
    }

    private static final class EntryCell extends ListCell<EditHistory.Entry> {
        @Override
        protected void updateItem(EditHistory.Entry e, boolean empty) {
            super.updateItem(e, empty);
            getStyleClass().remove("undone");
            if (empty || e == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            setText(CLOCK.format(e.at()) + "  " + e.description());
            setWrapText(true);
            setPrefWidth(0);
            if (e.undone()) {
                getStyleClass().add("undone");
            }
            setTooltip(new Tooltip(e.description() + (e.undone() ? "\n(undone: click to redo up to here)" : "")));
        }
    }
}
