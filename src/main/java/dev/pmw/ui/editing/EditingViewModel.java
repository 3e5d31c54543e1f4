package dev.pmw.ui.editing;

import dev.pmw.model.EventKind;
import dev.pmw.timeline.Incident;
import dev.pmw.timeline.Row;
import dev.pmw.timeline.Timeline;
import dev.pmw.timeline.edit.Edit;
import dev.pmw.timeline.edit.EditHistory;
import dev.pmw.timeline.edit.EditValidator;
import dev.pmw.timeline.edit.Edits;
import dev.pmw.timeline.edit.RelevanceOverride;
import dev.pmw.ui.work.IncidentChanges;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;

/// Every change the user makes to rows, with undo and redo: edits are checked by
/// [EditValidator] first; a refused edit is not made and says why, and when the refusal can be
/// overridden (a time outside the plausible window) the user may apply it anyway. The history
/// is immutable ([EditHistory]); each new state's edit layer is applied to the incident in the
/// background through [IncidentChanges].
public final class EditingViewModel {
    private final ReadOnlyObjectProperty<Incident> incident;
    private final IncidentChanges changes;
    private final Edits edits;
    private final Supplier<ZoneId> zone;

    private final ReadOnlyObjectWrapper<EditHistory> history = new ReadOnlyObjectWrapper<>(EditHistory.empty());
    private final ObservableList<EditHistory.Entry> entries = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper position = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper undoLabel = new ReadOnlyStringWrapper("Undo");
    private final ReadOnlyStringWrapper redoLabel = new ReadOnlyStringWrapper("Redo");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Refusal> refusal = new ReadOnlyObjectWrapper<>();

    /// An edit that was not made.
    ///
    /// @param message     why, for the user
    /// @param applyAnyway makes the edit regardless (the user insists), or null when it cannot be made
    public record Refusal(String message, Runnable applyAnyway) {
        public boolean forcible() {
            return applyAnyway != null;
        }
    }

    /// @param zone the zone the table shows times in: a typed "14:05" is read in it
    public EditingViewModel(ReadOnlyObjectProperty<Incident> incident, IncidentChanges changes, Edits edits,
                            Supplier<ZoneId> zone) {
        this.incident = incident;
        this.changes = changes;
        this.edits = edits;
        this.zone = zone;
        history.addListener((o, old, now) -> publish(now));
        publish(history.get());
    }

    // ---- properties ------------------------------------------------------------------------

