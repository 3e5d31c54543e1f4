package dev.pmw.timeline;

import dev.pmw.ingest.ParseResult;

import java.util.Set;

/// A parsed source as part of a timeline: the parse result, the burst clustering of its log lines,
/// the settings applied, the channels actually included, and the clock correction found by
/// matching it against another source (null when none).
public record TimelineSource(ParseResult result, Bursts bursts, SourceSettings settings, Set<String> includedChannels,
                             SourceAlignment.Correction correction) {
    public String file() {
        return result.info().file();
    }

    public String format() {
        return result.info().format();
    }
}
