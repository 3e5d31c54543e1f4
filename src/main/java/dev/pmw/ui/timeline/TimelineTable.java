package dev.pmw.ui.timeline;

import dev.pmw.model.Event;
import dev.pmw.model.Level;
import dev.pmw.timeline.RelevanceRules;
import dev.pmw.timeline.Row;
import dev.pmw.timeline.query.RowLabels;
import dev.pmw.ui.Styles;
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
    private boolean syncing;

    TimelineTable(TimelineViewModel vm) {
        this.vm = vm;
        setId("timelineTable");
        setItems(vm.visibleRows());
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label empty = new Label("No rows match the filter.");
        empty.getStyleClass().add(Styles.MUTED);
        setPlaceholder(empty);
        TimeDisplay time = vm.time();

        TableColumn<Row, Row> when = column("Time (UTC)", 122, true);
        when.setCellFactory(c -> new TextCell(r -> time.clock(r.event().time()), this::timeTooltip));
        time.zoneProperty().addListener((o, old, z) -> {
            when.setText("Time (" + TimeDisplay.name(z) + ")");
            refresh();
        });
        time.withDateProperty().addListener(o -> refresh());
        TableColumn<Row, Row> rel = column("T+", 86, true);
        rel.setCellFactory(c -> new TextCell(r -> time.relative(r.event().time()),
                r -> "Time since the " + time.referenceLabelProperty().get() + " (" + time.full(time.referenceProperty().get()) + ")"));
        time.referenceProperty().addListener(o -> refresh());
        TableColumn<Row, Row> source = column("Source", 140, true);
        source.setCellFactory(c -> new TextCell(RowLabels::source, r -> r.event().source().location()));
        TableColumn<Row, Row> kind = column("Kind", 84, true);
        kind.setCellFactory(c -> new KindCell());
        TableColumn<Row, Row> actor = column("Actor", 124, true);
        actor.setCellFactory(c -> new TextCell(r -> r.event().actor(), r -> r.event().actor()));
        TableColumn<Row, Row> text = column("Event", 420, false);
        text.setCellFactory(c -> new EventCell());
        TableColumn<Row, Row> score = column("Score", 56, true);
        score.setCellFactory(c -> new TextCell(r -> String.format("%.2f", r.relevance().score()), TimelineTable::reasons));
        getColumns().setAll(List.of(when, rel, source, kind, actor, text, score));

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
        vm.visibleRows().addListener((javafx.collections.ListChangeListener<Row>) c -> showSelected(vm.selectedProperty().get()));
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

    /// The event text; a burst leads with its sparkline and ends with its span.
    private final class EventCell extends TableCell<Row, Row> {
        private final Sparkline spark = new Sparkline(48, 14);
        private final Tooltip tooltip = new Tooltip();

        EventCell() {
            tooltip.setWrapText(true);
            tooltip.setMaxWidth(640);
            setContentDisplay(ContentDisplay.LEFT);
            setGraphicTextGap(8);
        }

        @Override
        protected void updateItem(Row item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                setTooltip(null);
                return;
            }
            Event e = item.event();
            int[] shape = vm.sparkline(item);
            if (shape != null) {
                spark.setValues(shape);
                setGraphic(spark);
                setText(span(e) + "  " + RowLabels.text(item));
            } else {
                setGraphic(null);
                setText(RowLabels.text(item));
            }
            String body = e.text().length() > 600 ? e.text().substring(0, 600) + "…" : e.text();
            tooltip.setText(body + (e.count() > 1 ? "\n\n" + String.format("%,d", e.count()) + " lines, "
                    + vm.time().full(e.time()) + " to " + vm.time().full(e.endTime()) + ". Select the row to see them."
                    : "") + "\n\n" + reasons(item));
            setTooltip(tooltip);
        }

        private String span(Event e) {
            TimeDisplay t = vm.time();
            return e.endTime() == null ? "" : TimeText.clock(e.time(), t.zoneProperty().get(), false) + "–"
                    + TimeText.clock(e.endTime(), t.zoneProperty().get(), false) + " ·";
        }
    }

    /// The kind as a coloured chip.
    private static final class KindCell extends TableCell<Row, Row> {
        private final Label chip = new Label();
        private final Tooltip tooltip = new Tooltip();

        KindCell() {
            chip.getStyleClass().add(Styles.KIND_CHIP);
        }

        @Override
        protected void updateItem(Row item, boolean empty) {
            super.updateItem(item, empty);
            chip.getStyleClass().removeIf(s -> s.startsWith("kind-") && !s.equals(Styles.KIND_CHIP));
            if (empty || item == null) {
                setGraphic(null);
                setTooltip(null);
            } else {
                chip.setText(item.event().kind().label());
                chip.getStyleClass().add(Styles.kindFamily(item.event().kind()));
                tooltip.setText(item.event().kind().id() + (item.event().level() == Level.UNKNOWN ? ""
                        : " · level " + item.event().level()));
                setTooltip(tooltip);
                setGraphic(chip);
            }
        }
    }
}
