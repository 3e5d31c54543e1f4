package dev.pmw.ui.shell;

import dev.pmw.ui.sources.SourcesView;
import dev.pmw.ui.timeline.TimelineView;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.controlsfx.control.StatusBar;
import org.kordamp.ikonli.javafx.FontIcon;

import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

/// The main window: menu, sources on the left, the timeline in the middle, status and progress at
/// the bottom, and an empty state with the sample incident until something is loaded.
public final class MainView extends BorderPane {
    private final MainViewModel vm;
    private final TimelineView timeline;
    private final SourcesView sources;

    public MainView(MainViewModel vm) {
        this.vm = vm;
        getStyleClass().add("main-view");
        this.timeline = new TimelineView(vm.timeline());
        this.sources = new SourcesView(vm.sources());
        SplitPane split = new SplitPane(sources, timeline);
        split.setDividerPositions(0.24);
        SplitPane.setResizableWithParent(sources, false);
        EmptyStateView empty = new EmptyStateView(vm, this::chooseFiles, this::chooseFolder);
        empty.setId("emptyState");
        StackPane center = new StackPane(split, empty);
        empty.visibleProperty().bind(Bindings.createBooleanBinding(() -> vm.incidentProperty().get().isEmpty(),
                vm.incidentProperty()));
        split.visibleProperty().bind(empty.visibleProperty().not());
        setTop(menuBar());
        setCenter(center);
        setBottom(statusBar());
        DropSupport.install(this, vm::importPaths);
        vm.messageProperty().addListener((o, old, m) -> {
            if (m != null) {
                show(m);
            }
        });
    }

    public TimelineView timelineView() {
        return timeline;
    }

    private MenuBar menuBar() {
        MenuItem openFiles = item("Open Files…", new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN), this::chooseFiles);
        MenuItem openFolder = item("Open Folder…",
                new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), this::chooseFolder);
        MenuItem sample = item("Open Sample Incident", null, vm::openSample);
        sample.disableProperty().bind(vm.sampleAvailableProperty().not());
        MenuItem close = item("Close Incident", new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN), vm::clear);
        MenuItem quit = item("Quit", new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN),
                () -> getScene().getWindow().hide());
        Menu file = new Menu("File", null, openFiles, openFolder, sample, new SeparatorMenuItem(), close,
                new SeparatorMenuItem(), quit);

        CheckMenuItem keyOnly = new CheckMenuItem("Key Events Only");
        keyOnly.setAccelerator(new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN));
        keyOnly.selectedProperty().bindBidirectional(vm.timeline().keyOnlyProperty());
        MenuItem find = item("Find…", new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), timeline::focusSearch);
        Menu view = new Menu("View", null, keyOnly, find);

        MenuItem about = item("About Postmortem Workbench", null, () -> info("About Postmortem Workbench",
                "Postmortem Workbench " + dev.pmw.cli.Version.current() + "\nTurns incident exports into a reviewed, "
                        + "evidence-linked postmortem. Local-first: nothing leaves this machine unless you set up an AI endpoint."));
        Menu help = new Menu("Help", null, about);
        MenuBar bar = new MenuBar(file, view, help);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private StatusBar statusBar() {
        StatusBar bar = new StatusBar();
        bar.setId("statusBar");
        bar.textProperty().bind(vm.statusProperty());
        bar.progressProperty().bind(Bindings.when(vm.busyProperty()).then(vm.progressProperty()).otherwise(0.0));
        Button cancel = new Button("Cancel", new FontIcon("mdi2c-close-circle-outline"));
        cancel.setId("cancelButton");
        cancel.setTooltip(new Tooltip("Stop reading (Esc); nothing already loaded is lost"));
        cancel.visibleProperty().bind(vm.busyProperty());
        cancel.managedProperty().bind(vm.busyProperty());
        cancel.setOnAction(e -> vm.cancel());
        cancel.setCancelButton(true);
        bar.getRightItems().add(cancel);
        return bar;
    }

    private void chooseFiles() {
        FileChooser fc = new FileChooser();
        fc.setTitle("Open incident exports");
        fc.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Exports", "*.json", "*.jsonl", "*.ndjson", "*.log", "*.txt", "*.md",
                        "*.csv", "*.zip", "*.gz"),
                new FileChooser.ExtensionFilter("All files", "*"));
        List<File> files = fc.showOpenMultipleDialog(window());
        if (files != null) {
            vm.importPaths(files.stream().map(File::toPath).toList());
        }
    }

    private void chooseFolder() {
        DirectoryChooser dc = new DirectoryChooser();
        dc.setTitle("Open a folder of exports");
        File dir = dc.showDialog(window());
        if (dir != null) {
            vm.importPaths(List.of(Path.of(dir.getPath())));
        }
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    private void show(MainViewModel.UserMessage m) {
        Alert a = new Alert(m.cause() == null ? Alert.AlertType.INFORMATION : Alert.AlertType.ERROR, m.text(), ButtonType.OK);
        a.setTitle(m.title());
        a.setHeaderText(m.title());
        a.initOwner(window());
        if (m.cause() != null) {
            StringWriter sw = new StringWriter();
            m.cause().printStackTrace(new PrintWriter(sw));
            TextArea details = new TextArea(sw.toString());
            details.setEditable(false);
            a.getDialogPane().setExpandableContent(details);
        }
        a.show();
    }

    private void info(String title, String text) {
        show(new MainViewModel.UserMessage(title, text, null));
    }

    private static MenuItem item(String text, KeyCombination accel, Runnable action) {
        MenuItem i = new MenuItem(text);
        if (accel != null) {
            i.setAccelerator(accel);
        }
        i.setOnAction(e -> action.run());
        return i;
    }
}
