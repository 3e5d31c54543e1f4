package dev.pmw.ui.shell;

import dev.pmw.project.ProjectFormat;
import dev.pmw.project.Recovery;
import dev.pmw.ui.Shortcut;
import dev.pmw.ui.project.ProjectViewModel;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Supplier;

/// The project side of the File menu and its dialogs: open, open recent, save, save as, the
/// "save changes?" question before the work would be lost, and the offer to restore unsaved work.
final class ProjectActions {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("MMM d, HH:mm").withZone(ZoneId.systemDefault());

    private final ProjectViewModel vm;
    private final Supplier<Window> window;
    private final ErrorReporter errors;

    ProjectActions(ProjectViewModel vm, Supplier<Window> window, ErrorReporter errors) {
        this.vm = vm;
        this.window = window;
        this.errors = errors;
        vm.noticeProperty().addListener((o, old, n) -> {
            if (n != null) {
                errors.show(n.title(), n.text(), n.cause());
            }
        });
        vm.pendingRecovery().addListener((ListChangeListener<Recovery.Pending>) c -> {
            while (c.next()) {
                if (c.wasAdded()) {
                    c.getAddedSubList().forEach(p -> javafx.application.Platform.runLater(() -> offer(p)));
                }
            }
        });
    }

    MenuItem openItem() {
        return MainView.item("Open Project…", Shortcut.OPEN_PROJECT, this::open);
    }

    /// Asks for a project file (after the unsaved-changes question) and opens it.
    void open() {
        confirmDiscard(this::chooseAndOpen);
    }

    Menu recentMenu() {
        Menu recent = new Menu("Open Recent");
        Runnable rebuild = () -> {
            recent.getItems().clear();
            for (Path p : vm.recentFiles()) {
                MenuItem i = new MenuItem(p.getFileName() + "  —  " + (p.getParent() == null ? "" : p.getParent()));
                i.setOnAction(e -> confirmDiscard(() -> vm.open(p)));
                recent.getItems().add(i);
            }
            recent.setDisable(vm.recentFiles().isEmpty());
        };
        vm.recentFiles().addListener((ListChangeListener<Path>) c -> rebuild.run());
        rebuild.run();
        return recent;
    }

    MenuItem saveItem() {
        return MainView.item("Save", Shortcut.SAVE, () -> save(() -> { }));
    }

    MenuItem saveAsItem() {
        return MainView.item("Save As…", Shortcut.SAVE_AS, () -> saveAs(() -> { }));
    }

    /// Saves to the project's file, or asks where first; `after` runs once saved.
    void save(Runnable after) {
        if (!vm.save(after)) {
            saveAs(after);
        }
    }

    void saveAs(Runnable after) {
        FileChooser fc = chooser("Save the project");
        Path current = vm.fileProperty().get();
        fc.setInitialFileName(current == null ? "incident" + ProjectFormat.EXTENSION : String.valueOf(current.getFileName()));
        if (current != null && current.getParent() != null) {
            fc.setInitialDirectory(current.getParent().toFile());
        }
        File f = fc.showSaveDialog(window.get());
        if (f != null) {
            vm.saveAs(f.toPath(), after);
        }
    }

    /// Runs `proceed` when nothing unsaved would be lost, or after the user saved or chose not to.
    void confirmDiscard(Runnable proceed) {
        if (!vm.dirtyProperty().get()) {
            proceed.run();
            return;
        }
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, "Your changes to "
                + (vm.fileProperty().get() == null ? "this incident" : vm.fileProperty().get().getFileName())
                + " are not saved. Save them first?", save, discard, ButtonType.CANCEL);
        a.setHeaderText("Save your changes?");
        a.setTitle("Unsaved changes");
        if (window.get() != null) {
            a.initOwner(window.get());
        }
        a.showAndWait().ifPresent(b -> {
            if (b == save) {
                save(proceed);
            } else if (b == discard) {
                vm.discardUnsaved(proceed);
            }
        });
    }

    private void chooseAndOpen() {
        FileChooser fc = chooser("Open a project");
        File f = fc.showOpenDialog(window.get());
        if (f != null) {
            vm.open(f.toPath());
        }
    }

    private static FileChooser chooser(String title) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        fc.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Postmortem Workbench projects", "*" + ProjectFormat.EXTENSION),
                new FileChooser.ExtensionFilter("All files", "*"));
        return fc;
    }

    /// "The workbench closed with unsaved work" — restore it, drop it, or decide later.
    private void offer(Recovery.Pending p) {
        if (!vm.pendingRecovery().contains(p)) {
            return;
        }
        ButtonType restore = new ButtonType("Restore", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Discard", ButtonBar.ButtonData.NO);
        ButtonType later = new ButtonType("Later", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, "The workbench closed without saving your work on " + p.title()
                + ". It was autosaved " + WHEN.format(p.writtenAt()) + ". Restore it?", restore, discard, later);
        a.setHeaderText("Restore unsaved work?");
        a.setTitle("Unsaved work found");
        if (window.get() != null) {
            a.initOwner(window.get());
        }
        a.showAndWait().ifPresent(b -> {
            if (b == restore) {
                confirmDiscard(() -> vm.restore(p));
            } else if (b == discard) {
                vm.discardRecovery(p);
            }
        });
    }
}
