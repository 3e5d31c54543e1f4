package dev.pmw.timeline.edit;

import dev.pmw.model.Event;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/// The user's edits over the parsed events, in the order they were made. Immutable; applied by
/// [dev.pmw.timeline.TimelineBuilder] by event id, so it survives re-importing a source. Field
/// edits are applied before relevance scoring (a row edited into a deploy is scored as one), pin,
/// hide, promote/demote and merges after it.
public final class EditLayer {
    public static final EditLayer EMPTY = new EditLayer(List.of());

    private final List<Edit> edits;
    private volatile Resolved resolved;

    public EditLayer(List<Edit> edits) {
        this.edits = List.copyOf(edits);
    }

    public List<Edit> edits() {
        return edits;
    }

    public boolean isEmpty() {
        return edits.isEmpty();
    }

    public int size() {
        return edits.size();
    }

    public EditLayer with(Edit e) {
        List<Edit> out = new ArrayList<>(edits);
        out.add(e);
        return new EditLayer(out);
    }

    /// The edits folded per row.
    ///
    /// @param rows          per row id (source rows, added rows, split parts)
    /// @param splits        burst splits by the id of the burst split
    /// @param manual        ids of the added rows that were not removed, in the order added
    /// @param boundaryPins  analysis boundary id (`impact_start` …) → id of the row it is pinned to
    public record Resolved(Map<String, RowEdits> rows, Map<String, Edit.SplitBurst> splits, List<String> manual,
                           Map<String, String> boundaryPins) {
        public RowEdits row(String id) {
            return rows.get(id);
        }
    }

    public Resolved resolve() {
        Resolved r = resolved;
        if (r == null) {
            r = new Folder().fold(edits);
            resolved = r;
        }
        return r;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EditLayer l && l.edits.equals(edits);
    }

    @Override
    public int hashCode() {
        return edits.hashCode();
    }

    @Override
    public String toString() {
        return "EditLayer" + edits;
    }

    /// Mutable state of one row while folding.
    private static final class Draft {
        final String id;
        Event snapshot;
        java.time.Instant time;
        String text;
        dev.pmw.model.EventKind kind;
        String actor;
        boolean pinned;
        boolean hidden;
        RelevanceOverride override = RelevanceOverride.AUTO;
        String note;
        String mergedInto;
        final Set<String> mergedFrom = new LinkedHashSet<>();
        Event manual;
        boolean removed;
        String splitFrom;

        Draft(String id, Event snapshot) {
            this.id = id;
            this.snapshot = snapshot;
        }

        void resetContent() {
            time = null;
            text = null;
            kind = null;
            actor = null;
            pinned = false;
            hidden = false;
            override = RelevanceOverride.AUTO;
            note = null;
        }

        /// A split part starts with what its burst had (except the time, which the lines give).
        void inherit(Draft burst) {
            text = burst.text;
            kind = burst.kind;
            actor = burst.actor;
            pinned = burst.pinned;
            hidden = burst.hidden;
            override = burst.override;
            note = burst.note;
        }

        RowEdits freeze() {
            return new RowEdits(id, snapshot, time, text, kind, actor, pinned, hidden, override, note, mergedInto,
                    List.copyOf(mergedFrom), manual, splitFrom);
        }
    }

    private static final class Folder {
        private final Map<String, Draft> drafts = new LinkedHashMap<>();
        private final Map<String, Edit.SplitBurst> splits = new LinkedHashMap<>();
        private final Map<String, String> pins = new LinkedHashMap<>();

        private Draft draft(String id, Event snapshot) {
            return drafts.computeIfAbsent(id, k -> new Draft(k, snapshot));
        }

