package dev.pmw.timeline.edit;

import dev.pmw.model.EventKind;
import dev.pmw.timeline.Incident;
import dev.pmw.timeline.Row;
import dev.pmw.timeline.Timeline;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static dev.pmw.timeline.edit.EditFixtures.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EditHistoryTest {
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private final Incident base = EditFixtures.incident();
    private final Timeline t = base.timeline();
    private final Row finding = row(t, "Found it");
    private final Row chatter = row(t, "anyone else");

    private Edit.SetText text(Row r, String s, long secondsAfterNow) {
        return new Edit.SetText(r.id(), NOW.plusSeconds(secondsAfterNow), r.event(), s);
    }

    @Test
    void undoAndRedoWalkTheStepsAndANewEditDropsTheRedoSteps() {
        EditHistory h = EditHistory.empty()
                .apply(text(finding, "a", 0))
                .apply(new Edit.Pin(chatter.id(), NOW.plusSeconds(1), chatter.event(), true))
                .apply(new Edit.SetKind(chatter.id(), NOW.plusSeconds(2), chatter.event(), EventKind.NOTE));
        assertEquals(3, h.layer().size());
        EditHistory u2 = h.undo().undo();
        assertEquals(1, u2.layer().size());
        assertTrue(u2.canRedo());
        assertEquals("a", base.withEdits(u2.layer()).timeline().byId(finding.id()).event().text());
        assertFalse(base.withEdits(u2.layer()).timeline().byId(chatter.id()).isPinned());
        assertEquals(h.layer(), u2.redo().redo().layer());
        EditHistory full = u2.redo().redo();
        assertSame(full, full.redo(), "nothing more to redo");

        EditHistory branched = u2.apply(text(chatter, "b", 3));
        assertFalse(branched.canRedo(), "a new edit after undo starts a new branch");
        assertEquals(2, branched.layer().size());
        EditHistory empty = EditHistory.empty();
        assertSame(empty, empty.undo(), "nothing to undo");
    }

    @Test
    void theVisibleHistoryDescribesEachStepAndShowsUndoneStepsGreyed() {
        EditHistory h = EditHistory.empty()
                .apply(text(finding, "Pool exhausted", 0))
                .apply(new Edit.Hide(chatter.id(), NOW.plusSeconds(5), chatter.event(), true))
                .undo();
        List<EditHistory.Entry> entries = h.entries();
        assertEquals(2, entries.size());
        assertEquals("Text of “Found it: payment-service HikariPool is…” (02:11:40) changed to “Pool exhausted”",
                entries.get(0).description());
        assertFalse(entries.get(0).undone());
        assertEquals("Hid “anyone else seeing this?” (02:10:00)", entries.get(1).description());
        assertTrue(entries.get(1).undone());
        assertEquals("Undo text of “Found it: payment-service HikariPool is…” (02:11:40) changed to “Pool exhausted”",
                h.undoLabel());
        assertEquals("Redo hid “anyone else seeing this?” (02:10:00)", h.redoLabel());
        assertEquals(0, h.moveTo(0).position());
        assertEquals(2, h.moveTo(2).position());
    }

    @Test
    void dirtyUntilSavedAndCleanAgainWhenUndoneBackToTheSave() {
        EditHistory h = EditHistory.empty();
        assertFalse(h.isDirty());
        h = h.apply(text(finding, "a", 0));
        assertTrue(h.isDirty());
        h = h.markSaved();
        assertFalse(h.isDirty());
        h = h.apply(new Edit.Pin(chatter.id(), NOW.plusSeconds(1), chatter.event(), true));
        assertTrue(h.isDirty());
        assertFalse(h.undo().isDirty(), "back at the saved state");
        assertTrue(h.undo().undo().isDirty(), "before the saved state");
        assertTrue(h.undo().undo().redo().redo().isDirty());
        assertFalse(h.undo().undo().redo().isDirty());

        EditHistory opened = EditHistory.of(h.layer());
        assertFalse(opened.isDirty(), "an opened project is clean");
        assertTrue(opened.canUndo(), "and its edits can be undone");
        assertTrue(opened.undo().isDirty());
    }

    @Test
    void consecutiveEditsOfOneFieldOfOneRowAreOneStep() {
        EditHistory h = EditHistory.empty()
                .apply(text(finding, "Pool", 0))
                .apply(text(finding, "Pool exh", 10))
                .apply(text(finding, "Pool exhausted", 20));
        assertEquals(1, h.layer().size());
        Edit.SetText only = (Edit.SetText) h.layer().edits().getFirst();
        assertEquals("Pool exhausted", only.text());
        assertEquals(finding.event(), only.before(), "the step's snapshot is the row before the first edit");
        assertEquals(finding.event().text(), base.withEdits(h.undo().layer()).timeline().byId(finding.id()).event().text());

        // another field, another row, a pause, or a save in between: separate steps
        assertEquals(2, EditHistory.empty().apply(text(finding, "a", 0))
                .apply(new Edit.SetActor(finding.id(), NOW.plusSeconds(1), finding.event(), "D")).layer().size());
        assertEquals(2, EditHistory.empty().apply(text(finding, "a", 0)).apply(text(chatter, "b", 1)).layer().size());
        assertEquals(2, EditHistory.empty().apply(text(finding, "a", 0)).apply(text(finding, "b", 61)).layer().size());
        assertEquals(2, EditHistory.empty().apply(text(finding, "a", 0)).markSaved().apply(text(finding, "b", 1))
                .layer().size());
    }

    @Test
    void typingTheOriginalTextBackRemovesTheStep() {
        EditHistory saved = EditHistory.empty();
        EditHistory typed = saved.apply(text(finding, "Pool", 0));
        Row shown = base.withEdits(typed.layer()).timeline().byId(finding.id());
        EditHistory h = typed.apply(text(shown, finding.event().text(), 5));
        assertTrue(h.layer().isEmpty());
        assertFalse(h.isDirty());
        assertNull(h.undoLabel());
        assertSame(saved, saved.apply(text(finding, finding.event().text(), 0)), "setting the shown value is no step");
    }
}
