package dev.pmw.project;

import java.nio.file.Path;
import java.util.Locale;

/// Where pmw keeps per-user state (recent projects, autosave recovery files): `$XDG_CONFIG_HOME/pmw`
/// or `~/.config/pmw` on Linux, `~/Library/Application Support/pmw` on macOS, `%APPDATA%\pmw` on
/// Windows. The system property `pmw.config.dir` overrides it (tests, portable installs).
public final class AppDirs {
    private AppDirs() {
    }

    public static Path config() {
        String override = System.getProperty("pmw.config.dir");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        if (os.startsWith("windows")) {
            String appData = System.getenv("APPDATA");
            return (appData == null || appData.isBlank() ? home.resolve("AppData").resolve("Roaming") : Path.of(appData))
                    .resolve("pmw");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("pmw");
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        return (xdg == null || xdg.isBlank() ? home.resolve(".config") : Path.of(xdg)).resolve("pmw");
    }
}
