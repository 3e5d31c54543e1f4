package dev.pmw.draft;

import dev.pmw.model.Event;
import dev.pmw.model.EventKind;
import dev.pmw.timeline.Row;
import dev.pmw.timeline.Timeline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/// Resolves cited event ids to the timeline rows they name, for footnotes, the evidence appendix and
/// the "claims that no longer match the evidence" check. An id that is not in the timeline (a row
/// that was deleted, a source that was removed, a typo) is reported as unresolved.
public final class CitationIndex {
    /// A cited row: when, what, and where it was read.
    ///
    /// @param id       event id
    /// @param time     event time (UTC)
    /// @param end      last occurrence of a burst, or null
    /// @param kind     event kind
    /// @param actor    actor as shown (may be empty)
    /// @param text     event text
    /// @param count    occurrences (bursts)
    /// @param file     source file name
    /// @param location file, entry inside a folder or ZIP, and line (`datadog-timeline.md:12`)
    /// @param line     1-based line, or 0
    /// @param format   source format id
    public record Cited(String id, Instant time, Instant end, EventKind kind, String actor, String text, int count,
                        String file, String location, long line, String format) {
    }

    private final Timeline timeline;

    public CitationIndex(Timeline timeline) {
        this.timeline = timeline;
    }

    public Optional<Cited> resolve(String id) {
        Row r = timeline.byId(id);
        if (r == null) {
            return Optional.empty();
        }
        Event e = r.event();
        return Optional.of(new Cited(e.id(), e.time(), e.endTime(), e.kind(), e.actor(), e.text(), e.count(),
                dev.pmw.model.SourceRef.fileName(e.source().file()), e.source().location(), e.source().line(),
                e.source().format()));
    }

    public boolean resolves(String id) {
        return timeline.byId(id) != null;
    }

    /// The ids that name no row, in the given order.
    public List<String> unresolved(Collection<String> ids) {
        List<String> out = new ArrayList<>();
        for (String id : ids) {
            if (!resolves(id) && !out.contains(id)) {
                out.add(id);
            }
        }
        return out;
    }

    /// Every id the document cites (sections and action items) that names no row.
    public List<String> unresolved(PostmortemDocument doc) {
        return unresolved(doc.citations());
    }
}
