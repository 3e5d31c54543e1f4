package dev.pmw.timeline;

import dev.pmw.ingest.Discovered;
import dev.pmw.ingest.ParseOptions;
import dev.pmw.ingest.ParseResult;
import dev.pmw.model.Event;

import java.util.List;

/// A source of the incident: where it came from, how it was read, what the user chose for it
/// after reading, and what came out.
///
/// @param discovered   the source as found on disk, or null when it was restored from a project
///                     without its file (then it cannot be read again until relocated)
/// @param availability whether the events were read from the file now or restored from a project
/// @param savedLogRows for a restored source: the log rows (bursts and single lines) saved with the
///                     project, standing in for the log lines; empty otherwise
public record LoadedSource(Discovered discovered, ParseOptions options, SourceSettings settings, ParseResult result,
                           Availability availability, List<Event> savedLogRows) {

    /// Whether a source's events come from its file or from a saved project.
    ///
    /// @param state what the events are
    /// @param note  what to tell the user ("missing — showing saved events"), empty when read
    public record Availability(State state, String note) {
        public enum State {
            /// Read from its file in this session.
            READ,
            /// The file was not found: the events saved in the project are shown.
            MISSING,
            /// The file was found but its content differs from what was saved: the saved events
            /// are shown until the user re-imports it.
            CHANGED
        }

        public static final Availability READ = new Availability(State.READ, "");

        public static Availability missing() {
            return new Availability(State.MISSING, "missing — showing saved events");
        }

        public static Availability changed() {
            return new Availability(State.CHANGED,
                    "changed since the project was saved — showing saved events; re-import it to use the new content");
        }
    }

    public LoadedSource {
        settings = settings == null ? SourceSettings.DEFAULT : settings;
        availability = availability == null ? Availability.READ : availability;
        savedLogRows = savedLogRows == null ? List.of() : List.copyOf(savedLogRows);
    }

    public LoadedSource(Discovered discovered, ParseOptions options, SourceSettings settings, ParseResult result) {
        this(discovered, options, settings, result, Availability.READ, List.of());
    }

    public String file() {
        return result.info().file();
    }

    /// Read from its file in this session: raw log lines can be shown, options changed, and it can
    /// be read again.
    public boolean isRead() {
        return availability.state() == Availability.State.READ && discovered != null;
    }

    public LoadedSource withSettings(SourceSettings s) {
        return new LoadedSource(discovered, options, s, result, availability, savedLogRows);
    }
}
