package dev.pmw.ui.shell;

import dev.pmw.ui.Shortcut;
import dev.pmw.ui.detail.DetailView;
import dev.pmw.ui.sources.SourcesView;
import dev.pmw.ui.timeline.TimeDisplay;
import dev.pmw.ui.timeline.TimelineView;
import dev.pmw.ui.timeline.TimelineViewModel;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.controlsfx.control.StatusBar;
import org.kordamp.ikonli.javafx.FontIcon;

import java.io.File;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;

/// The main window: menus, sources on the left, the timeline (filters, chart, table) with the
/// selected row's detail below it, status and progress at the bottom, the empty state with the
/// sample incident until something is loaded, and the shortcut overlay (F1 or `?`).
public final class MainView extends BorderPane {
    private final MainViewModel vm;
    private final TimelineView timeline;
    private final SourcesView sources;
    private final DetailView detail;
    private final HelpOverlay help = new HelpOverlay();
    private final ErrorReporter errors;
    private final ProjectActions project;
    private final RowActions rows;

    public MainView(MainViewModel vm) {
        this.vm = vm;
        getStyleClass().add("main-view");
        this.errors = new ErrorReporter(this::window);
        this.timeline = new TimelineView(vm.timeline(), vm.editing(), this::askZone);
        this.sources = new SourcesView(vm.sources());
        this.detail = new DetailView(vm.detail());
        this.project = new ProjectActions(vm.project(), this::window, errors);
        this.rows = new RowActions(vm.editing(), vm.timeline(), timeline, detail, this::window);
        SplitPane work = new SplitPane(timeline, detail);
        work.setOrientation(Orientation.VERTICAL);
        work.setDividerPositions(0.68);
        SplitPane.setResizableWithParent(detail, false);
        TabPane left = new TabPane(new Tab("Sources", sources), historyTab());
        left.setId("leftTabs");
        left.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        left.setMinWidth(200);
        SplitPane split = new SplitPane(left, work);
        split.setDividerPositions(0.22);
        SplitPane.setResizableWithParent(left, false);
        EmptyStateView empty = new EmptyStateView(vm, this::chooseFiles, this::chooseFolder,
                project::open);
        empty.setId("emptyState");
        StackPane center = new StackPane(split, empty, help);
        empty.visibleProperty().bind(Bindings.createBooleanBinding(() -> vm.incidentProperty().get().isEmpty(),
                vm.incidentProperty()));
        split.visibleProperty().bind(empty.visibleProperty().not());
        setTop(menuBar());
        setCenter(center);
        setBottom(statusBar());
        DropSupport.install(this, vm::importPaths);
        vm.messageProperty().addListener((o, old, m) -> {
            if (m != null) {
                errors.show(m.title(), m.text(), m.cause());
            }
        });
        // "?" opens the shortcuts, except while typing
        addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if ("?".equals(e.getCharacter()) && !(getScene().getFocusOwner() instanceof TextInputControl)) {
                help.toggle();
                e.consume();
            }
        });
    }

    public TimelineView timelineView() {
        return timeline;
    }

    public DetailView detailView() {
        return detail;
    }

    public ErrorReporter errors() {
        return errors;
    }

    public boolean isHelpShowing() {
        return help.isVisible();
    }

    /// Closing the window: asks to save unsaved changes first; `close` runs unless the user cancels.
    public void confirmClose(Runnable close) {
        project.confirmDiscard(close);
    }

    private Tab historyTab() {
        Tab t = new Tab("History", new dev.pmw.ui.editing.HistoryView(vm.editing()));
        t.setId("historyTab");
        t.textProperty().bind(Bindings.createStringBinding(() -> vm.editing().positionProperty().get() == 0 ? "History"
                : "History (" + vm.editing().positionProperty().get() + ")", vm.editing().positionProperty()));
        t.setTooltip(new Tooltip("Your edits, with undo and redo"));
        return t;
    }

    private MenuBar menuBar() {
        TimelineViewModel t = vm.timeline();
        MenuItem openFiles = item("Add Files…", Shortcut.IMPORT_FILES, this::chooseFiles);
        MenuItem openFolder = item("Add Folder…", Shortcut.IMPORT_FOLDER, this::chooseFolder);
        MenuItem sample = item("Open Sample Incident", null, vm::openSample);
        sample.disableProperty().bind(vm.sampleAvailableProperty().not());
        MenuItem close = item("Close Incident", Shortcut.CLOSE, () -> project.confirmDiscard(vm::clear));
        MenuItem quit = item("Quit", Shortcut.QUIT, () -> {
            Window w = window();
            if (w != null) {
                w.fireEvent(new javafx.stage.WindowEvent(w, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST));
            }
        });
        Menu file = new Menu("File", null, project.openItem(), project.recentMenu(), project.saveItem(),
                project.saveAsItem(), new SeparatorMenuItem(), openFiles, openFolder, sample, new SeparatorMenuItem(),
                close, new SeparatorMenuItem(), quit);
        Menu edit = rows.menu();

        CheckMenuItem keyOnly = new CheckMenuItem("Key Events Only");
        keyOnly.setAccelerator(Shortcut.KEY_ONLY.combination());
        keyOnly.selectedProperty().bindBidirectional(t.filter().keyOnlyProperty());
        CheckMenuItem regex = new CheckMenuItem("Regular Expression Search");
        regex.setAccelerator(Shortcut.REGEX.combination());
        regex.selectedProperty().bindBidirectional(t.filter().regexProperty());
        MenuItem find = item("Find…", Shortcut.FIND, timeline::focusSearch);
        MenuItem table = item("Go to Table", Shortcut.FOCUS_TABLE, timeline::focusTable);
        MenuItem next = item("Next Key Event", Shortcut.NEXT_KEY, () -> {
            t.nextKey();
            timeline.focusTable();
        });
        MenuItem previous = item("Previous Key Event", Shortcut.PREVIOUS_KEY, () -> {
            t.previousKey();
            timeline.focusTable();
        });
        MenuItem clear = item("Clear Filters", Shortcut.CLEAR_FILTERS, t.filter()::clear);
        MenuItem utc = item("Times in UTC", Shortcut.ZONE_UTC, () -> t.time().zoneProperty().set(java.time.ZoneOffset.UTC));
        MenuItem local = item("Times in This Computer's Zone", Shortcut.ZONE_LOCAL,
                () -> t.time().zoneProperty().set(ZoneId.systemDefault()));
        MenuItem other = item("Times in Another Zone…", null, () -> askZone(TimeDisplay.name(t.time().zoneProperty().get())));
        MenuItem reveal = item("Reveal Source of Selected Row", Shortcut.REVEAL, () -> vm.detail().revealInSource());
        reveal.disableProperty().bind(t.selectedProperty().isNull());
        Menu view = new Menu("View", null, find, regex, keyOnly, clear, new SeparatorMenuItem(), table, next, previous,
                reveal, new SeparatorMenuItem(), utc, local, other);

        MenuItem keys = item("Keyboard Shortcuts", Shortcut.HELP, help::toggle);
        MenuItem about = item("About Postmortem Workbench", null, () -> errors.show("About Postmortem Workbench",
                "Postmortem Workbench " + dev.pmw.cli.Version.current() + "\nTurns incident exports into a reviewed, "
                        + "evidence-linked postmortem. Local-first: nothing leaves this machine unless you set up an AI endpoint.",
                null));
        Menu helpMenu = new Menu("Help", null, keys, about);
        MenuBar bar = new MenuBar(file, edit, view, helpMenu);
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
        cancel.setTooltip(new Tooltip("Stop the work in progress (Esc); nothing already loaded is lost"));
        cancel.visibleProperty().bind(vm.busyProperty());
        cancel.managedProperty().bind(vm.busyProperty());
        cancel.setOnAction(e -> vm.cancel());
        cancel.cancelButtonProperty().bind(vm.busyProperty());
        bar.getRightItems().add(cancel);
        return bar;
    }

    private void askZone(String current) {
        List<String> zones = ZoneId.getAvailableZoneIds().stream().filter(z -> z.contains("/") && !z.startsWith("Etc/")
                && !z.startsWith("SystemV/")).sorted().toList();
        ChoiceDialog<String> d = new ChoiceDialog<>(zones.contains(current) ? current : ZoneId.systemDefault().getId(), zones);
        d.setTitle("Show times in another zone");
        d.setHeaderText("Show times in another zone");
        d.setContentText("Zone:");
        d.initOwner(window());
        d.showAndWait().ifPresent(z -> vm.timeline().time().zoneProperty().set(ZoneId.of(z)));
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

    static MenuItem item(String text, Shortcut shortcut, Runnable action) {
        MenuItem i = new MenuItem(text);
        if (shortcut != null) {
            i.setAccelerator(shortcut.combination());
        }
        i.setOnAction(e -> action.run());
        return i;
    }
}
