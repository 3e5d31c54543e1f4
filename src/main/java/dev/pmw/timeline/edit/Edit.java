package dev.pmw.timeline.edit;

import dev.pmw.model.Event;
import dev.pmw.model.EventKind;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/// One change the user made to the timeline: a record in the edit layer over the parsed events
/// (ARCHITECTURE.md), keyed by the id of the row it changes. Every edit carries when it was made and
/// a snapshot of the row as it was shown before it, so that a row whose source record vanished on
/// re-import can still be shown (as an orphan), and the history can say what changed.
public sealed interface Edit {

    /// Id of the row the edit changes (for a merge: the row that stays).
    String target();

    /// When the user made the edit.
    Instant at();

    /// The row's event as shown just before the edit (the added event for [AddManualRow]).
    Event before();

    /// One line for the visible history: "Text of “Found it: …” (02:17:14) changed to “…”".
    String describe();

    /// A new time for the row. `forced` records that the user insisted on a time outside the
    /// plausible window (see [EditValidator]).
    record SetTime(String target, Instant at, Event before, Instant time, boolean forced) implements Edit {
        public SetTime {
            check(target, at, before);
            Objects.requireNonNull(time, "time");
        }

        @Override
        public String describe() {
            return "Time of " + Describe.row(before) + " set to " + Describe.time(time)
                    + (forced ? " (outside the incident window, set anyway)" : "");
        }
    }

    record SetText(String target, Instant at, Event before, String text) implements Edit {
        public SetText {
            check(target, at, before);
            text = text == null ? "" : text;
        }

        @Override
        public String describe() {
            return "Text of " + Describe.row(before) + " changed to " + Describe.quote(text);
        }
    }

    record SetKind(String target, Instant at, Event before, EventKind kind) implements Edit {
        public SetKind {
            check(target, at, before);
            Objects.requireNonNull(kind, "kind");
        }

        @Override
        public String describe() {
            return Describe.row(before) + " marked as " + kind.label() + " (was " + before.kind().label() + ")";
        }
    }

    record SetActor(String target, Instant at, Event before, String actor) implements Edit {
        public SetActor {
            check(target, at, before);
            actor = actor == null ? "" : actor.strip();
        }

        @Override
        public String describe() {
            return "Actor of " + Describe.row(before) + " set to " + Describe.quote(actor);
        }
    }

    /// Pins (always a key row) or unpins a row. Pinning also un-hides it.
    record Pin(String target, Instant at, Event before, boolean pinned) implements Edit {
        public Pin {
            check(target, at, before);
        }

        @Override
        public String describe() {
            return (pinned ? "Pinned " : "Unpinned ") + Describe.row(before);
        }
    }

    /// Hides a row from the key rows (or shows it again). Hiding also unpins it.
    record Hide(String target, Instant at, Event before, boolean hidden) implements Edit {
        public Hide {
            check(target, at, before);
        }

        @Override
        public String describe() {
            return (hidden ? "Hid " : "Showed again ") + Describe.row(before);
        }
    }

    /// Promote, demote, or give the decision back to the relevance rules.
    record SetRelevance(String target, Instant at, Event before, RelevanceOverride override) implements Edit {
        public SetRelevance {
            check(target, at, before);
            Objects.requireNonNull(override, "override");
        }

        @Override
        public String describe() {
            return switch (override) {
                case PROMOTED -> "Promoted " + Describe.row(before) + " to a key row";
                case DEMOTED -> "Demoted " + Describe.row(before) + " from the key rows";
                case AUTO -> "Relevance of " + Describe.row(before) + " left to the rules again";
            };
        }
    }

    /// The user's note on a row; a blank note removes it.
    record SetNote(String target, Instant at, Event before, String note) implements Edit {
        public SetNote {
            check(target, at, before);
            note = note == null ? "" : note.strip();
        }

        @Override
        public String describe() {
            return note.isEmpty() ? "Removed the note on " + Describe.row(before)
                    : "Note on " + Describe.row(before) + ": " + Describe.quote(note);
        }
    }

