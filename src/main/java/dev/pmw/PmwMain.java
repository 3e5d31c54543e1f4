package dev.pmw;

/// The real entry point (Java 25), reached through [dev.pmw.Main]: no arguments (or a `.pmw` project) opens the window, anything else is
/// the command line. The CLI path never loads a JavaFX class, so it starts fast and runs headless.
public final class PmwMain {
    private PmwMain() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || args.length == 1 && args[0].endsWith(".pmw") && !args[0].startsWith("-")) {
            dev.pmw.ui.Launcher.launch(args);
            return;
        }
        System.exit(dev.pmw.cli.Cli.run(args));
    }
}
