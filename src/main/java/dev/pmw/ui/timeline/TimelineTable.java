package dev.pmw.ui.timeline;

import dev.pmw.model.Event;
import dev.pmw.model.Level;
import dev.pmw.timeline.RelevanceRules;
import dev.pmw.timeline.Row;
import dev.pmw.timeline.query.RowLabels;
import dev.pmw.timeline.edit.Field;
import dev.pmw.ui.Styles;
import dev.pmw.ui.editing.EditingViewModel;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

import java.util.List;
import java.util.function.Function;

/// The timeline table: time in the chosen zone, T+, source, kind chip, actor, the event (bursts
/// with a sparkline, count and span) and the relevance score; tooltips explain every cell. Keeps
/// its selection in step with the view model's.
final class TimelineTable extends TableView<Row> {
    private static final PseudoClass NOISE = PseudoClass.getPseudoClass("noise");
    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");

    private final TimelineViewModel vm;
    private final EditingViewModel editing;
    private final TableColumn<Row, Row> textColumn;
    private boolean syncing;

    TimelineTable(TimelineViewModel vm, EditingViewModel editing) {
        this.vm = vm;
        this.editing = editing;
        setId("timelineTable");
        setEditable(true);
        getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        setItems(vm.visibleRows());
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label empty = new Label("No rows match the filter.");
        empty.getStyleClass().add(Styles.MUTED);
        setPlaceholder(empty);
        TimeDisplay time = vm.time();

        TableColumn<Row, Row> marks = column("", 40, true);
        marks.setCellFactory(c -> new MarksCell());
        marks.setResizable(false);
        TableColumn<Row, Row> when = column("Time (UTC)", 122, true);
        when.setEditable(true);
        when.setCellFactory(c -> new EditCells.Text(Field.TIME, r -> time.clock(r.event().time()), this::timeForEditing,
                this::timeTooltip, editing::setTime));
        time.zoneProperty().addListener((o, old, z) -> {
            when.setText("Time (" + TimeDisplay.name(z) + ")");
            refresh();
        });
        time.withDateProperty().addListener(o -> refresh());
        TableColumn<Row, Row> rel = column("T+", 86, true);
        rel.setCellFactory(c -> new TextCell(r -> time.relative(r.event().time()),
                r -> "Time since the " + time.referenceLabelProperty().get() + " (" + time.full(time.referenceProperty().get()) + ")"));
        time.referenceProperty().addListener(o -> refresh());
        TableColumn<Row, Row> source = column("Source", 130, true);
        source.setCellFactory(c -> new TextCell(RowLabels::source, r -> r.event().source().location()));
        TableColumn<Row, Row> kind = column("Kind", 84, true);
        kind.setEditable(true);
        kind.setCellFactory(c -> new EditCells.Kind(editing::setKind));
        TableColumn<Row, Row> actor = column("Actor", 120, true);
        actor.setEditable(true);
        actor.setCellFactory(c -> new EditCells.Text(Field.ACTOR, r -> r.event().actor(), r -> r.event().actor(),
                r -> r.event().actor() + (r.isEdited(Field.ACTOR) ? "\nYou changed it (the source said "
                        + (r.original().actor().isEmpty() ? "nothing" : r.original().actor()) + ")" : ""), editing::setActor));
        textColumn = column("Event", 420, false);
        textColumn.setEditable(true);
        textColumn.setCellFactory(c -> new EventCell());
        TableColumn<Row, Row> score = column("Score", 56, true);
        score.setCellFactory(c -> new TextCell(r -> String.format("%.2f", r.relevance().score()), TimelineTable::reasons));
        getColumns().setAll(List.of(marks, when, rel, source, kind, actor, textColumn, score));

        setRowFactory(tv -> new TableRow<>() {
            @Override
            protected void updateItem(Row item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(NOISE, !empty && item != null && !item.isKey());
                pseudoClassStateChanged(ERROR, !empty && item != null && item.event().level().atLeast(Level.ERROR));
            }
        });
        getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            if (!syncing && now != null) {
                vm.selectedProperty().set(now);
            }
        });
        vm.selectedProperty().addListener((o, old, now) -> showSelected(now));
        // F2 edits the text: the table's own F2 wants a focused cell, which row selection has not
        addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.F2 && getEditingCell() == null) {
                editText();
                e.consume();
            }
        });
        vm.visibleRows().addListener((javafx.collections.ListChangeListener<Row>) c -> showSelected(vm.selectedProperty().get()));
    }

    /// Starts editing the selected row's text (F2).
    void editText() {
        int at = getSelectionModel().getSelectedIndex();
        if (at >= 0) {
            scrollIntoView(at);
            layout();
            edit(at, textColumn);
        }
    }

    /// The time as the editor starts it: with the date when the table shows dates.
    private String timeForEditing(Row r) {
        java.time.ZonedDateTime z = r.event().time().atZone(vm.time().zoneProperty().get());
        return vm.time().withDateProperty().get()
                ? z.format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"))
                : z.format(java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss"));
    }

    /// Selects the view model's row in the table when it is visible, and scrolls to it.
    private void showSelected(Row r) {
        int at = vm.visibleIndexOf(r);
        syncing = true;
        try {
            if (at < 0) {
                getSelectionModel().clearSelection();
            } else if (getSelectionModel().getSelectedIndex() != at) {
                getSelectionModel().clearAndSelect(at);
                getFocusModel().focus(at);
                scrollIntoView(at);
            }
        } finally {
            syncing = false;
        }
    }

    private void scrollIntoView(int at) {
        javafx.scene.control.skin.VirtualFlow<?> flow = (javafx.scene.control.skin.VirtualFlow<?>) lookup(".virtual-flow");
        if (flow == null || flow.getFirstVisibleCell() == null) {
            scrollTo(Math.max(0, at - 3));
            return;
        }
        int first = flow.getFirstVisibleCell().getIndex();
        int last = flow.getLastVisibleCell().getIndex();
        if (at <= first || at >= last) {
            scrollTo(Math.max(0, at - 3));
        }
    }

    private String timeTooltip(Row r) {
        Event e = r.event();
        StringBuilder sb = new StringBuilder(vm.time().full(e.time()));
        sb.append("\nUTC ").append(e.time());
        if (!e.timeInfo().raw().isEmpty()) {
            sb.append("\nAs written in the source: ").append(e.timeInfo().raw());
        }
        if (e.timeInfo().assumedZone() != null) {
            sb.append("\nNo zone in the source; read as ").append(e.timeInfo().assumedZone());
        }
        if (!e.timeInfo().flags().isEmpty()) {
            sb.append("\n").append(e.timeInfo().flags().stream().map(f -> f.name().toLowerCase(java.util.Locale.ROOT)
                    .replace('_', ' ')).sorted().toList());
        }
        return sb.toString();
    }

    static String reasons(Row r) {
        StringBuilder sb = new StringBuilder(String.format("Relevance %.2f", r.relevance().score()));
        sb.append(r.relevance().reasons().isEmpty() ? "\nNo rule matched." : "\n• " + String.join("\n• ", r.relevance().reasons()));
        if (r.relevance().hiddenBy() != null) {
            sb.append("\nHidden as ").append(RelevanceRules.label(r.relevance().hiddenBy()))
                    .append(" (switch the rule off in Rules ▾ to show such rows)");
        }
        return sb.toString();
    }

    private static TableColumn<Row, Row> column(String title, double width, boolean fixedMin) {
        TableColumn<Row, Row> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        if (fixedMin) {
            c.setMinWidth(width * 0.8); // times, kinds and actors are unreadable when squeezed
        }
        c.setSortable(false);
        c.setReorderable(false);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(cd.getValue()));
        return c;
    }

    /// A text cell with a tooltip, both computed from the row.
    private static final class TextCell extends TableCell<Row, Row> {
        private final Function<Row, String> text;
        private final Function<Row, String> tip;
        private final Tooltip tooltip = new Tooltip();

        TextCell(Function<Row, String> text, Function<Row, String> tip) {
            this.text = text;
            this.tip = tip;
            tooltip.setWrapText(true);
            tooltip.setMaxWidth(640);
        }

        @Override
        protected void updateItem(Row item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setTooltip(null);
            } else {
                setText(text.apply(item));
                tooltip.setText(tip.apply(item));
                setTooltip(tooltip);
            }
        }
    }

    /// The event text, editable; a burst leads with its sparkline and span.
    private final class EventCell extends EditCells.Text {
        private final Sparkline spark = new Sparkline(48, 14);

        EventCell() {
            super(Field.TEXT, RowLabels::text, r -> r.event().text(), r -> "", (r, t) -> editing.setText(r, t));
            setContentDisplay(ContentDisplay.LEFT);
            setGraphicTextGap(8);
        }

        @Override
        void show(Row item) {
            super.show(item);
            if (item == null) {
                return;
            }
            Event e = item.event();
            int[] shape = vm.sparkline(item);
            if (shape != null) {
                spark.setValues(shape);
                setGraphic(spark);
                setText(span(e) + "  " + RowLabels.text(item));
            }
            String body = e.text().length() > 600 ? e.text().substring(0, 600) + "…" : e.text();
            getTooltip().setText(body + (e.count() > 1 ? "\n\n" + String.format("%,d", e.count()) + " lines, "
                    + vm.time().full(e.time()) + " to " + vm.time().full(e.lastTime()) + ". Select the row to see them."
                    : "") + (item.isEdited(Field.TEXT) ? "\n\nYou changed the text; the source said:\n" + item.original().text() : "")
                    + (item.state().note() != null ? "\n\nNote: " + item.state().note() : "")
                    + "\n\n" + reasons(item) + "\nDouble-click or F2 to edit the text.");
        }

        private String span(Event e) {
            TimeDisplay t = vm.time();
            return e.endTime() == null ? "" : TimeText.clock(e.time(), t.zoneProperty().get(), false) + "–"
                    + TimeText.clock(e.endTime(), t.zoneProperty().get(), false) + " ·";
        }
    }

    /// Markers of what the user did to the row: pinned, edited, note, added, merged, split, orphaned.
    private static final class MarksCell extends TableCell<Row, Row> {
        private final javafx.scene.layout.HBox box = new javafx.scene.layout.HBox(1);
        private final Tooltip tooltip = new Tooltip();

        MarksCell() {
            box.getStyleClass().add("row-marks");
            box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(Row item, boolean empty) {
            super.updateItem(item, empty);
            box.getChildren().clear();
            if (empty || item == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            java.util.List<String> why = new java.util.ArrayList<>();
            dev.pmw.timeline.RowState s = item.state();
            mark(s.pinned(), "mdi2p-pin", "pinned", why);
            mark(item.isEdited(), "mdi2p-pencil", "edited: " + s.edited().stream().map(Field::label).sorted().toList(), why);
            mark(s.note() != null && !s.note().isBlank(), "mdi2n-note-text-outline", "note: " + s.note(), why);
            mark(item.isManual(), "mdi2p-plus-circle-outline", "added by you", why);
            mark(!s.mergedFrom().isEmpty(), "mdi2c-call-merge", s.mergedFrom().size() + " merged into it", why);
            mark(s.splitFrom() != null, "mdi2c-content-cut", "a part of a split burst", why);
            mark(item.isOrphaned(), "mdi2a-alert-outline", "no longer in its source", why);
            mark(s.hidden() || item.isMerged(), "mdi2e-eye-off-outline", item.isMerged() ? "merged into another row" : "hidden by you", why);
            if (why.isEmpty()) {
                setGraphic(null);
                setTooltip(null);
            } else {
                tooltip.setText(String.join("\n", why));
                setTooltip(tooltip);
                setGraphic(box);
            }
        }

        private void mark(boolean on, String icon, String text, java.util.List<String> why) {
            if (on) {
                org.kordamp.ikonli.javafx.FontIcon i = new org.kordamp.ikonli.javafx.FontIcon(icon);
                i.getStyleClass().add("row-mark");
                box.getChildren().add(i);
                why.add(text);
            }
        }
    }
}
