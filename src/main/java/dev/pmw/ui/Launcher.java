package dev.pmw.ui;

import javafx.application.Application;

/// Starts the JavaFX application from a plain class path (the jar, the packaged launcher).
public final class Launcher {
    private Launcher() {
    }

    public static void launch(String[] args) {
        Application.launch(App.class, args);
    }
}
