package dev.pmw.ui;

import dev.pmw.timeline.IncidentLoader;
import dev.pmw.ui.shell.MainView;
import dev.pmw.ui.shell.MainViewModel;
import dev.pmw.ui.work.FxBackground;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.util.List;

/// The Postmortem Workbench window: the composition root that builds the view models and views.
public final class App extends Application {
    private MainViewModel vm;
    private MainView view;

    @Override
    public void start(Stage stage) {
        vm = new MainViewModel(new FxBackground(), new IncidentLoader());
        view = new MainView(vm);
        view.errors().installAsDefault();
        // "reveal in source": the desktop opens the folder; called from a worker thread
        vm.detail().setOpener(uri -> getHostServices().showDocument(uri));
        stage.setScene(scene(view, 1280, 800));
        stage.titleProperty().bind(vm.project().titleProperty());
        // closing asks about unsaved changes; the autosave timer keeps them safe meanwhile
        stage.setOnCloseRequest(e -> {
            e.consume();
            view.confirmClose(() -> {
                vm.project().autosave().close();
                vm.ai().close();
                stage.hide();
                javafx.application.Platform.exit();
            });
        });
        vm.project().autosave().start();
        var icon = App.class.getResource("icons/pmw-256.png");
        if (icon != null) {
            stage.getIcons().add(new javafx.scene.image.Image(icon.toExternalForm()));
        }
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        FirstFrameProbe.installIfRequested(stage.getScene());
        stage.show();
        vm.project().startUp(); // recent projects, and unsaved work of a session that did not end cleanly
        List<String> args = getParameters().getUnnamed();
        if (args.size() == 1 && args.getFirst().endsWith(".pmw")) {
            vm.project().open(Path.of(args.getFirst())); // double-clicked project file (desktop association)
        } else if (!args.isEmpty()) {
            vm.importPaths(args.stream().map(Path::of).toList());
        } else if ("sample".equals(System.getProperty("pmw.autoload"))) {
            vm.openSample(); // for screenshots and start-up measurements
        }
        if ("postmortem".equals(System.getProperty("pmw.workspace"))) {
            // for screenshots: the Postmortem workspace, drafted offline once there is an analysis
            vm.workspaceProperty().set(dev.pmw.ui.shell.Workspace.POSTMORTEM);
            vm.postmortem().canDraftProperty().addListener((o, was, can) -> {
                if (can && vm.postmortem().documentProperty().get() == null) {
                    vm.postmortem().draftAll();
                }
            });
        }
    }

    /// The window's scene with the app's stylesheet (also for UI tests).
    public static Scene scene(MainView view, double width, double height) {
        Scene scene = new Scene(view, width, height);
        scene.getStylesheets().add(App.class.getResource("app.css").toExternalForm());
        return scene;
    }

    /// For UI tests.
    public MainViewModel viewModel() {
        return vm;
    }

    /// For UI tests.
    public MainView view() {
        return view;
    }
}
