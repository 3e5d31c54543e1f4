package dev.pmw.project;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/// Where a source lives on disk, from its display path: the file or folder, and for a file inside
/// a ZIP the rest of the display path (" › inc/2026-02-16.json").
///
/// @param given     the file or folder part of the display path, as the user gave it
/// @param absolute  the same, absolute
/// @param entry     the part after the ZIP, or null
record SourceLocation(String given, Path absolute, String entry) {
    static final String ZIP_SEPARATOR = " › ";

    /// Null when the display path is not a path on this system.
    static SourceLocation of(String displayPath) {
        int i = displayPath.indexOf(ZIP_SEPARATOR);
        String container = i < 0 ? displayPath : displayPath.substring(0, i);
        try {
            return new SourceLocation(container, Path.of(container).toAbsolutePath().normalize(),
                    i < 0 ? null : displayPath.substring(i));
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /// The display path of the source when its file or folder is at `container` (as given).
    static String display(String container, String entry) {
        return entry == null ? container : container + entry;
    }
}
