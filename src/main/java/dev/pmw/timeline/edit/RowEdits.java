package dev.pmw.timeline.edit;

import dev.pmw.ingest.time.Timestamps;
import dev.pmw.model.Attr;
import dev.pmw.model.Event;
import dev.pmw.model.EventKind;
import dev.pmw.model.TimeFlag;
import dev.pmw.model.TimeInfo;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/// Everything the edit layer says about one row, after folding its edits in order.
///
/// @param id         the row's event id
/// @param snapshot   the row as first seen by an edit (shown as an orphan when the source no longer
///                   has the row; for an added row the added event, for a split part the part)
/// @param time       new time, or null when unchanged (likewise `text`, `kind`, `actor`)
/// @param pinned     pinned by the user
/// @param hidden     hidden by the user
/// @param override   relevance override
/// @param note       the user's note, or null
/// @param mergedInto id of the row this one is merged into, or null
/// @param mergedFrom ids of the rows merged into this one
/// @param manual     the added event when the user added this row, else null
/// @param splitFrom  id of the burst this row is a part of, or null
public record RowEdits(String id, Event snapshot, Instant time, String text, EventKind kind, String actor,
                       boolean pinned, boolean hidden, RelevanceOverride override, String note, String mergedInto,
                       List<String> mergedFrom, Event manual, String splitFrom) {

    public RowEdits {
        override = override == null ? RelevanceOverride.AUTO : override;
        mergedFrom = mergedFrom == null ? List.of() : List.copyOf(mergedFrom);
    }

    /// The fields this row has edited.
    public Set<Field> fields() {
        EnumSet<Field> f = EnumSet.noneOf(Field.class);
        if (time != null) {
            f.add(Field.TIME);
        }
        if (text != null) {
            f.add(Field.TEXT);
        }
        if (kind != null) {
            f.add(Field.KIND);
        }
        if (actor != null) {
            f.add(Field.ACTOR);
        }
        return f;
    }

    /// Whether anything the user did still shows on this row.
    public boolean hasChanges() {
        return time != null || text != null || kind != null || actor != null || pinned || hidden
                || override != RelevanceOverride.AUTO || note != null || mergedInto != null || !mergedFrom.isEmpty();
    }

    /// `e` with the edited fields replaced. A time the user set carries no zone or clock
    /// assumption any more; the raw source text stays for the detail view.
    public Event apply(Event e) {
        Event out = e;
        if (time != null && !time.equals(e.time())) {
            Set<TimeFlag> flags = Timestamps.outOfRange(time) ? Set.of(TimeFlag.OUT_OF_RANGE) : Set.of();
            out = out.withTime(time, new TimeInfo(e.timeInfo().raw(), null, flags));
        }
        if (text != null) {
            out = out.withText(text);
        }
        if (kind != null) {
            out = out.withKind(kind);
        }
        if (actor != null) {
            out = out.withActor(actor);
        }
        return out;
    }

    /// The snapshot as a row of its own (orphans): computed marks such as "duplicate of" dropped.
    public Event orphanEvent() {
        return apply(snapshot.attr(Attr.DUPLICATE_OF) == null ? snapshot : snapshot.withAttr(Attr.DUPLICATE_OF, null));
    }
}
