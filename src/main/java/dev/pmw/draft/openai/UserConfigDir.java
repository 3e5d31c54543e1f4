package dev.pmw.draft.openai;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/// The user's configuration folder for pmw: `$XDG_CONFIG_HOME/pmw` or `~/.config/pmw` on Linux,
/// `~/Library/Application Support/pmw` on macOS, `%APPDATA%\pmw` on Windows. Never a project folder.
public final class UserConfigDir {
    private UserConfigDir() {
    }

    public static Path current() {
        return resolve(System.getenv(), System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")));
    }

    static Path resolve(Map<String, String> env, String osName, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            return (appData != null && !appData.isBlank() ? Path.of(appData) : home.resolve("AppData").resolve("Roaming"))
                    .resolve("pmw");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("pmw");
        }
        String xdg = env.get("XDG_CONFIG_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg).resolve("pmw");
        }
        return home.resolve(".config").resolve("pmw");
    }
}
