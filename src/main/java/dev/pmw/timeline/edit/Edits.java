package dev.pmw.timeline.edit;

import dev.pmw.model.Event;
import dev.pmw.model.EventIds;
import dev.pmw.model.EventKind;
import dev.pmw.model.SourceRef;
import dev.pmw.model.TimeInfo;
import dev.pmw.timeline.Row;
import dev.pmw.timeline.Timeline;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/// Makes edits from the rows the user acts on: each takes the row's snapshot and the moment. Check
/// an edit with [EditValidator] before applying it to the [EditHistory].
public final class Edits {
    /// `file` and `format` of the [SourceRef] of rows the user adds.
    public static final String MANUAL_SOURCE = "manual";

    private final Clock clock;

    public Edits(Clock clock) {
        this.clock = clock;
    }

    /// Edits stamped with the system clock.
    public static Edits now() {
        return new Edits(Clock.systemUTC());
    }

    private Instant at() {
        return clock.instant();
    }

    public Edit.SetTime setTime(Row row, Instant time, boolean forced) {
        return new Edit.SetTime(row.id(), at(), row.event(), time, forced);
    }

    public Edit.SetText setText(Row row, String text) {
        return new Edit.SetText(row.id(), at(), row.event(), text);
    }

    public Edit.SetKind setKind(Row row, EventKind kind) {
        return new Edit.SetKind(row.id(), at(), row.event(), kind);
    }

    public Edit.SetActor setActor(Row row, String actor) {
        return new Edit.SetActor(row.id(), at(), row.event(), actor);
    }

    public Edit.Pin pin(Row row, boolean pinned) {
        return new Edit.Pin(row.id(), at(), row.event(), pinned);
    }

    public Edit.Hide hide(Row row, boolean hidden) {
        return new Edit.Hide(row.id(), at(), row.event(), hidden);
    }

    public Edit.SetRelevance promote(Row row) {
        return relevance(row, RelevanceOverride.PROMOTED);
    }

    public Edit.SetRelevance demote(Row row) {
        return relevance(row, RelevanceOverride.DEMOTED);
    }

    public Edit.SetRelevance relevance(Row row, RelevanceOverride override) {
        return new Edit.SetRelevance(row.id(), at(), row.event(), override);
    }

    /// Sets the row's note; a blank note removes it.
    public Edit.SetNote note(Row row, String note) {
        return new Edit.SetNote(row.id(), at(), row.event(), note);
    }

    /// Merges `others` into `primary`, which stays.
    public Edit.Merge merge(Row primary, List<Row> others) {
        return new Edit.Merge(primary.id(), at(), primary.event(), others.stream().map(Row::id).toList(),
                others.stream().map(Row::event).toList());
    }

    /// A row the user adds (default kind: note). `forced`: the user insisted on a time outside the
    /// plausible window.
    public Edit.AddManualRow addRow(Instant time, EventKind kind, String actor, String text, boolean forced) {
        String id = EventIds.manual();
        Event e = Event.builder(id, time, new SourceRef(MANUAL_SOURCE, MANUAL_SOURCE, null, null, 0, -1, id),
                        kind == null ? EventKind.NOTE : kind)
                .timeInfo(TimeInfo.exact(""))
                .actor(actor)
                .text(text)
                .build();
        return new Edit.AddManualRow(id, at(), e, forced);
    }

    public Edit.RemoveManualRow removeRow(Row row) {
        return new Edit.RemoveManualRow(row.id(), at(), row.event());
    }

    /// Splits a burst at `splitAt` (a moment as shown); null when the row is not a burst whose log
    /// lines are at hand or when the moment leaves one part empty ([EditValidator] says which).
    public Edit.SplitBurst split(Timeline timeline, Row row, Instant splitAt) {
        String a = Edit.SplitBurst.partId(row.id(), splitAt, 1);
        String b = Edit.SplitBurst.partId(row.id(), splitAt, 2);
        Event[] parts = timeline.splitParts(row, splitAt, a, b);
        return parts == null ? null : new Edit.SplitBurst(row.id(), at(), row.event(), splitAt, parts[0], parts[1]);
    }

    public Edit.RevertToSource revert(Row row) {
        return new Edit.RevertToSource(row.id(), at(), row.event());
    }

    /// Pins an analysis boundary (`impact_start`, `detected`, `acknowledged`, `mitigated`,
    /// `resolved`) to a row.
    public Edit.PinBoundary pinBoundary(String boundary, Row row) {
        return new Edit.PinBoundary(row.id(), at(), row.event(), boundary, true);
    }

    /// Unpins a boundary from the row it was pinned to.
    public Edit.PinBoundary unpinBoundary(String boundary, Row pinnedRow) {
        return new Edit.PinBoundary(pinnedRow.id(), at(), pinnedRow.event(), boundary, false);
    }
}
