package dev.pmw.timeline;

import dev.pmw.model.Event;
import dev.pmw.timeline.edit.Edit;
import dev.pmw.timeline.edit.EditLayer;
import dev.pmw.timeline.edit.RowEdits;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/// Applies an [EditLayer] while a timeline is built, in the builder's order: burst splits once the
/// source's times are final, field edits before relevance scoring, added rows and orphans with the
/// other rows, user overrides after scoring. Remembers each edited row's source event for the
/// row's [RowState#original()]. One instance per build.
final class EditApplier {
    private final EditLayer.Resolved edits;
    private final Map<String, Event> originals = new HashMap<>();
    private final Map<String, RowState.LineSpan> spans = new HashMap<>();
    /// Edited rows found among the source rows, and bursts that were split (present through
    /// their parts): the other edited rows are orphans.
    private final Set<String> present = new java.util.HashSet<>();

    /// A row that belongs to no source list: added by the user, or an orphan.
    record Extra(Event event, int source, RowState.Origin origin) {
    }

    EditApplier(EditLayer layer) {
        this.edits = layer.resolve();
    }

    boolean isEmpty() {
        return edits.rows().isEmpty() && edits.splits().isEmpty();
    }

    /// Replaces split bursts of one source by their parts (parts split again are replaced too).
    ///
    /// @param bursts the source's clustering, or null when only saved rows are at hand
    /// @param offset what was added to the source's times
    List<Event> split(List<Event> events, Bursts bursts, Duration offset) {
        if (edits.splits().isEmpty()) {
            return events;
        }
        List<Event> out = new ArrayList<>(events.size() + 2);
        Deque<Event> todo = new ArrayDeque<>();
        for (Event e : events) {
            todo.push(e);
            while (!todo.isEmpty()) {
                Event x = todo.pop();
                Edit.SplitBurst s = edits.splits().get(x.id());
                Event[] parts = s == null ? null : parts(s, x, bursts, offset);
                if (parts == null) {
                    out.add(x);
                } else {
                    present.add(x.id());
                    todo.push(parts[1]);
                    todo.push(parts[0]);
                }
            }
        }
        return out;
    }

    private Event[] parts(Edit.SplitBurst s, Event burst, Bursts bursts, Duration offset) {
        if (bursts == null) { // lines not at hand: the parts as computed when the user split
            spans.put(s.firstId(), null);
            spans.put(s.secondId(), null);
            return new Event[] {s.first(), s.second()};
        }
        RowState.LineSpan span = spans.getOrDefault(burst.id(), RowState.LineSpan.ALL);
        BurstSplit.Part[] p = BurstSplit.split(bursts, burst, span == null ? RowState.LineSpan.ALL : span, s.splitAt(),
                offset, s.firstId(), s.secondId());
        if (p == null) {
            return null;
        }
        spans.put(s.firstId(), p[0].span());
        spans.put(s.secondId(), p[1].span());
        return new Event[] {p[0].event(), p[1].event()};
    }

    /// The event with the user's field edits (time, text, kind, actor) applied. Called once for
    /// every source row.
    Event fields(Event e) {
        RowEdits r = edits.row(e.id());
        if (r == null) {
            return e;
        }
        present.add(e.id());
        originals.put(e.id(), e);
        return r.apply(e);
    }

    /// Added rows, and orphans: rows the user changed whose source record was not among the rows
    /// passed to [#fields(Event)] (all source rows, before channel filtering).
    ///
    /// @param sourceByFile index of each source by its display path (an orphan keeps its source
    ///                     when the source is still there)
    List<Extra> extras(Map<String, Integer> sourceByFile) {
        List<Extra> out = new ArrayList<>();
        for (String id : edits.manual()) {
            RowEdits r = edits.row(id);
            originals.put(id, r.manual());
            out.add(new Extra(r.apply(r.manual()), -1, RowState.Origin.MANUAL));
        }
        for (RowEdits r : edits.rows().values()) {
            if (present.contains(r.id()) || r.manual() != null || r.splitFrom() != null
                    || !(r.hasChanges() || edits.splits().containsKey(r.id()))) {
                continue;
            }
            originals.put(r.id(), r.snapshot());
            int source = sourceByFile.getOrDefault(r.snapshot().source().file(), -1);
            out.add(new Extra(r.orphanEvent(), source, RowState.Origin.ORPHAN));
        }
        return out;
    }

    /// What the user did to the row with this event.
    RowState state(Event shown, RowState.Origin origin) {
        RowEdits r = edits.row(shown.id());
        RowState.LineSpan span = spans.get(shown.id());
        if (r == null && span == null && origin == RowState.Origin.SOURCE) {
            return RowState.SOURCE;
        }
        if (r == null) {
            return new RowState(origin, null, Set.of(), false, false, null, null, null, List.of(), null, span);
        }
        Event original = r.fields().isEmpty() && origin == RowState.Origin.SOURCE ? null : originals.get(shown.id());
        return new RowState(origin, original, r.fields(), r.pinned(), r.hidden(), r.override(), r.note(), r.mergedInto(),
                r.mergedFrom(), r.splitFrom(), span);
    }

    Relevance relevance(Relevance scored, RowState s) {
        return UserRelevance.apply(scored, s);
    }

    /// Boundary pins for the analysis.
    Map<String, String> boundaryPins() {
        return edits.boundaryPins();
    }
}
