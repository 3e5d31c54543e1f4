package dev.pmw.project;

import java.nio.file.Path;

/// The window title: the project's name, a mark for unsaved changes, the app.
public final class ProjectTitle {
    public static final String APP = "Postmortem Workbench";

    private ProjectTitle() {
    }

    /// "● incident.pmw — Postmortem Workbench" (unsaved changes), "incident.pmw — Postmortem
    /// Workbench", "Untitled — Postmortem Workbench".
    public static String of(Path projectFile, boolean dirty) {
        String name = projectFile == null || projectFile.getFileName() == null ? "Untitled"
                : projectFile.getFileName().toString();
        return (dirty ? "● " : "") + name + " — " + APP;
    }
}