    /// Rows that record the same happening become one: the target stays, the others are hidden as
    /// merged into it. Nothing is deleted: both sources stay reachable from the merged row.
    ///
    /// @param others       ids of the rows merged into the target
    /// @param othersBefore their events as shown before the merge, in the same order
    record Merge(String target, Instant at, Event before, List<String> others, List<Event> othersBefore) implements Edit {
        public Merge {
            check(target, at, before);
            others = List.copyOf(others);
            othersBefore = List.copyOf(othersBefore);
            if (others.isEmpty() || others.size() != othersBefore.size()) {
                throw new IllegalArgumentException("a merge needs other rows, each with its snapshot");
            }
            if (others.contains(target)) {
                throw new IllegalArgumentException("a row cannot be merged into itself");
            }
        }

        @Override
        public String describe() {
            return "Merged " + (others.size() == 1 ? Describe.row(othersBefore.getFirst()) : others.size() + " rows")
                    + " into " + Describe.row(before);
        }
    }

    /// A row the user adds; [#before()] is the added event (its id is the target).
    record AddManualRow(String target, Instant at, Event before, boolean forced) implements Edit {
        public AddManualRow {
            check(target, at, before);
            if (!target.equals(before.id())) {
                throw new IllegalArgumentException("the target of an added row is its event id");
            }
        }

        public Event event() {
            return before;
        }

        @Override
        public String describe() {
            return "Added " + Describe.row(before) + (forced ? " (outside the incident window, added anyway)" : "");
        }
    }

    record RemoveManualRow(String target, Instant at, Event before) implements Edit {
        public RemoveManualRow {
            check(target, at, before);
        }

        @Override
        public String describe() {
            return "Removed the added row " + Describe.row(before);
        }
    }

    /// Splits a log burst in two at `splitAt`: lines before it form the first part, the others the
    /// second. The parts get stable ids ([#firstId()], [#secondId()]); `first` and `second` are the
    /// parts as computed when the edit was made, used when the log lines are not available (the
    /// source file is missing) — with the lines at hand the parts are computed again.
    record SplitBurst(String target, Instant at, Event before, Instant splitAt, Event first, Event second) implements Edit {
        public SplitBurst {
            check(target, at, before);
            Objects.requireNonNull(splitAt, "splitAt");
            Objects.requireNonNull(first, "first");
            Objects.requireNonNull(second, "second");
        }

        public String firstId() {
            return partId(target, splitAt, 1);
        }

        public String secondId() {
            return partId(target, splitAt, 2);
        }

        /// Stable id of a part: the same burst split at the same moment always gives the same ids.
        public static String partId(String burstId, Instant splitAt, int part) {
            return dev.pmw.model.EventIds.of(burstId, "split:" + part + ":" + splitAt);
        }

        @Override
        public String describe() {
            return "Split " + Describe.row(before) + " at " + Describe.time(splitAt) + " (" + first.count() + " + "
                    + second.count() + " lines)";
        }
    }

    /// Drops every earlier change to the row: fields, pin, hide, relevance, note, merges it takes
    /// part in, a split of it. The row shows what the source says again. On a part of a split
    /// burst it reverts the burst (the source has one burst, not parts).
    record RevertToSource(String target, Instant at, Event before) implements Edit {
        public RevertToSource {
            check(target, at, before);
        }

        @Override
        public String describe() {
            return "Reverted " + Describe.row(before) + " to its source";
        }
    }

    /// Pins an analysis boundary (`impact_start`, `detected` … as in `pmw analyze --json`) to a
    /// row, or unpins it (`pinned` false; the target is then the row it was pinned to).
    record PinBoundary(String target, Instant at, Event before, String boundary, boolean pinned) implements Edit {
        public PinBoundary {
            check(target, at, before);
            Objects.requireNonNull(boundary, "boundary");
        }

        @Override
        public String describe() {
            String b = boundary.replace('_', ' ');
            return pinned ? "Pinned " + b + " to " + Describe.row(before) : "Unpinned " + b;
        }
    }

    private static void check(String target, Instant at, Event before) {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(before, "before");
    }
}