        Resolved fold(List<Edit> edits) {
            for (Edit e : edits) {
                Draft d = draft(e.target(), e.before());
                switch (e) {
                    case Edit.SetTime x -> d.time = x.time();
                    case Edit.SetText x -> d.text = x.text();
                    case Edit.SetKind x -> d.kind = x.kind();
                    case Edit.SetActor x -> d.actor = x.actor();
                    case Edit.Pin x -> {
                        d.pinned = x.pinned();
                        d.hidden = d.hidden && !x.pinned();
                    }
                    case Edit.Hide x -> {
                        d.hidden = x.hidden();
                        d.pinned = d.pinned && !x.hidden();
                    }
                    case Edit.SetRelevance x -> {
                        d.override = x.override();
                        d.pinned = d.pinned && x.override() != RelevanceOverride.DEMOTED;
                    }
                    case Edit.SetNote x -> d.note = x.note().isEmpty() ? null : x.note();
                    case Edit.Merge x -> merge(d, x);
                    case Edit.AddManualRow x -> {
                        d.manual = x.event();
                        d.snapshot = x.event();
                        d.removed = false;
                    }
                    case Edit.RemoveManualRow x -> d.removed = true;
                    case Edit.SplitBurst x -> split(d, x);
                    case Edit.RevertToSource x -> revert(rootOf(d));
                    case Edit.PinBoundary x -> {
                        if (x.pinned()) {
                            pins.put(x.boundary(), x.target());
                        } else {
                            pins.remove(x.boundary());
                        }
                    }
                }
            }
            Map<String, RowEdits> rows = new LinkedHashMap<>();
            List<String> manual = new ArrayList<>();
            for (Draft d : drafts.values()) {
                if (d.manual != null && d.removed) {
                    continue;
                }
                rows.put(d.id, d.freeze());
                if (d.manual != null) {
                    manual.add(d.id);
                }
            }
            return new Resolved(Collections.unmodifiableMap(rows), Collections.unmodifiableMap(splits),
                    List.copyOf(manual), Collections.unmodifiableMap(pins));
        }

        private void merge(Draft primary, Edit.Merge m) {
            for (int i = 0; i < m.others().size(); i++) {
                Draft o = draft(m.others().get(i), m.othersBefore().get(i));
                if (o.mergedInto != null && drafts.containsKey(o.mergedInto)) {
                    drafts.get(o.mergedInto).mergedFrom.remove(o.id);
                }
                o.mergedInto = primary.id;
                o.pinned = false;
                primary.mergedFrom.add(o.id);
                // rows already merged into the other row now belong to the primary
                for (String inner : List.copyOf(o.mergedFrom)) {
                    Draft x = drafts.get(inner);
                    if (x != null) {
                        x.mergedInto = primary.id;
                    }
                    primary.mergedFrom.add(inner);
                }
                o.mergedFrom.clear();
            }
            primary.mergedFrom.remove(primary.id);
        }

        private void split(Draft burst, Edit.SplitBurst s) {
            removeParts(burst.id);
            splits.put(burst.id, s);
            Draft a = draft(s.firstId(), s.first());
            Draft b = draft(s.secondId(), s.second());
            for (Draft p : List.of(a, b)) {
                p.inherit(burst);
                p.splitFrom = burst.id;
            }
        }

        /// A part of a split burst reverts to the burst its source has.
        private Draft rootOf(Draft d) {
            Draft r = d;
            while (r.splitFrom != null && drafts.containsKey(r.splitFrom)) {
                r = drafts.get(r.splitFrom);
            }
            return r;
        }

        private void revert(Draft d) {
            d.resetContent();
            if (d.mergedInto != null) {
                Draft primary = drafts.get(d.mergedInto);
                if (primary != null) {
                    primary.mergedFrom.remove(d.id);
                }
                d.mergedInto = null;
            }
            for (String o : d.mergedFrom) {
                Draft x = drafts.get(o);
                if (x != null) {
                    x.mergedInto = null;
                }
            }
            d.mergedFrom.clear();
            if (d.manual != null) {
                d.snapshot = d.manual;
            }
            removeParts(d.id);
        }

        /// Undoes a split of `burstId`, with the splits of its parts.
        private void removeParts(String burstId) {
            Edit.SplitBurst old = splits.remove(burstId);
            if (old == null) {
                return;
            }
            for (String part : List.of(old.firstId(), old.secondId())) {
                removeParts(part);
                Draft p = drafts.remove(part);
                if (p != null) {
                    revertMergesOf(p);
                }
            }
        }

        private void revertMergesOf(Draft p) {
            if (p.mergedInto != null && drafts.containsKey(p.mergedInto)) {
                drafts.get(p.mergedInto).mergedFrom.remove(p.id);
            }
            for (String o : p.mergedFrom) {
                Draft x = drafts.get(o);
                if (x != null) {
                    x.mergedInto = null;
                }
            }
        }
    }
}
