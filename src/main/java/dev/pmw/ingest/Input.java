package dev.pmw.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/// One readable blob: a file on disk, an entry in a ZIP, or either of those gzip-compressed.
/// [#open()] may be called more than once (detection reads the head, the parser reads it all).
public interface Input {

    /// Path as shown to the user: `logs/app.json`, `export.zip › general/2026-02-15.json`.
    String path();

    /// The file name part, used for event ids.
    default String name() {
        return dev.pmw.model.SourceRef.fileName(path());
    }

    /// Size in bytes on disk (compressed size for compressed inputs), or -1.
    long size();

    /// The raw bytes as stored (not decompressed, not transcoded).
    InputStream openRaw() throws IOException;

    /// The underlying file when the input is a plain file on disk, else null. Lets parsers use
    /// positional reads (re-reading a raw line by offset).
    default Path file() {
        return null;
    }
}
