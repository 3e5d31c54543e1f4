package dev.pmw.ingest;

/// A source that cannot be read at all (unknown format, binary, bomb, unreadable). The message is
/// written for the user; per-record problems are [dev.pmw.model.Diagnostic]s instead.
public class IngestException extends java.io.IOException {
    public IngestException(String message) {
        super(message);
    }

    public IngestException(String message, Throwable cause) {
        super(message, cause);
    }
}
