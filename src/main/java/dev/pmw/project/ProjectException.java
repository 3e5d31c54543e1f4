package dev.pmw.project;

import java.io.IOException;
import java.nio.file.Path;

/// A project file that cannot be opened or replaced. The file is never changed when this is
/// thrown. [#getMessage()] is the reason ("written by a newer pmw (schema 3; this version reads
/// 1)", "not a pmw project", "damaged: the file ends early …"); [#userMessage()] says it to the user.
public final class ProjectException extends IOException {

    public enum Kind {
        /// Not a pmw project at all (another kind of file).
        NOT_A_PROJECT,
        /// Written by a newer pmw with a schema this version cannot read.
        NEWER_VERSION,
        /// A pmw project that is cut off or corrupt.
        DAMAGED,
        /// The file could not be read or written (missing, permissions, disk full).
        UNREADABLE
    }

    private final Kind kind;
    private final transient Path file;

    public ProjectException(Kind kind, Path file, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.file = file;
    }

    public Kind kind() {
        return kind;
    }

    public Path file() {
        return file;
    }

    /// "Cannot open incident.pmw: written by a newer pmw (schema 3; this version reads 1). The
    /// file was left as it is."
    public String userMessage() {
        String name = file == null || file.getFileName() == null ? "the project" : file.getFileName().toString();
        return "Cannot open " + name + ": " + getMessage() + ". The file was left as it is.";
    }
}
