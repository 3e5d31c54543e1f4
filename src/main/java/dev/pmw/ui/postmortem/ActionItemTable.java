package dev.pmw.ui.postmortem;

import dev.pmw.draft.ActionItem;
import dev.pmw.draft.ActionStatus;
import dev.pmw.draft.PostmortemDocument;
import dev.pmw.draft.Priority;
import dev.pmw.ui.Styles;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.ChoiceBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.BiFunction;
import java.util.function.Function;

/// The action items, structured and editable in place: description, owner (a team), priority
/// P0–P2, due date (yyyy-MM-dd) and status; items can be added and removed. Every edit goes to the
/// document through the view model.
final class ActionItemTable extends VBox {
    private static final double ROW = 28;

    private final PostmortemViewModel vm;
    private final ObservableList<ActionItem> items = FXCollections.observableArrayList();
    private final TableView<ActionItem> table = new TableView<>(items);

    ActionItemTable(PostmortemViewModel vm) {
        this.vm = vm;
        getStyleClass().add("action-items");
        table.setId("actionItemsTable");
        table.setEditable(true);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label empty = new Label("No action items yet: add one, or draft the section.");
        empty.getStyleClass().add(Styles.MUTED);
        table.setPlaceholder(empty);

        TableColumn<ActionItem, String> id = column("", 40, ActionItem::id);
        id.setEditable(false);
        TableColumn<ActionItem, String> description = text("Description", 330, ActionItem::description, ActionItem::withDescription);
        description.setId("descriptionColumn");
        TableColumn<ActionItem, String> owner = text("Owner (team)", 140, ActionItem::owner, ActionItem::withOwner);
        TableColumn<ActionItem, Priority> priority = new TableColumn<>("Priority");
        priority.setPrefWidth(70);
        priority.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().priority()));
        priority.setCellFactory(ChoiceBoxTableCell.forTableColumn(Priority.values()));
        priority.setOnEditCommit(e -> vm.updateActionItem(e.getRowValue().withPriority(e.getNewValue())));
        TableColumn<ActionItem, LocalDate> due = new TableColumn<>("Due");
        due.setPrefWidth(100);
        due.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().due()));
        due.setCellFactory(TextFieldTableCell.forTableColumn(new DateText()));
        due.setOnEditCommit(e -> {
            if (e.getNewValue() == DateText.INVALID) {
                table.refresh(); // not a date: the old one stays
            } else {
                vm.updateActionItem(e.getRowValue().withDue(e.getNewValue()));
            }
        });
        TableColumn<ActionItem, ActionStatus> status = new TableColumn<>("Status");
        status.setPrefWidth(110);
        status.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().status()));
        status.setCellFactory(ChoiceBoxTableCell.forTableColumn(new StringConverter<>() {
            @Override
            public String toString(ActionStatus s) {
                return s == null ? "" : s.label();
            }

            @Override
            public ActionStatus fromString(String s) {
                return ActionStatus.fromId(s);
            }
        }, ActionStatus.values()));
        status.setOnEditCommit(e -> vm.updateActionItem(e.getRowValue().withStatus(e.getNewValue())));
        TableColumn<ActionItem, ActionItem> remove = new TableColumn<>("");
        remove.setPrefWidth(36);
        remove.setMaxWidth(36);
        remove.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        remove.setCellFactory(c -> new RemoveCell());
        table.getColumns().setAll(java.util.List.of(id, description, owner, priority, due, status, remove));
        for (TableColumn<ActionItem, ?> c : table.getColumns()) {
            c.setSortable(false);
            c.setReorderable(false);
        }

        Button add = new Button("Add action item", new FontIcon("mdi2p-plus"));
        add.setId("addActionItem");
        add.getStyleClass().add("small");
        add.setOnAction(e -> {
            String newId = vm.addActionItem();
            int at = items.stream().map(ActionItem::id).toList().indexOf(newId);
            if (at >= 0) {
                table.layout();
                table.edit(at, description);
            }
        });
        Label hint = new Label("Double-click a cell to edit it. Owners are teams; the review assigns people.");
        hint.getStyleClass().add(Styles.MUTED);
        HBox bar = new HBox(10, add, hint);
        bar.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(table, bar);
        setSpacing(6);

        vm.documentProperty().addListener((o, old, doc) -> show(doc));
        show(vm.documentProperty().get());
    }

    private void show(PostmortemDocument doc) {
        var next = doc == null ? java.util.List.<ActionItem>of() : doc.actionItems();
        if (!next.equals(items)) {
            items.setAll(next);
        }
        // tall enough for every item: the document scrolls, not the table
        table.setPrefHeight(ROW * Math.max(2, items.size()) + 32);
        table.setMinHeight(Region.USE_PREF_SIZE);
    }

    private TableColumn<ActionItem, String> text(String title, double width, Function<ActionItem, String> get,
                                                 BiFunction<ActionItem, String, ActionItem> set) {
        TableColumn<ActionItem, String> c = column(title, width, get);
        c.setCellFactory(TextFieldTableCell.forTableColumn());
        c.setOnEditCommit(e -> vm.updateActionItem(set.apply(e.getRowValue(), e.getNewValue().strip())));
        return c;
    }

    private static TableColumn<ActionItem, String> column(String title, double width, Function<ActionItem, String> get) {
        TableColumn<ActionItem, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(get.apply(cd.getValue())));
        return c;
    }

    /// yyyy-MM-dd; anything else leaves the date as it was (empty clears it).
    private static final class DateText extends StringConverter<LocalDate> {
        static final LocalDate INVALID = LocalDate.MIN;

        @Override
        public String toString(LocalDate d) {
            return d == null ? "" : d.toString();
        }

        @Override
        public LocalDate fromString(String s) {
            if (s == null || s.isBlank()) {
                return null;
            }
            try {
                return LocalDate.parse(s.strip());
            } catch (DateTimeParseException e) {
                return INVALID;
            }
        }
    }

    private final class RemoveCell extends TableCell<ActionItem, ActionItem> {
        private final Button button = new Button(null, new FontIcon("mdi2d-delete-outline"));

        RemoveCell() {
            button.getStyleClass().add("flat-button");
            button.setTooltip(new Tooltip("Remove this action item"));
            button.setOnAction(e -> {
                if (getItem() != null) {
                    vm.removeActionItem(getItem().id());
                }
            });
        }

        @Override
        protected void updateItem(ActionItem item, boolean empty) {
            super.updateItem(item, empty);
            setGraphic(empty || item == null ? null : button);
        }
    }
}
