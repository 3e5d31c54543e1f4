package dev.pmw.ui.timeline;

import dev.pmw.timeline.Row;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

import java.util.function.Consumer;

/// The merged timeline: the filter bar, the volume chart, and the table.
public final class TimelineView extends BorderPane {
    private final FilterBar filterBar;
    private final VolumeChart chart;
    private final TimelineTable table;

    /// @param askZone opens the zone chooser with the current zone name
    public TimelineView(TimelineViewModel vm, dev.pmw.ui.editing.EditingViewModel editing, Consumer<String> askZone) {
        getStyleClass().add("timeline-view");
        this.filterBar = new FilterBar(vm, askZone);
        this.chart = new VolumeChart(vm);
        this.table = new TimelineTable(vm, editing);
        setTop(new VBox(filterBar, chart));
        setCenter(table);
    }

    public TableView<Row> table() {
        return table;
    }

    /// F2: edit the selected row's text in place.
    public void editSelected() {
        table.editText();
    }

    public void focusSearch() {
        filterBar.focusSearch();
    }

    public void focusTable() {
        table.requestFocus();
        if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
            table.getFocusModel().focus(0);
        }
    }
}
