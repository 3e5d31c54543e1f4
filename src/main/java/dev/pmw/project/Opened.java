package dev.pmw.project;

import dev.pmw.timeline.edit.EditHistory;

import java.nio.file.Path;
import java.util.List;

/// A project read from disk (or restored from a recovery file).
///
/// @param file      the project file (for a restored recovery file: the project it belongs to, or
///                  null for a session that was never saved)
/// @param project   what it holds; sources whose files were not found show their saved events
/// @param history   the edit history: the saved edits, each undoable, marked saved (for a
///                  restored recovery file: not saved)
/// @param sources   what was found for each source, in the incident's order
/// @param recovered restored from an autosave recovery file: unsaved until the user saves
public record Opened(Path file, Project project, EditHistory history, List<SourceStatus> sources, boolean recovered) {
    public Opened {
        sources = List.copyOf(sources);
    }

    /// Sources whose files were not found or changed ("missing — showing saved events").
    public List<SourceStatus> problems() {
        return sources.stream().filter(s -> !s.ok()).toList();
    }
}
