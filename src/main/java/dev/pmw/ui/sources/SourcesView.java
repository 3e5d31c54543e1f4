package dev.pmw.ui.sources;

import dev.pmw.model.Diagnostic;
import dev.pmw.ui.Styles;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/// The sources panel: each dropped source with its detected format, counts, zone assumption and
/// warnings; the selected source's diagnostics (file, line, reason, excerpt) below.
public final class SourcesView extends VBox {
    private final SourcesViewModel vm;
    private final ListView<SourceItem> list = new ListView<>();
    private final ListView<Diagnostic> diagnostics = new ListView<>();
    private final Label diagTitle = new Label("Diagnostics");

    public SourcesView(SourcesViewModel vm) {
        this.vm = vm;
        getStyleClass().add("sources-view");
        Label title = new Label("Sources");
        title.getStyleClass().add(Styles.TITLE);
        list.setId("sourcesList");
        list.setItems(vm.items());
        list.setCellFactory(l -> new SourceCell());
        list.setPlaceholder(new Label("No sources yet"));
        list.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> vm.selectedProperty().set(now));
        vm.selectedProperty().addListener((o, old, now) -> {
            if (now != list.getSelectionModel().getSelectedItem()) {
                list.getSelectionModel().select(now);
            }
            showDiagnostics(now);
        });
        VBox.setVgrow(list, Priority.ALWAYS);

        diagTitle.getStyleClass().add(Styles.SUBTITLE);
        diagnostics.setId("diagnosticsList");
        diagnostics.setPrefHeight(150);
        diagnostics.setPlaceholder(new Label("Select a source to see its diagnostics"));
        diagnostics.setCellFactory(l -> new DiagnosticCell());
        setSpacing(6);
        setPadding(new Insets(8));
        getChildren().addAll(title, list, diagTitle, diagnostics);
    }

    private void showDiagnostics(SourceItem item) {
        if (item == null) {
            diagnostics.getItems().clear();
            diagTitle.setText("Diagnostics");
            return;
        }
        diagnostics.getItems().setAll(item.diagnostics());
        diagTitle.setText("Diagnostics · " + item.name() + (item.diagnostics().isEmpty() ? " · none" : ""));
    }

    private static final class SourceCell extends ListCell<SourceItem> {
        private final Label name = new Label();
        private final Label format = new Label();
        private final Label detail = new Label();
        private final VBox box;

        SourceCell() {
            name.getStyleClass().add(Styles.SOURCE_NAME);
            format.getStyleClass().add(Styles.FORMAT_CHIP);
            detail.getStyleClass().add(Styles.MUTED);
            detail.setWrapText(true);
            name.setMinWidth(0);
            HBox chips = new HBox(6, format);
            box = new VBox(2, name, chips, detail);
            box.getStyleClass().add(Styles.SOURCE_CELL);
            // let the cell follow the list's width so the details wrap instead of scrolling sideways
            setPrefWidth(0);
            box.setMinWidth(0);
        }

        @Override
        protected void updateItem(SourceItem item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            name.setText(item.name());
            format.setText(item.formatLabel());
            detail.setText(item.detailLabel());
            box.getStyleClass().removeAll(Styles.FAILED, Styles.WARNING, Styles.MUTED);
            if (item.failed()) {
                box.getStyleClass().add(Styles.FAILED);
            } else if (item.skipped()) {
                box.getStyleClass().add(Styles.MUTED);
            } else if (item.warnings() > 0) {
                box.getStyleClass().add(Styles.WARNING);
            }
            setTooltip(new Tooltip(item.path() + "\nencoding: "
                    + (item.info().encoding() == null ? "—" : item.info().encoding().label())));
            setGraphic(box);
        }
    }

    private static final class DiagnosticCell extends ListCell<Diagnostic> {
        @Override
        protected void updateItem(Diagnostic d, boolean empty) {
            super.updateItem(d, empty);
            if (empty || d == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            String where = d.line() > 0 ? "line " + d.line() + ": " : "";
            setText(where + d.message());
            setTooltip(new Tooltip(d.toString()));
        }
    }
}
