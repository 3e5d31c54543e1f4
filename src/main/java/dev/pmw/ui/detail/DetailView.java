package dev.pmw.ui.detail;

import dev.pmw.model.EventKind;
import dev.pmw.timeline.Row;
import dev.pmw.timeline.query.RowLabels;
import dev.pmw.ui.Shortcut;
import dev.pmw.ui.Styles;
import dev.pmw.ui.timeline.TimeDisplay;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/// The selected row in full: summary, time as written, source, relevance and its reasons with
/// promote/demote, and tabs for the raw record, what surrounds it, its Slack thread and a burst's
/// lines.
public final class DetailView extends SplitPane {
    private final DetailViewModel vm;
    private final TabPane tabs = new TabPane();
    private final Tab recordTab = new Tab("Record");
    private final Tab contextTab = new Tab("Around");
    private final Tab threadTab = new Tab("Thread");
    private final Tab linesTab = new Tab("Lines");

    public DetailView(DetailViewModel vm) {
        this.vm = vm;
        setId("detailView");
        getStyleClass().add("detail-view");
        ScrollPane summary = new ScrollPane(summary());
        summary.setFitToWidth(true);
        summary.getStyleClass().add("detail-summary");
        getItems().addAll(summary, tabs());
        setDividerPositions(0.42);
        vm.rowProperty().addListener((o, old, now) -> pickTab(now));
    }

    private VBox summary() {
        Label heading = new Label();
        heading.setId("detailHeading");
        heading.getStyleClass().add("detail-heading");
        heading.setWrapText(true);
        heading.textProperty().bind(Bindings.createStringBinding(() -> vm.rowProperty().get() == null
                ? "Select a row to see where it came from and why it is shown." : vm.headingProperty().get(),
                vm.rowProperty(), vm.headingProperty()));
        Label when = wrapping(vm.whenProperty());
        when.setId("detailWhen");
        Label raw = wrapping(vm.rawTimeProperty());
        raw.setId("detailRawTime");
        raw.getStyleClass().add(Styles.MUTED);
        Label where = wrapping(vm.whereProperty());
        where.setId("detailWhere");
        where.getStyleClass().add("detail-where");
        Label relevance = wrapping(vm.relevanceProperty());
        relevance.setId("detailRelevance");
        relevance.getStyleClass().add("detail-relevance");
        FlowPane reasons = new FlowPane(4, 4);
        reasons.setId("detailReasons");
        relevance.setWrapText(false);
        vm.reasons().addListener((ListChangeListener<String>) c -> {
            reasons.getChildren().setAll(relevance);
            for (String r : vm.reasons()) {
                Label chip = new Label(r);
                chip.getStyleClass().add("reason-chip");
                reasons.getChildren().add(chip);
            }
        });

        Button reveal = new Button("Reveal", new FontIcon("mdi2f-folder-search-outline"));
        reveal.setId("revealButton");
        reveal.setTooltip(new Tooltip("Open the folder holding this row's source file (" + Shortcut.REVEAL.display() + ")"));
        reveal.setOnAction(e -> vm.revealInSource());
        reveal.disableProperty().bind(vm.rowProperty().isNull().or(vm.busyProperty()));
        FlowPane actions = new FlowPane(6, 6,
                action("pinButton", "Pin", "mdi2p-pin-outline", "Pin: always a key row; again to unpin (" + Shortcut.PIN.display() + ")",
                        r -> vm.editing().togglePin(r)),
                action("promoteButton", "Promote", "mdi2a-arrow-up-bold-outline",
                        "Make this row a key event; again to leave it to the rules (" + Shortcut.PROMOTE.display() + ")",
                        r -> vm.editing().promote(r)),
                action("demoteButton", "Demote", "mdi2a-arrow-down-bold-outline",
                        "Hide this row as noise; again to leave it to the rules (" + Shortcut.DEMOTE.display() + ")",
                        r -> vm.editing().demote(r)),
                action("hideButton", "Hide", "mdi2e-eye-off-outline", "Hide this row; again to show it (" + Shortcut.HIDE.display() + ")",
                        r -> vm.editing().toggleHide(r)),
                action("noteButton", "Note…", "mdi2n-note-edit-outline", "Write a note on this row (" + Shortcut.NOTE.display() + ")",
                        this::askNote),
                action("revertButton", "Revert", "mdi2u-undo-variant",
                        "Drop your changes to this row: show what its source says (" + Shortcut.REVERT.display() + ")",
                        r -> vm.editing().revert(r)),
                reveal);
        Label changes = wrapping(vm.userChangesProperty());
        changes.setId("detailUserChanges");
        changes.getStyleClass().add("user-changes");
        changes.visibleProperty().bind(vm.userChangesProperty().isNotEmpty());
        changes.managedProperty().bind(changes.visibleProperty());

        VBox box = new VBox(6, actions, heading, changes, when, reasons, where, raw);
        box.setPadding(new Insets(8));
        return box;
    }

