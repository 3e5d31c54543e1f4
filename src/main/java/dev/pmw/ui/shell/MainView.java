package dev.pmw.ui.shell;

import dev.pmw.ui.Shortcut;
import dev.pmw.ui.analysis.AnalysisPanel;
import dev.pmw.ui.detail.DetailView;
import dev.pmw.ui.export.ExportDialog;
import dev.pmw.ui.postmortem.PostmortemView;
import dev.pmw.ui.sources.SourcesView;
import dev.pmw.ui.timeline.TimeDisplay;
import dev.pmw.ui.timeline.TimelineView;
import dev.pmw.ui.timeline.TimelineViewModel;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.scene.Node;
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
import java.util.function.Function;

/// The main window: menus and the workspace switch on top; the Timeline workspace (sources on the
/// left, the timeline's filters, chart and table with the selected row's detail below, the
/// analysis panel on the right) or the Postmortem workspace (sections, editors, action items,
/// evidence); status and progress at the bottom; the empty state with the sample incident until
/// something is loaded; the shortcut overlay (F1 or `?`).
public final class MainView extends BorderPane {
    private final MainViewModel vm;
    private final TimelineView timeline;
    private final SourcesView sources;
    private final DetailView detail;
    private final HelpOverlay help = new HelpOverlay();
    private final ErrorReporter errors;
    private final ProjectActions project;
    private final RowActions rows;
    private final AnalysisPanel analysis;
    /// Built when the Postmortem workspace is first shown: a start-up shows the timeline's empty
    /// state, and the section editors, AI panel and evidence list cost first-frame time (CSS, layout).
    private PostmortemView postmortem;
    private final StackPane center;
    private final javafx.beans.binding.BooleanBinding showPostmortem;
    private final UndoRouting undo;
    private Function<String, Path> exportTarget;

