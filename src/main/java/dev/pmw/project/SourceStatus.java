package dev.pmw.project;

import dev.pmw.timeline.LoadedSource;

import java.nio.file.Path;

/// What opening a project found for one source.
///
/// @param file    the source's display path in the incident
/// @param state   read again, missing, or changed on disk
/// @param note    what to tell the user, empty when read
/// @param foundAt where a changed source was found (offer "re-import"), else null
public record SourceStatus(String file, LoadedSource.Availability.State state, String note, Path foundAt) {
    public boolean ok() {
        return state == LoadedSource.Availability.State.READ;
    }
}
