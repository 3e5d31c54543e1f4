package dev.pmw.ui;

import dev.pmw.timeline.IncidentLoader;
import dev.pmw.ui.shell.MainView;
import dev.pmw.ui.shell.MainViewModel;
import dev.pmw.ui.work.FxBackground;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.util.List;

/// The Postmortem Workbench window: the composition root that builds the view models and views.
public final class App extends Application {
    private MainViewModel vm;

    @Override
    public void start(Stage stage) {
        vm = new MainViewModel(new FxBackground(), new IncidentLoader());
        MainView view = new MainView(vm);
        Scene scene = new Scene(view, 1280, 800);
        scene.getStylesheets().add(App.class.getResource("app.css").toExternalForm());
        stage.setScene(scene);
        stage.setTitle("Postmortem Workbench");
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> Platform.runLater(() -> {
            Alert a = new Alert(Alert.AlertType.ERROR, "Something went wrong: " + e + "\nYour data is unchanged.");
            a.setHeaderText("Unexpected error");
            a.show();
        }));
        FirstFrameProbe.installIfRequested(scene);
        stage.show();
        List<String> args = getParameters().getUnnamed();
        if (!args.isEmpty()) {
            vm.importPaths(args.stream().map(Path::of).toList());
        } else if ("sample".equals(System.getProperty("pmw.autoload"))) {
            vm.openSample(); // for screenshots and start-up measurements
        }
    }

    /// For UI tests.
    public MainViewModel viewModel() {
        return vm;
    }
}
