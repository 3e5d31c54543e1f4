package dev.pmw.project;

/// Where a source restored from a project (without reading its file) was when it was saved, so
/// that saving again keeps pointing at it and relocating can check the content.
///
/// @param absolutePath  the file or folder (for a ZIP entry: the ZIP)
/// @param besideProject where it was expected relative to the project file it was opened from
///                      (absolute), or null; saving elsewhere keeps pointing there
/// @param entry        the rest of the display path for a source inside a ZIP (" › inc/…"), or null
/// @param hash         `sha256:…` of the content when saved, or null
public record SavedSource(String absolutePath, String besideProject, String entry, String hash) {
}
