package dev.pmw.timeline.edit;

import dev.pmw.model.EventKind;
import dev.pmw.timeline.Incident;
import dev.pmw.timeline.Row;
import dev.pmw.timeline.RowState;
import dev.pmw.timeline.Timeline;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static dev.pmw.timeline.edit.EditFixtures.T0;
import static dev.pmw.timeline.edit.EditFixtures.burst;
import static dev.pmw.timeline.edit.EditFixtures.row;
import static dev.pmw.timeline.edit.EditFixtures.view;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/// Every kind of edit changes what the user sees, and undo gives back exactly what was there.
class EditLayerTest {
    private final Edits edits = new Edits(Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC));
    private final Incident base = EditFixtures.incident();
    private final Timeline before = base.timeline();

    private Timeline apply(Edit e) {
        assertTrue(EditValidator.check(e, before).ok(), () -> EditValidator.check(e, before).message());
        EditHistory h = EditHistory.empty().apply(e);
        Timeline after = base.withEdits(h.layer()).timeline();
        assertEquals(view(before), view(base.withEdits(h.undo().layer()).timeline()), "undo restores every row");
        assertEquals(view(after), view(base.withEdits(h.undo().redo().layer()).timeline()), "redo gives the edit back");
        return after;
    }

    @Test
    void newTimeMovesTheRowMarksTheTimeEditedAndKeepsTheSourceTimeForRevert() {
        Row found = row(before, "Found it");
        Timeline t = apply(edits.setTime(found, T0.plusSeconds(1000), false));
        Row r = t.byId(found.id());
        assertEquals(T0.plusSeconds(1000), r.event().time());
        assertTrue(r.isEdited(Field.TIME));
        assertEquals(T0.plusSeconds(700), r.original().time(), "the detail view shows the source time");
        assertTrue(t.indexOf(r.id()) > t.indexOf(row(t, "Applying hotfix").id()), "re-sorted after the 02:15 hotfix");
    }

    @Test
    void chatEditedIntoADeployIsScoredAsADeploy() {
        Row chatter = row(before, "the nightly job");
        assertFalse(chatter.isKey(), "plain chatter is hidden by the rules");
        Timeline t = apply(edits.setKind(chatter, EventKind.DEPLOY));
        Row r = t.byId(chatter.id());
        assertEquals(EventKind.DEPLOY, r.event().kind());
        assertTrue(r.isKey());
        assertTrue(r.relevance().reasons().contains("deploy, rollback, config change or job run"), r.relevance().reasons()::toString);
        assertEquals(EventKind.CHAT, r.original().kind());
    }

    @Test
    void textAndActorEditsShowWithTheirMarkers() {
        Row r0 = row(before, "anyone else");
        Timeline t = apply(edits.setText(r0, "Rafa asks whether anyone else sees 503s"));
        assertEquals("Rafa asks whether anyone else sees 503s", t.byId(r0.id()).event().text());
        assertEquals(java.util.Set.of(Field.TEXT), t.byId(r0.id()).state().edited());
        t = apply(edits.setActor(r0, "Rafa Soler"));
        assertEquals("Rafa Soler", t.byId(r0.id()).event().actor());
        assertTrue(t.byId(r0.id()).isEdited(Field.ACTOR));
    }

    @Test
    void pinMakesAHiddenRowKeyAndHideHidesAKeyRow() {
        Row chatter = row(before, "anyone else");
        Row r = apply(edits.pin(chatter, true)).byId(chatter.id());
        assertTrue(r.isKey());
        assertTrue(r.isPinned());
        assertEquals("pinned by you", r.relevance().reasons().getFirst());

        Row alert = row(before, "[Triggered]");
        assertTrue(alert.isKey());
        Timeline t = apply(edits.hide(alert, true));
        assertFalse(t.byId(alert.id()).isKey());
        assertEquals("user-hidden", t.byId(alert.id()).relevance().hiddenBy());
        assertTrue(t.hiddenSummary().contains("1 hidden by you"), t.hiddenSummary());
    }

    @Test
    void promoteAndDemoteOverrideTheRulesWithOneEdit() {
        Row chatter = row(before, "anyone else");
        Row up = apply(edits.promote(chatter)).byId(chatter.id());
        assertTrue(up.isKey());
        assertEquals(RelevanceOverride.PROMOTED, up.state().override());
        Row finding = row(before, "Found it");
        Row down = apply(edits.demote(finding)).byId(finding.id());
        assertFalse(down.isKey());
        assertEquals("user-demoted", down.relevance().hiddenBy());
    }

    @Test
    void aNoteStaysOnTheRow() {
        Row finding = row(before, "Found it");
        Row r = apply(edits.note(finding, "Root cause confirmed by the DB team")).byId(finding.id());
        assertEquals("Root cause confirmed by the DB team", r.state().note());
        assertFalse(r.isEdited(), "a note is not a field edit");
        assertEquals(before.byId(finding.id()).event(), r.event());
    }

    @Test
    void mergeHidesTheOtherRowAndKeepsBothSources() {
        Row alert = row(before, "[Triggered]");
        Row finding = row(before, "Found it");
        Timeline t = apply(edits.merge(alert, List.of(finding)));
        Row primary = t.byId(alert.id());
        Row merged = t.byId(finding.id());
        assertNotNull(merged, "the merged row is still in the timeline");
        assertEquals(alert.id(), merged.state().mergedInto());
        assertFalse(merged.isKey());
        assertEquals("merged", merged.relevance().hiddenBy());
        assertEquals(List.of(finding.id()), primary.state().mergedFrom());
        assertEquals(List.of(merged), t.mergedInto(primary));
        assertEquals(finding.event().source(), t.mergedInto(primary).getFirst().event().source(), "its source is kept");
        assertEquals(before.size(), t.size());
    }

    @Test
    void anAddedRowIsKeyAndCanBeRemoved() {
        Edit.AddManualRow add = edits.addRow(T0.plusSeconds(650), EventKind.NOTE, "Dani", "Checked the DB dashboards", false);
        Timeline t = apply(add);
        Row r = t.byId(add.target());
        assertTrue(r.isManual());
        assertTrue(r.isKey());
        assertEquals(-1, r.source());
        assertEquals(before.size() + 1, t.size());
        assertTrue(t.indexOf(r.id()) < t.indexOf(row(t, "Found it").id()), "sorted in by its time");

        EditHistory h = EditHistory.empty().apply(add);
        Timeline withRow = base.withEdits(h.layer()).timeline();
        Edit.RemoveManualRow remove = edits.removeRow(withRow.byId(add.target()));
        assertTrue(EditValidator.check(remove, withRow).ok());
        assertEquals(view(before), view(base.withEdits(h.apply(remove).layer()).timeline()));
        assertFalse(EditValidator.check(edits.removeRow(row(before, "Found it")), before).ok(),
                "a source row cannot be removed, only hidden");
    }

    @Test
    void splittingABurstGivesTwoRowsWithStableIdsThatCoverAllLines() {
        Row b = burst(before);
        assertEquals(40, b.event().count());
        Instant at = T0.plusSeconds(240 + 15 * 5); // the 16th line
        Edit.SplitBurst split = edits.split(before, b, at);
        assertNotNull(split);
        Timeline t = apply(split);
        assertNull(t.byId(b.id()), "the burst is replaced by its parts");
        Row first = t.byId(split.firstId());
        Row second = t.byId(split.secondId());
        assertEquals(15, first.event().count());
        assertEquals(25, second.event().count());
        assertEquals(T0.plusSeconds(240), first.event().time());
        assertEquals(T0.plusSeconds(240 + 14 * 5), first.event().endTime());
        assertEquals(at, second.event().time());
        assertEquals(T0.plusSeconds(240 + 39 * 5), second.event().endTime());
        assertEquals(b.id(), first.state().splitFrom());
        assertEquals(15, t.lines(first).length);
        assertEquals(25, t.lines(second).length);
        assertEquals(split.firstId(), edits.split(before, b, at).firstId(), "the same split gives the same ids");

        // a part can be split again
        Edit.SplitBurst again = edits.split(t, second, at.plusSeconds(50));
        assertNotNull(again);
        Timeline t2 = base.withEdits(new EditLayer(List.of(split, again))).timeline();
        assertEquals(10, t2.byId(again.firstId()).event().count());
        assertEquals(15, t2.byId(again.secondId()).event().count());
        assertEquals(15, t2.lines(t2.byId(again.secondId())).length);

        // revert on a part gives the burst back as the source has it
        Edit.RevertToSource unsplit = edits.revert(t2.byId(again.firstId()));
        assertTrue(EditValidator.check(unsplit, t2).ok());
        assertEquals(view(before), view(base.withEdits(new EditLayer(List.of(split, again, unsplit))).timeline()));

        assertFalse(EditValidator.checkSplit(before, b, T0.plusSeconds(100)).ok(), "before the first line");
        assertFalse(EditValidator.checkSplit(before, row(before, "Found it"), at).ok(), "not a burst");
    }

    @Test
    void revertToSourceDropsEveryChangeOfTheRow() {
        Row finding = row(before, "Found it");
        Row alert = row(before, "[Triggered]");
        EditLayer layer = new EditLayer(List.of(edits.setText(finding, "x"), edits.setKind(finding, EventKind.NOTE),
                edits.pin(finding, true), edits.note(finding, "n"), edits.merge(finding, List.of(alert))));
        Timeline edited = base.withEdits(layer).timeline();
        assertTrue(edited.byId(finding.id()).state().hasUserChanges());
        Edit.RevertToSource revert = edits.revert(edited.byId(finding.id()));
        assertTrue(EditValidator.check(revert, edited).ok());
        Timeline t = base.withEdits(layer.with(revert)).timeline();
        assertEquals(view(before), view(t));
        assertFalse(EditValidator.check(edits.revert(t.byId(finding.id())), t).ok(), "nothing left to revert");
    }

    @Test
    void aBoundaryPinIsGivenToTheAnalysis() {
        Row alert = row(before, "[Triggered]");
        Timeline t = apply(edits.pinBoundary("detected", alert));
        assertEquals(java.util.Map.of("detected", alert.id()), t.boundaryPins());
        assertEquals(java.util.Map.of(), base.withEdits(new EditLayer(List.of(edits.pinBoundary("detected", alert),
                edits.unpinBoundary("detected", alert)))).timeline().boundaryPins());
        assertFalse(EditValidator.check(edits.pinBoundary("lunch", alert), t).ok());
    }

    @Test
    void anEditedRowWhoseSourceRecordVanishesIsShownAsAnOrphan() {
        Row finding = row(before, "Found it");
        Incident edited = base.withEdits(new EditLayer(List.of(edits.setText(finding, "Pool exhausted (Dani)"))));
        // the chat export is imported again without Dani's message
        List<dev.pmw.model.Event> changed = EditFixtures.chat().stream().filter(e -> !e.text().startsWith("Found it")).toList();
        Incident reimported = edited.withAdded(List.of(EditFixtures.source(
                EditFixtures.result("chat.json", "slack-export", changed, null))));
        Timeline t = reimported.timeline();
        Row orphan = t.byId(finding.id());
        assertNotNull(orphan, "an edited row is not dropped");
        assertTrue(orphan.isOrphaned());
        assertEquals(RowState.Origin.ORPHAN, orphan.state().origin());
        assertEquals("Pool exhausted (Dani)", orphan.event().text());
        assertEquals(T0.plusSeconds(700), orphan.event().time());
        assertEquals(EventKind.CHAT, orphan.event().kind(), "kind from the snapshot");
        assertTrue(orphan.isKey(), "the user should notice it");
        assertEquals(0, orphan.source(), "still attributed to the chat source");
        assertEquals(before.size(), t.size());
    }

    @Test
    void editsSurviveReimportingAnUnchangedSource() {
        Row chatter = row(before, "the nightly job");
        Incident edited = base.withEdits(new EditLayer(List.of(edits.setKind(chatter, EventKind.DEPLOY))));
        Incident reimported = edited.withAdded(List.of(EditFixtures.source(
                EditFixtures.result("chat.json", "slack-export", EditFixtures.chat(), null))));
        assertEquals(view(edited.timeline()), view(reimported.timeline()));
        assertEquals(EventKind.DEPLOY, reimported.timeline().byId(chatter.id()).event().kind());
    }
}