    private Button action(String id, String text, String icon, String tip, java.util.function.Consumer<Row> act) {
        Button b = new Button(text, new FontIcon(icon));
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.disableProperty().bind(vm.rowProperty().isNull());
        b.setOnAction(e -> {
            Row r = vm.rowProperty().get();
            if (r != null && vm.editing() != null) {
                act.accept(r);
            }
        });
        return b;
    }

    /// Asks for the row's note (blank removes it).
    public void askNote(Row r) {
        javafx.scene.control.TextInputDialog d = new javafx.scene.control.TextInputDialog(
                r.state().note() == null ? "" : r.state().note());
        d.setTitle("Note");
        d.setHeaderText("Note on “" + (r.event().text().length() > 60 ? r.event().text().substring(0, 59) + "…" : r.event().text()) + "”");
        d.setContentText("Note (empty removes it):");
        if (getScene() != null) {
            d.initOwner(getScene().getWindow());
        }
        d.showAndWait().ifPresent(n -> vm.editing().setNote(r, n));
    }

    private TabPane tabs() {
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("detailTabs");
        TextArea record = new TextArea();
        record.setId("rawRecord");
        record.setEditable(false);
        record.setWrapText(true);
        record.getStyleClass().add("monospace");
        record.textProperty().bind(vm.recordProperty());
        recordTab.setContent(record);
        recordTab.setTooltip(new Tooltip("The record exactly as the source has it"));

        ListView<Details.ContextLine> context = new ListView<>(vm.context());
        context.setId("contextList");
        context.getStyleClass().add("monospace-list");
        context.setPlaceholder(new Label("Nothing around this row"));
        context.setCellFactory(l -> new ContextCell(vm.time()));
        context.setOnMouseClicked(e -> {
            Details.ContextLine c = context.getSelectionModel().getSelectedItem();
            if (e.getClickCount() == 2 && c != null && c.rowId() != null) {
                vm.select(c.rowId());
            }
        });
        contextTab.setContent(context);
        contextTab.setTooltip(new Tooltip("The lines or messages around this one in its source (double-click a message to select it)"));

        ListView<Row> thread = new ListView<>(vm.thread());
        thread.setId("threadList");
        thread.setPlaceholder(new Label("Not part of a thread"));
        thread.setCellFactory(l -> new ThreadCell(vm));
        thread.setOnMouseClicked(e -> {
            Row r = thread.getSelectionModel().getSelectedItem();
            if (e.getClickCount() == 2 && r != null) {
                vm.select(r.id());
            }
        });
        threadTab.setContent(thread);
        threadTab.setTooltip(new Tooltip("The Slack thread this message belongs to (double-click to select a message)"));
        threadTab.disableProperty().bind(Bindings.isEmpty(vm.thread()));
        threadTab.textProperty().bind(Bindings.createStringBinding(() -> vm.thread().isEmpty() ? "Thread"
                : "Thread (" + vm.thread().size() + ")", vm.thread()));

        ListView<Details.BurstLine> lines = new ListView<>(vm.burst());
        lines.setId("burstLines");
        lines.getStyleClass().add("monospace-list");
        lines.setPlaceholder(new Label("Not a burst"));
        lines.setCellFactory(l -> new BurstLineCell(vm.time()));
        Label linesHead = new Label();
        linesHead.getStyleClass().add(Styles.MUTED);
        linesHead.textProperty().bind(Bindings.createStringBinding(() -> {
            int total = vm.burstTotalProperty().get();
            return total == 0 ? "" : String.format("%,d lines", total)
                    + (total > vm.burst().size() ? String.format(", the first %,d shown", vm.burst().size()) : "");
        }, vm.burstTotalProperty(), vm.burst()));
        VBox linesBox = new VBox(4, linesHead, lines);
        VBox.setVgrow(lines, javafx.scene.layout.Priority.ALWAYS);
        linesBox.setPadding(new Insets(4, 0, 0, 0));
        linesTab.setContent(linesBox);
        linesTab.setTooltip(new Tooltip("Every line of the burst, from the log"));
        linesTab.disableProperty().bind(vm.burstTotalProperty().isEqualTo(0));
        linesTab.textProperty().bind(Bindings.createStringBinding(() -> vm.burstTotalProperty().get() == 0 ? "Lines"
                : String.format("Lines (%,d)", vm.burstTotalProperty().get()), vm.burstTotalProperty()));
        tabs.getTabs().addAll(recordTab, contextTab, threadTab, linesTab);
        return tabs;
    }

