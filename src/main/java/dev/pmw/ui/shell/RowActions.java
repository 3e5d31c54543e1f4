package dev.pmw.ui.shell;

import dev.pmw.model.EventKind;
import dev.pmw.timeline.Row;
import dev.pmw.ui.Shortcut;
import dev.pmw.ui.detail.DetailView;
import dev.pmw.ui.editing.EditingViewModel;
import dev.pmw.ui.timeline.TimelineView;
import dev.pmw.ui.timeline.TimelineViewModel;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/// The Edit menu: undo and redo, and every change to the selected row(s), with the dialogs some
/// of them need (add a row, split a burst, a note) and the one for refused edits ("apply anyway").
final class RowActions {
    private final EditingViewModel editing;
    private final TimelineViewModel timeline;
    private final TimelineView view;
    private final DetailView detail;
    private final Supplier<Window> window;

    private final UndoRouting undoRouting;
    private final dev.pmw.ui.analysis.AnalysisViewModel analysis;

    RowActions(EditingViewModel editing, TimelineViewModel timeline, TimelineView view, DetailView detail,
               Supplier<Window> window, UndoRouting undoRouting, dev.pmw.ui.analysis.AnalysisViewModel analysis) {
        this.undoRouting = undoRouting;
        this.analysis = analysis;
        this.editing = editing;
        this.timeline = timeline;
        this.view = view;
        this.detail = detail;
        this.window = window;
        editing.refusalProperty().addListener((o, old, r) -> {
            if (r != null) {
                javafx.application.Platform.runLater(() -> showRefusal(r));
            }
        });
    }

    Menu menu() {
        MenuItem undo = MainView.item("Undo", Shortcut.UNDO, () -> { });
        MenuItem redo = MainView.item("Redo", Shortcut.REDO, () -> { });
        undoRouting.wire(undo, redo); // typing in an editor or field, or the timeline's edits
        MenuItem edit = onRow("Edit Text", Shortcut.EDIT, r -> view.editSelected());
        MenuItem pin = onRow("Pin / Unpin", Shortcut.PIN, editing::togglePin);
        MenuItem hide = onRow("Hide / Show", Shortcut.HIDE, editing::toggleHide);
        MenuItem promote = onRow("Promote to Key Event", Shortcut.PROMOTE, editing::promote);
        MenuItem demote = onRow("Demote to Noise", Shortcut.DEMOTE, editing::demote);
        MenuItem note = onRow("Note…", Shortcut.NOTE, detail::askNote);
        MenuItem merge = MainView.item("Merge Selected Rows", Shortcut.MERGE,
                () -> editing.merge(List.copyOf(view.table().getSelectionModel().getSelectedItems())));
        merge.disableProperty().bind(Bindings.size(view.table().getSelectionModel().getSelectedItems()).lessThan(2));
        MenuItem split = onRow("Split Burst…", Shortcut.SPLIT, this::askSplit);
        MenuItem revert = onRow("Revert to Source", Shortcut.REVERT, editing::revert);
        MenuItem add = MainView.item("Add Row…", Shortcut.ADD_ROW, this::askAddRow);
        MenuItem remove = onRow("Remove Added Row", null, editing::removeRow);
        return new Menu("Edit", null, undo, redo, new SeparatorMenuItem(), edit, pin, hide, promote, demote, note,
                new SeparatorMenuItem(), merge, split, revert, new SeparatorMenuItem(), add, remove, new SeparatorMenuItem(),
                boundaryMenu());
    }

    /// "Pin Analysis Boundary Here ▸ Impact start / Detected / …": the analysis takes the row's time.
    private Menu boundaryMenu() {
        Menu m = new Menu("Pin Analysis Boundary to This Row");
        for (dev.pmw.analysis.BoundaryKind k : dev.pmw.analysis.BoundaryKind.values()) {
            MenuItem i = new MenuItem(k.label());
            i.setOnAction(e -> analysis.pinBoundary(k, timeline.selectedProperty().get()));
            m.getItems().add(i);
        }
        m.setOnShowing(e -> m.getItems().forEach(i -> i.setDisable(!analysis.canPin(
                dev.pmw.analysis.BoundaryKind.values()[m.getItems().indexOf(i)], timeline.selectedProperty().get()))));
        m.disableProperty().bind(timeline.selectedProperty().isNull());
        return m;
    }

