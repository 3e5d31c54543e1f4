package dev.pmw.ingest;

import java.io.IOException;
import java.util.List;

/// A folder or a ZIP archive: a set of named entries (forward-slash relative paths).
public interface InputTree {

    /// The folder or ZIP path as given by the user.
    String path();

    /// Relative entry paths of regular files, sorted, never containing `..` or a leading `/`.
    List<String> entries();

    Input entry(String relativePath) throws IOException;

    default boolean has(String relativePath) {
        return entries().contains(relativePath);
    }
}
