package dev.pmw.ui.sources;

import dev.pmw.model.Diagnostic;
import dev.pmw.ui.Styles;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/// The sources panel: each source with its detected format, counts, zone assumption and warnings;
/// below, how the selected one is read and merged (zone, format, channels, clock) and its
/// diagnostics (file, line, reason, excerpt).
public final class SourcesView extends VBox {
    private final ListView<SourceItem> list = new ListView<>();
    private final ListView<Diagnostic> diagnostics = new ListView<>();
    private final TitledPane settingsPane;
    private final TitledPane diagPane;
    private final SourceSettingsView settings;

    public SourcesView(SourcesViewModel vm) {
        getStyleClass().add("sources-view");
        setMinWidth(200); // the split keeps its divider: long names wrap or ellipsize instead
        setPrefWidth(280);
        Label title = new Label("Sources");
        title.getStyleClass().add(Styles.TITLE);
        list.setId("sourcesList");
        list.setItems(vm.items());
        list.setCellFactory(l -> new SourceCell());
        list.setPlaceholder(new Label("No sources yet"));
        list.setTooltip(new Tooltip("Select a source to change its zone, format, channels or clock, or to see its diagnostics"));
        list.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            if (now != null || vm.items().isEmpty()) {
                vm.selectedProperty().set(now);
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);

        settings = new SourceSettingsView(vm);
        settingsPane = new TitledPane("Reading and merging", settings);
        settingsPane.setId("sourceSettingsPane");
        settingsPane.setTooltip(new Tooltip("How the selected source is read and merged"));

        diagnostics.setId("diagnosticsList");
        diagnostics.setPrefHeight(120);
        diagnostics.setPlaceholder(new Label("No problems found"));
        diagnostics.setCellFactory(l -> new DiagnosticCell());
        diagPane = new TitledPane("Diagnostics", diagnostics);
        diagPane.setId("diagnosticsPane");
        diagPane.setExpanded(false);
        settingsPane.setMinWidth(0);
        diagPane.setMinWidth(0);
        diagnostics.setMinWidth(0);
        diagPane.setTooltip(new Tooltip("Records that could not be read, with file, line and reason; the rest loaded"));

        vm.selectedProperty().addListener((o, old, now) -> show(now));
        setSpacing(6);
        setPadding(new Insets(8));
        getChildren().addAll(title, list, settingsPane, diagPane);
        show(null);
    }

    private void show(SourceItem item) {
        if (item != list.getSelectionModel().getSelectedItem()) {
            list.getSelectionModel().select(item);
        }
        settings.show(item);
        settingsPane.setText(item == null ? "Reading and merging" : "Reading and merging · " + item.name());
        if (item == null) {
            diagnostics.getItems().clear();
            diagPane.setText("Diagnostics");
            return;
        }
        diagnostics.getItems().setAll(item.diagnostics());
        int n = item.diagnostics().size();
        diagPane.setText("Diagnostics · " + (n == 0 ? "none" : n == 1 ? "1 problem" : n + " problems"));
        if (n > 0 && (item.failed() || item.warnings() > 0)) {
            diagPane.setExpanded(true);
        }
    }

    private static final class SourceCell extends ListCell<SourceItem> {
        private final Label name = new Label();
        private final Label format = new Label();
        private final Label detail = new Label();
        private final Label correction = new Label();
        private final VBox box;
        private final Tooltip tooltip = new Tooltip();

        SourceCell() {
            name.getStyleClass().add(Styles.SOURCE_NAME);
            format.getStyleClass().add(Styles.FORMAT_CHIP);
            detail.getStyleClass().add(Styles.MUTED);
            detail.setWrapText(true);
            correction.getStyleClass().add("correction");
            correction.setWrapText(true);
            name.setMinWidth(0);
            HBox chips = new HBox(6, format);
            box = new VBox(2, name, chips, detail, correction);
            box.getStyleClass().add(Styles.SOURCE_CELL);
            // follow the list's width so the details wrap instead of scrolling sideways
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
            String corr = item.correctionLabel();
            correction.setText(corr);
            correction.setVisible(!corr.isEmpty());
            correction.setManaged(!corr.isEmpty());
            box.getStyleClass().removeAll(Styles.FAILED, Styles.WARNING, Styles.MUTED);
            if (item.failed()) {
                box.getStyleClass().add(Styles.FAILED);
            } else if (item.skipped()) {
                box.getStyleClass().add(Styles.MUTED);
            } else if (item.warnings() > 0) {
                box.getStyleClass().add(Styles.WARNING);
            }
            tooltip.setText(item.path() + "\nencoding: " + (item.info().encoding() == null ? "—" : item.info().encoding().label())
                    + (corr.isEmpty() ? "" : "\nclock: " + corr));
            setTooltip(tooltip);
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