    public MainView(MainViewModel vm) {
        this.vm = vm;
        getStyleClass().add("main-view");
        this.errors = new ErrorReporter(this::window);
        this.timeline = new TimelineView(vm.timeline(), vm.editing(), this::askZone);
        this.sources = new SourcesView(vm.sources());
        this.detail = new DetailView(vm.detail());
        this.project = new ProjectActions(vm.project(), this::window, errors);
        this.undo = new UndoRouting(vm.editing(), vm.postmortem(), vm.workspaceProperty(), sceneProperty());
        this.rows = new RowActions(vm.editing(), vm.timeline(), timeline, detail, this::window, undo, vm.analysisPanel());
        this.analysis = new AnalysisPanel(vm.analysisPanel(), vm.timeline().selectedProperty(),
                () -> vm.analysisShownProperty().set(false));
        this.exportTarget = name -> ExportDialog.saveChooser(window()).apply(name);
        SplitPane work = new SplitPane(timeline, detail);
        work.setOrientation(Orientation.VERTICAL);
        work.setDividerPositions(0.68);
        SplitPane.setResizableWithParent(detail, false);
        TabPane left = new TabPane(new Tab("Sources", sources), historyTab());
        left.setId("leftTabs");
        left.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        left.setMinWidth(200);
        SplitPane split = new SplitPane(left, work);
        SplitPane.setResizableWithParent(left, false);
        SplitPane.setResizableWithParent(analysis, false);
        analysis.setMinWidth(240);
        Runnable panels = () -> showPanels(split, left, work);
        vm.analysisShownProperty().addListener(o -> panels.run());
        widthProperty().addListener((o, old, w) -> {
            if (narrow(old.doubleValue()) != narrow(w.doubleValue())) {
                panels.run();
            }
        });
        panels.run();
        EmptyStateView empty = new EmptyStateView(vm, this::chooseFiles, this::chooseFolder,
                project::open);
        empty.setId("emptyState");
        this.center = new StackPane(split, empty, help);
        empty.visibleProperty().bind(Bindings.createBooleanBinding(() -> vm.incidentProperty().get().isEmpty(),
                vm.incidentProperty()));
        split.visibleProperty().bind(empty.visibleProperty().not().and(vm.workspaceProperty().isEqualTo(Workspace.TIMELINE)));
        this.showPostmortem = empty.visibleProperty().not().and(vm.workspaceProperty().isEqualTo(Workspace.POSTMORTEM));
        if (vm.workspaceProperty().get() == Workspace.POSTMORTEM) {
            postmortemView();
        }
        setTop(new WorkspaceBar(menuBar(), vm, this::openExport));
        vm.workspaceProperty().addListener((o, old, w) -> {
            if (w == Workspace.POSTMORTEM) {
                postmortemView();
            }
            focusWorkspace(w);
        });
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
            Object focus = getScene().getFocusOwner();
            if ("?".equals(e.getCharacter()) && !(focus instanceof TextInputControl)
                    && !(focus instanceof org.fxmisc.richtext.GenericStyledArea<?, ?, ?>)) {
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

    /// The Postmortem workspace's view, built on first use.
    public PostmortemView postmortemView() {
        if (postmortem == null) {
            postmortem = new PostmortemView(vm.postmortem(), vm.ai(), vm.background(), this::openExport, this::window);
            postmortem.visibleProperty().bind(showPostmortem);
            center.getChildren().add(1, postmortem);
        }
        return postmortem;
    }

    /// Where exports are written: the save dialog by default; tests answer with a temporary file.
    public void setExportTarget(Function<String, Path> target) {
        this.exportTarget = target;
    }

    /// The export dialog for the postmortem as it stands (Ctrl+E).
    public void openExport() {
        ExportDialog d = new ExportDialog(vm.export(), window(), exportTarget);
        d.show();
    }

    private Menu postmortemMenu() {
        var pm = vm.postmortem();
        MenuItem draft = item("Draft All (Offline)", Shortcut.DRAFT_ALL, () -> {
            vm.workspaceProperty().set(Workspace.POSTMORTEM);
            pm.draftAll();
        });
        draft.disableProperty().bind(pm.canDraftProperty().not());
        MenuItem export = item("Export…", Shortcut.EXPORT, this::openExport);
        export.disableProperty().bind(pm.documentProperty().isNull());
        var ai = vm.ai();
        MenuItem settings = item("AI Settings…", Shortcut.AI_SETTINGS, () -> postmortemView().aiPanel().openSettings());
        MenuItem withAi = item("Draft Section with AI", null, () -> onSection(ai::draft));
        MenuItem preview = item("Show What Would Be Sent…", null, () -> onSection(k -> ai.previewThenDraft(k, null)));
        var cannot = Bindings.createBooleanBinding(() -> pm.documentProperty().get() == null || ai.busyProperty().get()
                        || ai.endpointProperty().get() == null || !ai.endpointProperty().get().configured(),
                pm.documentProperty(), ai.busyProperty(), ai.endpointProperty());
        withAi.disableProperty().bind(cannot);
        preview.disableProperty().bind(cannot);
        return new Menu("Postmortem", null, draft, withAi, preview, new SeparatorMenuItem(), settings,
                new SeparatorMenuItem(), export);
    }

    /// An AI command on the section being edited (else the first), in the Postmortem workspace.
    private void onSection(java.util.function.Consumer<String> action) {
        var pm = vm.postmortem();
        var m = pm.focusedProperty().get() != null ? pm.focusedProperty().get()
                : pm.sections().isEmpty() ? null : pm.sections().getFirst();
        if (m != null) {
            vm.workspaceProperty().set(Workspace.POSTMORTEM);
            action.accept(m.key());
        }
    }

    /// The keyboard follows the workspace: a hidden table must not keep the focus.
    private void focusWorkspace(Workspace w) {
        javafx.application.Platform.runLater(() -> {
            if (w == Workspace.TIMELINE) {
                timeline.focusTable();
            } else {
                postmortemView().focusFirst();
            }
        });
    }

    /// A timeline action from anywhere: the timeline workspace comes forward first.
    private Runnable onTimeline(Runnable action) {
        return () -> {
            vm.workspaceProperty().set(Workspace.TIMELINE);
            action.run();
        };
    }

    /// Too narrow for sources, timeline and analysis side by side (the table needs ~750 px, the
    /// analysis ~320 px to show its labels whole; a 1280 px laptop screen is "narrow").
    private static boolean narrow(double width) {
        return width > 0 && width < 1400;
    }

    /// Sources | timeline | analysis; in a narrow window the analysis panel takes the sources'
    /// place (hiding the analysis brings them back).
    private void showPanels(SplitPane split, Node left, Node work) {
        boolean withAnalysis = vm.analysisShownProperty().get();
        boolean withLeft = !(withAnalysis && narrow(getWidth()));
        List<Node> items = new java.util.ArrayList<>();
        if (withLeft) {
            items.add(left);
        }
        items.add(work);
        if (withAnalysis) {
            items.add(analysis);
        }
        if (!split.getItems().equals(items)) {
            split.getItems().setAll(items);
            if (withLeft && withAnalysis) {
                split.setDividerPositions(0.17, 0.78);
            } else if (withLeft) {
                split.setDividerPositions(0.22);
            } else {
                split.setDividerPositions(0.74);
            }
        }
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
        MenuItem find = item("Find…", Shortcut.FIND, onTimeline(timeline::focusSearch));
        MenuItem table = item("Go to Table", Shortcut.FOCUS_TABLE, onTimeline(timeline::focusTable));
        MenuItem next = item("Next Key Event", Shortcut.NEXT_KEY, onTimeline(() -> {
            t.nextKey();
            timeline.focusTable();
        }));
        MenuItem previous = item("Previous Key Event", Shortcut.PREVIOUS_KEY, onTimeline(() -> {
            t.previousKey();
            timeline.focusTable();
        }));
        MenuItem clear = item("Clear Filters", Shortcut.CLEAR_FILTERS, t.filter()::clear);
        MenuItem utc = item("Times in UTC", Shortcut.ZONE_UTC, () -> t.time().zoneProperty().set(java.time.ZoneOffset.UTC));
        MenuItem local = item("Times in This Computer's Zone", Shortcut.ZONE_LOCAL,
                () -> t.time().zoneProperty().set(ZoneId.systemDefault()));
        MenuItem other = item("Times in Another Zone…", null, () -> askZone(TimeDisplay.name(t.time().zoneProperty().get())));
        MenuItem reveal = item("Reveal Source of Selected Row", Shortcut.REVEAL, () -> vm.detail().revealInSource());
        reveal.disableProperty().bind(t.selectedProperty().isNull());
        MenuItem timelineWs = item("Timeline", Shortcut.WORKSPACE_TIMELINE, () -> vm.workspaceProperty().set(Workspace.TIMELINE));
        MenuItem postmortemWs = item("Postmortem", Shortcut.WORKSPACE_POSTMORTEM,
                () -> vm.workspaceProperty().set(Workspace.POSTMORTEM));
        CheckMenuItem analysisPanel = new CheckMenuItem("Analysis Panel");
        analysisPanel.setAccelerator(Shortcut.ANALYSIS_PANEL.combination());
        analysisPanel.selectedProperty().bindBidirectional(vm.analysisShownProperty());
        Menu view = new Menu("View", null, timelineWs, postmortemWs, analysisPanel, new SeparatorMenuItem(), find, regex,
                keyOnly, clear, new SeparatorMenuItem(), table, next, previous, reveal, new SeparatorMenuItem(), utc, local,
                other);

        MenuItem keys = item("Keyboard Shortcuts", Shortcut.HELP, help::toggle);
        MenuItem about = item("About Postmortem Workbench", null, () -> errors.show("About Postmortem Workbench",
                "Postmortem Workbench " + dev.pmw.cli.Version.current() + "\nTurns incident exports into a reviewed, "
                        + "evidence-linked postmortem. Local-first: nothing leaves this machine unless you set up an AI endpoint.",
                null));
        Menu helpMenu = new Menu("Help", null, keys, about);
        MenuBar bar = new MenuBar(file, edit, view, postmortemMenu(), helpMenu);
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
