package dev.pmw.timeline;

import dev.pmw.ingest.Discovered;
import dev.pmw.ingest.ParseOptions;
import dev.pmw.ingest.ParseResult;

/// A source of the incident: where it came from, how it was read, what the user chose for it
/// after reading, and what came out.
public record LoadedSource(Discovered discovered, ParseOptions options, SourceSettings settings, ParseResult result) {
    public LoadedSource {
        settings = settings == null ? SourceSettings.DEFAULT : settings;
    }

    public String file() {
        return result.info().file();
    }

    public LoadedSource withSettings(SourceSettings s) {
        return new LoadedSource(discovered, options, s, result);
    }
}