    public ReadOnlyObjectProperty<EditHistory> historyProperty() { return history.getReadOnlyProperty(); }
    /// The visible history: applied steps, then undone ones.
    public ObservableList<EditHistory.Entry> entries() { return entries; }
    /// How many entries are applied.
    public ReadOnlyIntegerProperty positionProperty() { return position.getReadOnlyProperty(); }
    public ReadOnlyStringProperty undoLabelProperty() { return undoLabel.getReadOnlyProperty(); }
    public ReadOnlyStringProperty redoLabelProperty() { return redoLabel.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty canUndoProperty() { return canUndo.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty canRedoProperty() { return canRedo.getReadOnlyProperty(); }
    /// The last edit that was refused (the view shows it and offers "apply anyway"); null after
    /// [#dismissRefusal()].
    public ReadOnlyObjectProperty<Refusal> refusalProperty() { return refusal.getReadOnlyProperty(); }

    // ---- commands: fields ------------------------------------------------------------------

    /// A time typed as the table shows it ("02:17:30", "2026-02-16 02:17", ISO-8601 …).
    public void setTime(Row row, String text) {
        EditValidator.TimeInput in = EditValidator.parseTime(text, row, zone.get(), timeline());
        if (in.time() == null) {
            refuse(in.verdict().message(), null);
            return;
        }
        if (!in.ok()) {
            refuse(in.verdict().message(), () -> apply(edits.setTime(row, in.time(), true)));
            return;
        }
        apply(edits.setTime(row, in.time(), false));
    }

    public void setText(Row row, String text) {
        apply(edits.setText(row, text));
    }

    public void setKind(Row row, EventKind kind) {
        apply(edits.setKind(row, kind));
    }

    public void setActor(Row row, String actor) {
        apply(edits.setActor(row, actor));
    }

    /// Note on the row; blank removes it.
    public void setNote(Row row, String note) {
        apply(edits.note(row, note));
    }

    // ---- commands: relevance ---------------------------------------------------------------

    /// Pins the row (always a key row), or unpins a pinned one.
    public void togglePin(Row row) {
        apply(edits.pin(row, !row.isPinned()));
    }

    /// Hides the row from the key rows, or shows a hidden one again.
    public void toggleHide(Row row) {
        apply(edits.hide(row, !row.state().hidden()));
    }

    /// Makes the row a key row; on a promoted row, leaves it to the rules again.
    public void promote(Row row) {
        apply(edits.relevance(row, row.state().override() == RelevanceOverride.PROMOTED ? RelevanceOverride.AUTO
                : RelevanceOverride.PROMOTED));
    }

    /// Hides the row as noise; on a demoted row, leaves it to the rules again.
    public void demote(Row row) {
        apply(edits.relevance(row, row.state().override() == RelevanceOverride.DEMOTED ? RelevanceOverride.AUTO
                : RelevanceOverride.DEMOTED));
    }

    // ---- commands: rows --------------------------------------------------------------------

    /// Rows that record the same happening become one: the first of `rows` in time stays.
    public void merge(List<Row> rows) {
        List<Row> distinct = rows.stream().distinct().sorted(java.util.Comparator.comparing(r -> r.event().time())).toList();
        if (distinct.size() < 2) {
            refuse("Select two or more rows to merge (Ctrl or Shift and click).", null);
            return;
        }
        apply(edits.merge(distinct.getFirst(), distinct.subList(1, distinct.size())));
    }

    /// Splits a burst in two at `at`.
    public void split(Row row, Instant at) {
        EditValidator.Verdict v = EditValidator.checkSplit(timeline(), row, at);
        if (!v.ok()) {
            refuse(v.message(), null);
            return;
        }
        Edit.SplitBurst e = edits.split(timeline(), row, at);
        if (e == null) {
            refuse("The burst cannot be split there.", null);
            return;
        }
        apply(e);
    }

    /// Splits a burst at a time typed as the table shows it.
    public void split(Row row, String timeText) {
        EditValidator.TimeInput in = EditValidator.parseTime(timeText, row, zone.get(), null);
        if (in.time() == null) {
            refuse(in.verdict().message(), null);
            return;
        }
        split(row, in.time());
    }

    /// Adds a row; `timeText` as in [#setTime], a clock time on the day of `near` (the selected
    /// row; null: the day the incident window starts).
    public void addRow(String timeText, EventKind kind, String actor, String text, Row near) {
        EditValidator.TimeInput in = EditValidator.parseTime(timeText, near != null ? near : dayOfIncident(), zone.get(),
                timeline());
        if (in.time() == null) {
            refuse(in.verdict().message(), null);
            return;
        }
        if (!in.ok()) {
            refuse(in.verdict().message(), () -> apply(edits.addRow(in.time(), kind, actor, text, true)));
            return;
        }
        apply(edits.addRow(in.time(), kind, actor, text, false));
    }

    public void removeRow(Row row) {
        apply(edits.removeRow(row));
    }

    /// Drops the user's changes to the row: it shows what its source says again.
    public void revert(Row row) {
        apply(edits.revert(row));
    }

    // ---- commands: history -----------------------------------------------------------------

    public void undo() {
        if (history.get().canUndo()) {
            setHistory(history.get().undo(), "Undoing…");
        }
    }

    public void redo() {
        if (history.get().canRedo()) {
            setHistory(history.get().redo(), "Redoing…");
        }
    }

    /// Undoes or redoes until `position` entries are applied (a click in the history panel).
    public void moveTo(int pos) {
        if (pos != history.get().position()) {
            setHistory(history.get().moveTo(pos), "Going back in the history…");
        }
    }

    /// Another history (a project opened or restored); its layer is already in the incident.
    public void reset(EditHistory h) {
        history.set(h);
    }

    /// After a save: the current state is the saved one.
    public void markSaved() {
        history.set(history.get().markSaved());
    }

    public void dismissRefusal() {
        refusal.set(null);
    }

    // ---- internals -------------------------------------------------------------------------

    /// Checks and applies an edit; a refusal is reported instead.
    public void apply(Edit e) {
        EditValidator.Verdict v = EditValidator.check(e, timeline());
        if (!v.ok()) {
            refuse(v.message(), v.forcible() ? () -> applyUnchecked(e) : null);
            return;
        }
        applyUnchecked(e);
    }

    private void applyUnchecked(Edit e) {
        EditHistory next = history.get().apply(e);
        if (next == history.get()) {
            return; // the row already shows that
        }
        refusal.set(null);
        setHistory(next, e.describe() + "…");
    }

    private void setHistory(EditHistory h, String status) {
        history.set(h);
        dev.pmw.timeline.edit.EditLayer layer = h.layer();
        changes.submit(status, (inc, work) -> inc.withEdits(layer));
    }

    private void refuse(String message, Runnable anyway) {
        refusal.set(null); // the same refusal twice is still shown twice
        refusal.set(new Refusal(message, anyway));
    }

    /// A row on the day the incident window starts, to read a clock time typed without a date.
    private Row dayOfIncident() {
        Timeline t = timeline();
        Instant start = t.context().windowStart();
        return t.rows().stream().filter(r -> start == null || !r.event().time().isBefore(start)).findFirst()
                .orElse(t.rows().isEmpty() ? null : t.rows().getFirst());
    }

    private Timeline timeline() {
        Incident inc = incident.get();
        return inc.isEmpty() ? Timeline.empty() : inc.timeline();
    }

    private void publish(EditHistory h) {
        entries.setAll(h.entries());
        position.set(h.position());
        canUndo.set(h.canUndo());
        canRedo.set(h.canRedo());
        undoLabel.set(h.canUndo() ? h.undoLabel() : "Undo");
        redoLabel.set(h.canRedo() ? h.redoLabel() : "Redo");
    }
}
