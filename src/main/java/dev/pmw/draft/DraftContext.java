package dev.pmw.draft;

import dev.pmw.analysis.Analysis;
import dev.pmw.timeline.Timeline;

import java.time.LocalDate;
import java.time.ZoneOffset;

/// Everything a drafter may draw on: the analysis, the merged timeline (its key rows are the
/// evidence), and the day the draft is made (for due dates).
///
/// @param analysis the analysis of the timeline
/// @param timeline the merged timeline
/// @param today    the drafting day (due dates count from it)
public record DraftContext(Analysis analysis, Timeline timeline, LocalDate today) {
    public DraftContext {
        if (analysis == null || timeline == null) {
            throw new IllegalArgumentException("a draft needs an analysis and a timeline");
        }
        today = today == null ? LocalDate.now(ZoneOffset.UTC) : today;
    }
}