    /// A burst opens on its lines, a thread message on its thread, the rest on the record.
    private void pickTab(Row r) {
        if (r == null) {
            return;
        }
        if (r.event().kind() == EventKind.LOG_BURST) {
            tabs.getSelectionModel().select(linesTab);
        } else if (tabs.getSelectionModel().getSelectedItem() == linesTab
                || tabs.getSelectionModel().getSelectedItem() == threadTab) {
            tabs.getSelectionModel().select(recordTab);
        }
    }

    public void showLines() {
        tabs.getSelectionModel().select(linesTab);
    }

    private static Label wrapping(javafx.beans.value.ObservableValue<String> text) {
        Label l = new Label();
        l.textProperty().bind(text);
        l.setWrapText(true);
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    private static final class ContextCell extends ListCell<Details.ContextLine> {
        private final TimeDisplay time;

        ContextCell(TimeDisplay time) {
            this.time = time;
        }

        @Override
        protected void updateItem(Details.ContextLine c, boolean empty) {
            super.updateItem(c, empty);
            getStyleClass().remove("current-line");
            if (empty || c == null) {
                setText(null);
                return;
            }
            String at = c.time() == null ? "" : time.clock(c.time()) + "  ";
            setText((c.where().isEmpty() ? "" : String.format("%-10s ", c.where())) + at + c.text());
            if (c.current()) {
                getStyleClass().add("current-line");
            }
        }
    }

    private static final class ThreadCell extends ListCell<Row> {
        private final DetailViewModel vm;

        ThreadCell(DetailViewModel vm) {
            this.vm = vm;
        }

        @Override
        protected void updateItem(Row r, boolean empty) {
            super.updateItem(r, empty);
            getStyleClass().remove("current-line");
            if (empty || r == null) {
                setText(null);
                return;
            }
            setText(vm.time().clock(r.event().time()) + "  " + r.event().actor() + ": " + RowLabels.oneLine(r.event().text()));
            if (vm.rowProperty().get() != null && r.id().equals(vm.rowProperty().get().id())) {
                getStyleClass().add("current-line");
            }
        }
    }

    private static final class BurstLineCell extends ListCell<Details.BurstLine> {
        private final TimeDisplay time;

        BurstLineCell(TimeDisplay time) {
            this.time = time;
        }

        @Override
        protected void updateItem(Details.BurstLine l, boolean empty) {
            super.updateItem(l, empty);
            if (empty || l == null) {
                setText(null);
                return;
            }
            setText(String.format("%7d  %s  %-5s %s", l.line(), time.clock(l.time()), l.level(), l.message()));
        }
    }
}
