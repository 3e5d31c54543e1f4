package dev.pmw.timeline;

import dev.pmw.ingest.ParseResult;

import java.util.Set;

/// A parsed source as part of a timeline: the parse result, the burst clustering of its log lines,
/// the settings applied and the channels actually included.
public record TimelineSource(ParseResult result, Bursts bursts, SourceSettings settings, Set<String> includedChannels) {
    public String file() {
        return result.info().file();
    }

    public String format() {
        return result.info().format();
    }
}
