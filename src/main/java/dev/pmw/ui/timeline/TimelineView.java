package dev.pmw.ui.timeline;

import dev.pmw.model.Event;
import dev.pmw.model.Level;
import dev.pmw.model.SourceRef;
import dev.pmw.timeline.RelevanceRules;
import dev.pmw.timeline.Row;
import dev.pmw.ui.Styles;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import java.time.Instant;
import java.util.function.Function;

/// The merged timeline: a filter bar (key events / all, search) over a virtualised table.
public final class TimelineView extends BorderPane {
    private static final PseudoClass HIDDEN = PseudoClass.getPseudoClass("noise");
    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");

    private final TimelineViewModel vm;
    private final TableView<Row> table = new TableView<>();
    private final TextField search = new TextField();

    public TimelineView(TimelineViewModel vm) {
        this.vm = vm;
        getStyleClass().add("timeline-view");
        setTop(filterBar());
        setCenter(table);
        buildTable();
    }

    public TableView<Row> table() {
        return table;
    }

    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    private HBox filterBar() {
        ToggleGroup mode = new ToggleGroup();
        ToggleButton key = new ToggleButton("Key events");
        key.setId("keyEventsToggle");
        key.setTooltip(new Tooltip("Only the rows that matter; the rest are hidden by named rules (Ctrl+K toggles)"));
        ToggleButton all = new ToggleButton("All rows");
        all.setId("allRowsToggle");
        all.setTooltip(new Tooltip("Every row, with hidden ones dimmed"));
        key.setToggleGroup(mode);
        all.setToggleGroup(mode);
        key.setSelected(vm.keyOnlyProperty().get());
        all.setSelected(!vm.keyOnlyProperty().get());
        mode.selectedToggleProperty().addListener((o, old, now) -> {
            if (now == null) {
                old.setSelected(true); // one of the two is always on
            } else {
                vm.keyOnlyProperty().set(now == key);
            }
        });
        vm.keyOnlyProperty().addListener((o, old, now) -> (now ? key : all).setSelected(true));
        HBox modes = new HBox(key, all);
        modes.getStyleClass().add("segmented");
        modes.setMinWidth(Region.USE_PREF_SIZE);
        key.setMinWidth(Region.USE_PREF_SIZE);
        all.setMinWidth(Region.USE_PREF_SIZE);

        search.setId("searchField");
        search.setPromptText("Search text, actor, kind, source  (Ctrl+F)");
        search.setTooltip(new Tooltip("Filter rows by text, actor, kind or source"));
        search.textProperty().bindBidirectional(vm.searchProperty());
        HBox.setHgrow(search, Priority.ALWAYS);
        search.setMinWidth(180);
        search.setPrefWidth(300);
        search.setMaxWidth(420);

        Label hidden = new Label();
        hidden.setId("hiddenSummary");
        hidden.getStyleClass().add(Styles.MUTED);
        hidden.textProperty().bind(vm.hiddenSummaryProperty());
        hidden.setMinWidth(0);
        hidden.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(hidden, Priority.SOMETIMES);
        hidden.tooltipProperty().bind(Bindings.createObjectBinding(() -> new Tooltip(vm.hiddenSummaryProperty().get()),
                vm.hiddenSummaryProperty()));
        Label count = new Label();
        count.setId("rowCount");
        count.getStyleClass().add(Styles.MUTED);
        count.textProperty().bind(vm.countLabelProperty());
        count.setMinWidth(Region.USE_PREF_SIZE);

        HBox bar = new HBox(10, modes, search, hidden, count);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("filter-bar");
        return bar;
    }

