package dev.pmw.ui.export;

import dev.pmw.export.ExportPreview;
import dev.pmw.ui.Styles;
import dev.pmw.ui.postmortem.Issue;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.function.Function;

/// Export: pick a format on the left and see exactly what will be written on the right, updated as
/// choices change. Personal data stays out unless the user ticks the box. Claims that no longer
/// match the evidence and wording the blameless check flags are listed, and exporting with any of
/// them asks first.
public final class ExportDialog extends Dialog<Path> {
    private final ExportViewModel vm;
    private final Function<String, Path> chooseFile;

    /// @param chooseFile asks where to write, given the suggested file name; null when cancelled
    ///                   (tests pass a temporary file)
    public ExportDialog(ExportViewModel vm, Window owner, Function<String, Path> chooseFile) {
        this.vm = vm;
        this.chooseFile = chooseFile;
        setTitle("Export the postmortem");
        setHeaderText(null);
        if (owner != null) {
            initOwner(owner);
        }
        setResizable(true);
        getDialogPane().getStyleClass().add("export-dialog");
        getDialogPane().setId("exportDialog");
        if (owner != null && owner.getScene() != null) {
            getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        }

        VBox left = new VBox(8, heading("Format"), formats(), personalData(), heading("Before you export"), warnings(),
                issues());
        left.setPrefWidth(330);
        left.setMinWidth(280);
        TextArea preview = new TextArea();
        preview.setId("exportPreview");
        preview.setEditable(false);
        preview.getStyleClass().addAll("monospace", "export-preview");
        preview.setWrapText(false);
        vm.previewProperty().addListener((o, old, p) -> preview.setText(p == null ? "" : p.text()));
        preview.setText(vm.previewProperty().get() == null ? "" : vm.previewProperty().get().text());
        Label file = new Label();
        file.setId("exportFileName");
        file.getStyleClass().add(Styles.MUTED);
        file.textProperty().bind(Bindings.createStringBinding(() -> vm.previewProperty().get() == null ? ""
                : "Preview of " + vm.previewProperty().get().fileName(), vm.previewProperty()));
        Label redactions = new Label();
        redactions.getStyleClass().add(Styles.MUTED);
        redactions.textProperty().bind(vm.redactionsProperty());
        VBox right = new VBox(6, new HBox(12, file, redactions), preview);
        VBox.setVgrow(preview, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        HBox content = new HBox(16, left, right);
        content.setPadding(new Insets(4));
        content.setPrefSize(960, 600);
        getDialogPane().setContent(content);

        ButtonType export = new ButtonType("Export…", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(export, ButtonType.CLOSE);
        Button exportButton = (Button) getDialogPane().lookupButton(export);
        exportButton.setId("exportConfirm");
        exportButton.disableProperty().bind(vm.previewProperty().isNull().or(vm.busyProperty()));
        // the dialog stays open until a file is written (or the user closes it)
        exportButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            onExport();
        });
        setResultConverter(b -> vm.exportedProperty().get());
        setOnHidden(e -> vm.dispose());
    }

    private void onExport() {
        if (vm.needsConfirmation()) {
            ButtonType anyway = new ButtonType("Export Anyway", ButtonBar.ButtonData.OK_DONE);
            Alert a = new Alert(Alert.AlertType.WARNING, vm.confirmation(), anyway, ButtonType.CANCEL);
            a.setTitle("Export");
            a.setHeaderText("Some of the postmortem does not hold up");
            a.initOwner(getDialogPane().getScene().getWindow());
            if (a.showAndWait().filter(b -> b == anyway).isEmpty()) {
                return;
            }
        }
        Path target = chooseFile.apply(vm.fileName());
        if (target != null) {
            vm.export(target, () -> {
                setResult(target);
                close();
            });
        }
    }

    /// The standard "save as" chooser for the suggested name.
    public static Function<String, Path> saveChooser(Window owner) {
        return name -> {
            FileChooser fc = new FileChooser();
            fc.setTitle("Export the postmortem");
            fc.setInitialFileName(name);
            File f = fc.showSaveDialog(owner);
            return f == null ? null : f.toPath();
        };
    }

    private VBox formats() {
        ToggleGroup g = new ToggleGroup();
        VBox box = new VBox(4);
        for (ExportPreview.Format f : ExportPreview.Format.values()) {
            RadioButton r = new RadioButton(f.label());
            r.setId("format-" + f.name());
            r.setToggleGroup(g);
            r.setUserData(f);
            r.setSelected(vm.formatProperty().get() == f);
            box.getChildren().add(r);
        }
        g.selectedToggleProperty().addListener((o, old, t) -> {
            if (t != null) {
                vm.formatProperty().set((ExportPreview.Format) t.getUserData());
            }
        });
        return box;
    }

    private VBox personalData() {
        CheckBox box = new CheckBox("Include personal data");
        box.setId("includePersonalData");
        box.selectedProperty().bindBidirectional(vm.includePersonalDataProperty());
        Label note = new Label("E-mail addresses, phone numbers and card numbers are left out unless you tick this. "
                + "Secrets such as tokens and keys are always removed.");
        note.setWrapText(true);
        note.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // wrapped in full, not cut to "…"
        note.getStyleClass().add(Styles.MUTED);
        return new VBox(2, box, note);
    }

    private ListView<String> warnings() {
        ListView<String> list = new ListView<>(vm.warnings());
        list.setId("exportWarnings");
        list.setPrefHeight(90);
        list.getStyleClass().add("export-warnings");
        list.setPlaceholder(new Label("No warnings."));
        list.setCellFactory(l -> new WrapCell<>(s -> s));
        return list;
    }

    private VBox issues() {
        Label title = new Label();
        title.getStyleClass().add("subtitle");
        Runnable count = () -> title.setText(vm.issues().isEmpty() ? "Every claim matches the evidence."
                : vm.issues().size() + (vm.issues().size() == 1 ? " thing" : " things") + " to look at");
        vm.issues().addListener((ListChangeListener<Issue>) c -> count.run());
        count.run();
        ListView<Issue> list = new ListView<>(vm.issues());
        list.setId("exportIssues");
        list.getStyleClass().add("export-issues");
        list.setCellFactory(l -> new WrapCell<>(i -> i.kind().label() + " — " + i.heading() + ": " + i.excerpt()
                + "\n" + i.reason()));
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox box = new VBox(4, title, list);
        VBox.setVgrow(box, Priority.ALWAYS);
        return box;
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("subtitle");
        return l;
    }

    /// A list cell whose text wraps to the list's width.
    private static final class WrapCell<T> extends ListCell<T> {
        private final Function<T, String> text;

        WrapCell(Function<T, String> text) {
            this.text = text;
            setWrapText(true);
            setPrefWidth(1);
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : text.apply(item));
        }
    }
}
