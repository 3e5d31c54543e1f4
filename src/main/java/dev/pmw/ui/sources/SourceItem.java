package dev.pmw.ui.sources;

import dev.pmw.ingest.SourceInfo;
import dev.pmw.model.Diagnostic;
import dev.pmw.model.SourceRef;
import dev.pmw.timeline.LoadedSource;
import dev.pmw.timeline.TimelineSource;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/// One source of the incident as the sources panel shows it.
///
/// @param source   the source as read
/// @param timeline the source as merged (included channels, clock correction), or null when not merged
public record SourceItem(LoadedSource source, TimelineSource timeline) {

    public String name() {
        return SourceRef.fileName(info().file());
    }

    public String path() {
        return info().file();
    }

    public SourceInfo info() {
        return source.result().info();
    }

    public boolean failed() {
        return source.result().failed();
    }

    public boolean skipped() {
        return "unknown".equals(info().format()) && !failed();
    }

    public List<Diagnostic> diagnostics() {
        return source.result().diagnostics();
    }

    public int warnings() {
        return source.result().warnings();
    }

    /// Read from its file in this session (a source restored from a project without its file
    /// cannot be read again in another zone or format).
    public boolean canReread() {
        return source.isRead();
    }

    /// The zone used for times without an offset.
    public ZoneId zone() {
        return source.options().zone();
    }

    /// The format the user forced, or null for automatic detection.
    public String formatOverride() {
        return source.options().formatOverride();
    }

    public Duration clockOffset() {
        return source.settings().clockOffset();
    }

    /// Channels the user chose, or null for the default (channels active in the incident window).
    public Set<String> chosenChannels() {
        return source.settings().channels();
    }

    /// Channels (or other parts) found in the source, for the channel chooser: Slack sources only.
    public List<String> channels() {
        return info().format().startsWith("slack") ? info().parts().keySet().stream().sorted().toList() : List.of();
    }

    public Set<String> includedChannels() {
        return timeline == null ? Set.of() : timeline.includedChannels();
    }

    /// "times shifted −1:00 to match incident-slack-export (102 of 102 matching records agree)", or "".
    public String correctionLabel() {
        return timeline == null || timeline.correction() == null ? "" : timeline.correction().describe();
    }

    /// "json-logs · pino" or "slack-export".
    public String formatLabel() {
        String f = info().dialect().isEmpty() ? info().format() : info().format() + " · " + info().dialect();
        return formatOverride() != null ? f + " (forced)" : f;
    }

    /// "15,012 records · 2 warnings · UTC".
    public String detailLabel() {
        if (failed()) {
            return diagnostics().isEmpty() ? "could not be read" : diagnostics().getFirst().message();
        }
        if (skipped()) {
            return diagnostics().isEmpty() ? "skipped" : diagnostics().getFirst().message();
        }
        String zone = info().zoneAssumed() ? info().timezone() + " (assumed)" : info().timezone();
        int w = warnings();
        String offset = clockOffset().isZero() ? "" : " · clock " + OffsetText.format(clockOffset());
        String avail = source.availability().note().isEmpty() ? "" : " · " + source.availability().note();
        return String.format("%,d records · %s · %s%s%s", info().records(),
                w == 0 ? "no warnings" : w == 1 ? "1 warning" : w + " warnings", zone, offset, avail);
    }
}
