package dev.pmw.project;

/// Constants of the `*.pmw` project file.
public final class ProjectFormat {
    /// The value of the `format` field that says "this is a pmw project".
    public static final String FORMAT = "pmw-project";
    /// The schema this version writes and reads (older ones are migrated, see [Migrations]).
    public static final int SCHEMA_VERSION = 1;
    public static final String EXTENSION = ".pmw";
    /// Suffix of the backup of the previous version, next to the project (`name.pmw.bak`).
    public static final String BACKUP_SUFFIX = ".bak";

    private ProjectFormat() {
    }

    /// "pmw 0.1.0", or "pmw dev" when run from classes.
    public static String appVersion() {
        String v = ProjectFormat.class.getPackage().getImplementationVersion();
        return "pmw " + (v == null ? "dev" : v);
    }
}