    private MenuItem onRow(String text, Shortcut s, Consumer<Row> act) {
        MenuItem i = MainView.item(text, s, () -> {
            Row r = timeline.selectedProperty().get();
            if (r != null) {
                act.accept(r);
            }
        });
        i.disableProperty().bind(timeline.selectedProperty().isNull());
        return i;
    }

    private void askSplit(Row r) {
        if (r.event().kind() != EventKind.LOG_BURST) {
            editing.split(r, r.event().time()); // says why it cannot
            return;
        }
        Instant mid = r.event().time().plus(java.time.Duration.between(r.event().time(), r.event().lastTime()).dividedBy(2));
        TextInputDialog d = new TextInputDialog(timeline.time().clock(mid).replaceFirst("^[A-Z][a-z]{2} \\d{2} ", ""));
        d.setTitle("Split burst");
        d.setHeaderText("Split “" + cut(r.event().text()) + "” (" + timeline.time().clock(r.event().time()) + " – "
                + timeline.time().clock(r.event().lastTime()) + ")");
        d.setContentText("Lines from this time on form the second part:");
        own(d);
        d.showAndWait().ifPresent(t -> editing.split(r, t));
    }

    private void askAddRow() {
        Dialog<ButtonType> d = new Dialog<>();
        d.setTitle("Add a row");
        d.setHeaderText("Add a row to the timeline (what no export recorded)");
        Row sel = timeline.selectedProperty().get();
        TextField when = new TextField(sel == null ? "" : timeline.time().clock(sel.event().time())
                .replaceFirst("^[A-Z][a-z]{2} \\d{2} ", ""));
        when.setId("addRowTime");
        when.setPromptText("02:17:30 or 2026-02-16 02:17");
        ComboBox<EventKind> kind = new ComboBox<>();
        kind.getItems().setAll(EventKind.values());
        kind.getItems().remove(EventKind.LOG_BURST);
        kind.setValue(EventKind.NOTE);
        TextField actor = new TextField();
        actor.setPromptText("who (optional)");
        TextArea text = new TextArea();
        text.setId("addRowText");
        text.setPrefRowCount(3);
        text.setWrapText(true);
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        g.addRow(0, new Label("Time (" + timeline.time().zoneName() + ")"), when);
        g.addRow(1, new Label("Kind"), kind);
        g.addRow(2, new Label("Actor"), actor);
        g.addRow(3, new Label("Text"), text);
        d.getDialogPane().setContent(g);
        ButtonType add = new ButtonType("Add", ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(add, ButtonType.CANCEL);
        own(d);
        d.setOnShown(e -> when.requestFocus());
        d.showAndWait().filter(b -> b == add).ifPresent(b -> editing.addRow(when.getText(), kind.getValue(),
                actor.getText(), text.getText(), sel));
    }

    private void showRefusal(EditingViewModel.Refusal r) {
        if (editing.refusalProperty().get() != r) {
            return;
        }
        ButtonType anyway = new ButtonType("Apply Anyway", ButtonBar.ButtonData.OTHER);
        Alert a = r.forcible()
                ? new Alert(Alert.AlertType.CONFIRMATION, r.message(), anyway, ButtonType.CANCEL)
                : new Alert(Alert.AlertType.WARNING, r.message(), ButtonType.OK);
        a.setTitle("Edit not made");
        a.setHeaderText(r.forcible() ? "This looks wrong" : "This edit cannot be made");
        own(a);
        a.showAndWait().ifPresent(b -> {
            editing.dismissRefusal();
            if (b == anyway) {
                r.applyAnyway().run();
            }
        });
    }

    private void own(Dialog<?> d) {
        if (window.get() != null) {
            d.initOwner(window.get());
        }
    }

    private static String cut(String s) {
        return s.length() > 60 ? s.substring(0, 59) + "…" : s;
    }
}
