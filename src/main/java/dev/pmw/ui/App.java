package dev.pmw.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/// The Postmortem Workbench window.
public final class App extends Application {
    @Override
    public void start(Stage stage) {
        stage.setTitle("Postmortem Workbench");
        stage.setScene(new Scene(new Label("Postmortem Workbench"), 1280, 800));
        stage.show();
    }
}
