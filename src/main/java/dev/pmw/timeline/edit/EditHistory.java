package dev.pmw.timeline.edit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/// Undo and redo over the edit layer, with a saved mark. Immutable: every operation returns a new
/// history, so it can sit in a property and be handed to background work (autosave) as it is.
///
/// Consecutive edits of the same field of the same row made within [#MERGE_WINDOW] of each other
/// become one step (typing a text in three goes is undone in one); an edit that brings a field back
/// to what it was before the step removes the step.
public final class EditHistory {
    /// Consecutive same-field edits of one row closer than this are one undo step.
    public static final Duration MERGE_WINDOW = Duration.ofSeconds(60);

    private static final AtomicLong STATES = new AtomicLong();

    /// A step: the edit and the identity of the state after it.
    private record Step(Edit edit, long state) {
    }

    /// One line of the visible history.
    ///
    /// @param description what the edit did ("Text of “…” (02:17:14) changed to “…”")
    /// @param at          when the user made it
    /// @param target      id of the row it changed
    /// @param undone      true for steps that were undone and can be redone
    /// @param edit        the edit itself
    public record Entry(String description, Instant at, String target, boolean undone, Edit edit) {
    }

    private final long base;
    private final List<Step> done;
    private final List<Step> undone;
    private final long saved;
    private final EditLayer layer;

    private EditHistory(long base, List<Step> done, List<Step> undone, long saved) {
        this.base = base;
        this.done = List.copyOf(done);
        this.undone = List.copyOf(undone);
        this.saved = saved;
        this.layer = new EditLayer(this.done.stream().map(Step::edit).toList());
    }

    /// No edits, nothing to save.
    public static EditHistory empty() {
        long b = STATES.incrementAndGet();
        return new EditHistory(b, List.of(), List.of(), b);
    }

    /// The edits of an opened project, each undoable, marked saved.
    public static EditHistory of(EditLayer savedLayer) {
        long b = STATES.incrementAndGet();
        List<Step> steps = new ArrayList<>();
        for (Edit e : savedLayer.edits()) {
            steps.add(new Step(e, STATES.incrementAndGet()));
        }
        long current = steps.isEmpty() ? b : steps.getLast().state();
        return new EditHistory(b, steps, List.of(), current);
    }

    /// The edits in effect: hand this to [dev.pmw.timeline.Incident#withEdits(EditLayer)].
    public EditLayer layer() {
        return layer;
    }

    /// Adds an edit (clears what could be redone). An edit that sets a field to the value it
    /// already shows changes nothing and is not a step.
    public EditHistory apply(Edit e) {
        Objects.requireNonNull(e, "edit");
        if (Merging.isNoOp(e)) {
            return this; // the field already shows that value
        }
        List<Step> steps = new ArrayList<>(done);
        if (!steps.isEmpty()) {
            Step last = steps.getLast();
            // never merge into a saved step: the saved state must stay reachable by undo
            Edit merged = last.state() == saved ? null : Merging.merge(last.edit(), e);
            if (merged != null) {
                steps.removeLast();
                if (!Merging.isNoOp(merged)) {
                    steps.add(new Step(merged, STATES.incrementAndGet()));
                }
                return new EditHistory(base, steps, List.of(), saved);
            }
        }
        steps.add(new Step(e, STATES.incrementAndGet()));
        return new EditHistory(base, steps, List.of(), saved);
    }

    public boolean canUndo() {
        return !done.isEmpty();
    }

    public boolean canRedo() {
        return !undone.isEmpty();
    }

    /// Takes back the last step (unchanged when there is none).
    public EditHistory undo() {
        if (done.isEmpty()) {
            return this;
        }
        List<Step> d = new ArrayList<>(done);
        List<Step> u = new ArrayList<>(undone);
        u.add(d.removeLast());
        return new EditHistory(base, d, u, saved);
    }

    /// Applies the last undone step again (unchanged when there is none).
    public EditHistory redo() {
        if (undone.isEmpty()) {
            return this;
        }
        List<Step> d = new ArrayList<>(done);
        List<Step> u = new ArrayList<>(undone);
        d.add(u.removeLast());
        return new EditHistory(base, d, u, saved);
    }

    /// "Undo Text of “…” changed to “…”", or null when there is nothing to undo (menu labels).
    public String undoLabel() {
        return done.isEmpty() ? null : "Undo " + lowerFirst(done.getLast().edit().describe());
    }

    public String redoLabel() {
        return undone.isEmpty() ? null : "Redo " + lowerFirst(undone.getLast().edit().describe());
    }

    /// Whether the edits differ from the last save (or open). Undoing back to the saved state
    /// makes it clean again.
    public boolean isDirty() {
        return state() != saved;
    }

    /// After a successful save.
    public EditHistory markSaved() {
        return new EditHistory(base, done, undone, state());
    }

    /// Dirty whatever is undone or redone, until [#markSaved()] (a project restored from an
    /// autosave recovery file).
    public EditHistory markUnsaved() {
        return new EditHistory(base, done, undone, -1);
    }

    /// The visible history: applied steps oldest first, then the undone ones (most recently undone
    /// last), flagged.
    public List<Entry> entries() {
        List<Entry> out = new ArrayList<>(done.size() + undone.size());
        for (Step s : done) {
            out.add(entry(s.edit(), false));
        }
        for (int i = undone.size() - 1; i >= 0; i--) {
            out.add(entry(undone.get(i).edit(), true));
        }
        return out;
    }

    /// Number of applied steps (the position in [#entries()]).
    public int position() {
        return done.size();
    }

    /// Undoes or redoes until `position` steps are applied (clicking an entry of the history).
    public EditHistory moveTo(int position) {
        EditHistory h = this;
        while (h.position() > position && h.canUndo()) {
            h = h.undo();
        }
        while (h.position() < position && h.canRedo()) {
            h = h.redo();
        }
        return h;
    }

    private long state() {
        return done.isEmpty() ? base : done.getLast().state();
    }

    private static Entry entry(Edit e, boolean undone) {
        return new Entry(e.describe(), e.at(), e.target(), undone, e);
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() || s.startsWith("“") ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
