package dev.pmw.timeline;

import java.time.Duration;
import java.util.Set;

/// The user's choices for one source that apply after parsing (parse-time choices such as zone and
/// format are in [dev.pmw.ingest.ParseOptions]).
///
/// @param channels    channels (or services) to include; null means the default choice
///                    (channels with activity in the incident window)
/// @param clockOffset correction added to every time of the source (clock skew, zone mismatch)
public record SourceSettings(Set<String> channels, Duration clockOffset) {
    public static final SourceSettings DEFAULT = new SourceSettings(null, Duration.ZERO);

    public SourceSettings {
        channels = channels == null ? null : Set.copyOf(channels);
        clockOffset = clockOffset == null ? Duration.ZERO : clockOffset;
    }

    public SourceSettings withChannels(Set<String> c) {
        return new SourceSettings(c, clockOffset);
    }

    public SourceSettings withClockOffset(Duration d) {
        return new SourceSettings(channels, d);
    }
}