    private void buildTable() {
        table.setId("timelineTable");
        table.setItems(vm.visibleRows());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No rows match."));

        TableColumn<Row, Row> time = column("Time (UTC)", 118, r -> r);
        time.setCellFactory(c -> new TextCell(r -> TimeText.clock(r.event().time(), vm.zoneProperty().get(), spansDays()),
                this::timeTooltip));
        vm.zoneProperty().addListener((o, old, z) -> {
            time.setText("Time (" + (z.getId().equals("Z") ? "UTC" : z.getId()) + ")");
            table.refresh();
        });
        TableColumn<Row, Row> rel = column("T+", 92, r -> r);
        rel.setCellFactory(c -> new TextCell(r -> TimeText.relative(r.event().time(), vm.referenceProperty().get()),
                r -> "Relative to " + (vm.referenceProperty().get() == null ? "—" : vm.referenceProperty().get())));
        vm.referenceProperty().addListener(o -> table.refresh());
        TableColumn<Row, Row> source = column("Source", 150, r -> r);
        source.setCellFactory(c -> new TextCell(TimelineView::sourceLabel, r -> r.event().source().location()));
        TableColumn<Row, Row> kind = column("Kind", 92, r -> r);
        kind.setCellFactory(c -> new KindCell());
        TableColumn<Row, Row> actor = column("Actor", 130, r -> r);
        actor.setCellFactory(c -> new TextCell(r -> r.event().actor(), r -> r.event().actor()));
        TableColumn<Row, Row> text = column("Event", 520, r -> r);
        text.setCellFactory(c -> new TextCell(TimelineView::eventText, TimelineView::reasonsTooltip));
        table.getColumns().setAll(java.util.List.of(time, rel, source, kind, actor, text));

        table.setRowFactory(tv -> new TableRow<>() {
            @Override
            protected void updateItem(Row item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(HIDDEN, !empty && item != null && !item.isKey());
                pseudoClassStateChanged(ERROR, !empty && item != null && item.event().level().atLeast(Level.ERROR));
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> vm.selectedProperty().set(now));
    }

    private boolean spansDays() {
        var rows = vm.visibleRows();
        if (rows.isEmpty()) {
            return false;
        }
        Instant a = rows.getFirst().event().time();
        Instant b = rows.getLast().event().time();
        return !TimeText.clock(a, vm.zoneProperty().get(), true).substring(0, 6)
                .equals(TimeText.clock(b, vm.zoneProperty().get(), true).substring(0, 6));
    }

    private String timeTooltip(Row r) {
        Event e = r.event();
        StringBuilder sb = new StringBuilder(e.time().toString());
        if (!e.timeInfo().raw().isEmpty()) {
            sb.append("\nas written in the source: ").append(e.timeInfo().raw());
        }
        if (e.timeInfo().assumedZone() != null) {
            sb.append("\nno zone in the source; read as ").append(e.timeInfo().assumedZone());
        }
        if (!e.timeInfo().flags().isEmpty()) {
            sb.append("\n").append(e.timeInfo().flags());
        }
        return sb.toString();
    }

    static String sourceLabel(Row r) {
        SourceRef s = r.event().source();
        if (s.origin() != null && s.format().startsWith("slack")) {
            return "#" + s.origin();
        }
        return SourceRef.fileName(s.file());
    }

    static String eventText(Row r) {
        Event e = r.event();
        String t = e.text().replaceAll("\\s+", " ").strip();
        return e.count() > 1 ? String.format("%,d × %s", e.count(), t) : t;
    }

    private static String reasonsTooltip(Row r) {
        Event e = r.event();
        StringBuilder sb = new StringBuilder(e.text().length() > 600 ? e.text().substring(0, 600) + "…" : e.text());
        sb.append("\n\nRelevance ").append(String.format("%.2f", r.relevance().score()));
        if (!r.relevance().reasons().isEmpty()) {
            sb.append(": ").append(String.join(", ", r.relevance().reasons()));
        }
        if (r.relevance().hiddenBy() != null) {
            sb.append("\nHidden as ").append(RelevanceRules.label(r.relevance().hiddenBy()));
        }
        if (e.count() > 1 && e.endTime() != null) {
            sb.append("\n").append(e.count()).append(" occurrences until ").append(e.endTime());
        }
        sb.append("\n").append(e.source().location());
        return sb.toString();
    }

    private static TableColumn<Row, Row> column(String title, double width, Function<Row, Row> value) {
        TableColumn<Row, Row> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        if (width < 150) {
            c.setMinWidth(width); // times, kinds and actors are unreadable when squeezed
        }
        c.setSortable(false);
        c.setCellValueFactory(cd -> new javafx.beans.property.ReadOnlyObjectWrapper<>(value.apply(cd.getValue())));
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

    /// The kind as a coloured chip.
    private static final class KindCell extends TableCell<Row, Row> {
        private final Label chip = new Label();

        KindCell() {
            chip.getStyleClass().add(Styles.KIND_CHIP);
            setGraphic(null);
        }

        @Override
        protected void updateItem(Row item, boolean empty) {
            super.updateItem(item, empty);
            chip.getStyleClass().removeIf(s -> s.startsWith("kind-") && !s.equals(Styles.KIND_CHIP));
            if (empty || item == null) {
                setGraphic(null);
            } else {
                chip.setText(item.event().kind().label());
                chip.getStyleClass().add(Styles.kindFamily(item.event().kind()));
                setGraphic(chip);
            }
        }
    }
}
