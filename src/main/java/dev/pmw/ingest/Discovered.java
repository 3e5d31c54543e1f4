package dev.pmw.ingest;

import dev.pmw.model.Diagnostic;

import java.util.List;

/// A source found while expanding the user's paths, with the parser detection chose.
///
/// @param path       display path
/// @param source     what to parse, or null when it could not be opened
/// @param parser     the detected parser, or null when the format is unknown
/// @param confidence detection confidence 0..100
/// @param nested     found inside a dropped folder or ZIP (then unknown files are skipped quietly)
/// @param problem    why it cannot be parsed, or null
/// @param notes      problems of the container (unsafe ZIP entries …) to report with this source
public record Discovered(String path, Source source, SourceParser parser, int confidence, boolean nested,
                         String problem, List<Diagnostic> notes) {
    public Discovered {
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    public String format() {
        return parser == null ? "unknown" : parser.format();
    }
}
