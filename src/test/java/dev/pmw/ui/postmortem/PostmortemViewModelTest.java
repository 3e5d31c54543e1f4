package dev.pmw.ui.postmortem;

import dev.pmw.draft.ActionItem;
import dev.pmw.draft.ActionStatus;
import dev.pmw.draft.CitationIndex;
import dev.pmw.draft.Origin;
import dev.pmw.draft.PostmortemDocument;
import dev.pmw.draft.Priority;
import dev.pmw.draft.Section;
import dev.pmw.draft.SectionIntent;
import dev.pmw.draft.Templates;
import dev.pmw.draft.check.LintFinding;
import dev.pmw.draft.check.Status;
import dev.pmw.ui.SampleData;
import dev.pmw.ui.shell.MainViewModel;
import dev.pmw.ui.shell.Workspace;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PostmortemViewModelTest {
    /// The first alert row of the sample (Datadog timeline, 02:12:00 UTC).
    private static final String ALERT = "e-02kcmrf7yrn5";

    private static MainViewModel drafted() {
        MainViewModel w = SampleData.loaded();
        assertTrue(w.postmortem().canDraftProperty().get());
        w.postmortem().draftAll();
        return w;
    }

    @Test
    void draftingTheSampleOfflineFillsEverySectionAndEveryCitationResolves() {
        MainViewModel w = SampleData.loaded();
        PostmortemViewModel pm = w.postmortem();
        assertNull(pm.documentProperty().get());
        assertTrue(pm.sections().isEmpty());

        pm.draftAll();

        PostmortemDocument doc = pm.documentProperty().get();
        assertEquals(Templates.STANDARD, doc.template());
        assertEquals(Templates.standard().sections().size(), pm.sections().size());
        for (Section s : doc.sections()) {
            assertFalse(s.text().isBlank(), s.heading() + " is empty");
            assertEquals(Origin.OFFLINE, s.origin());
            assertNull(s.proposal());
        }
        assertFalse(doc.actionItems().isEmpty());
        assertTrue(doc.citations().size() > 10, "the draft cites its evidence");
        assertEquals(List.of(), new CitationIndex(w.incidentProperty().get().timeline()).unresolved(doc));
        assertEquals("SEV2", doc.facts().severity());
        assertTrue(pm.statusProperty().get().startsWith("Drafted 7 sections offline"), pm.statusProperty().get());
        assertTrue(w.project().dirtyProperty().get());
        // the offline draft holds up against its own evidence
        for (SectionModel m : pm.sections()) {
            assertEquals(m.section().text(), m.check().text(), "checked after drafting");
            assertTrue(m.check().flagged().stream().noneMatch(c -> c.status() == Status.CONTRADICTED),
                    () -> m.key() + ": " + m.check().flagged());
            assertTrue(m.check().lint().stream().noneMatch(f -> f.category() == LintFinding.Category.PERSON_AS_CAUSE),
                    () -> m.key() + ": " + m.check().lint());
        }
        assertTrue(pm.sections().getFirst().check().marks().stream().anyMatch(k -> k.kind() == Mark.Kind.CITATION));
    }

    @Test
    void aSectionTheUserWroteGetsTheRedraftAsAProposalToAcceptOrReject() {
        MainViewModel w = drafted();
        PostmortemViewModel pm = w.postmortem();
        String offline = pm.section("summary").section().text();
        String mine = "Card payments failed for 28 minutes while the invoice job held the database pool.";
        pm.setText("summary", mine);
        assertEquals(Origin.USER, pm.section("summary").section().origin());
        String impactBefore = pm.section("impact").section().text();

        pm.draftAll();

        Section summary = pm.section("summary").section();
        assertEquals(mine, summary.text(), "the user's text is never overwritten");
        assertNotNull(summary.proposal());
        assertEquals(offline, summary.proposal().text());
        assertNull(pm.section("impact").section().proposal(), "untouched drafts are simply replaced");
        assertEquals(impactBefore, pm.section("impact").section().text());
        assertTrue(pm.statusProperty().get().contains("1 section you wrote has a new draft to review"), pm.statusProperty().get());

        pm.dismissProposal("summary");
        assertEquals(mine, pm.section("summary").section().text());
        assertNull(pm.section("summary").section().proposal());

        pm.draftAll();
        pm.accept("summary");
        assertEquals(offline, pm.section("summary").section().text());
        assertTrue(pm.section("summary").section().accepted());
        assertNull(pm.section("summary").section().proposal());
        pm.draftAll();
        assertNotNull(pm.section("summary").section().proposal(), "an accepted section is the user's too");
    }

    @Test
    void aTimeTheEvidenceDoesNotHaveIsFlaggedWithTheReason() {
        MainViewModel w = drafted();
        PostmortemViewModel pm = w.postmortem();
        String text = "The first alert fired at 02:05 UTC [" + ALERT + "]. Dani Ortega acknowledged the page at 02:14 UTC "
                + "[e-jv68e2sx7ydk].";
        pm.setText("timeline", text);

        SectionCheck c = pm.section("timeline").check();
        assertEquals(text, c.text());
        assertEquals(1, c.flagged().size());
        assertEquals(Status.CONTRADICTED, c.flagged().getFirst().status());
        assertTrue(c.flagged().getFirst().reason().contains("02:05"), c.flagged().getFirst().reason());
        int at = text.indexOf("02:05");
        List<Mark> here = c.at(at);
        assertEquals(Mark.Kind.WRONG_VALUE, here.getFirst().kind());
        assertTrue(here.stream().anyMatch(m -> m.kind() == Mark.Kind.CONTRADICTED && m.message().startsWith("Does not match")));
        assertTrue(c.at(text.indexOf("02:14")).stream().noneMatch(m -> m.kind() == Mark.Kind.CONTRADICTED),
                "the true sentence is not flagged");
        assertTrue(c.at(text.indexOf(ALERT)).stream().anyMatch(m -> m.kind() == Mark.Kind.CITATION
                && m.message().contains("API error rate")), "a citation's tooltip shows its row");
        assertTrue(pm.issues().stream().anyMatch(i -> i.kind() == Issue.Kind.CONTRADICTED && i.heading().equals("Timeline")));

        pm.setText("timeline", text.replace("02:05", "02:12"));
        assertTrue(pm.section("timeline").check().flagged().isEmpty(), "fixed once the time matches");
    }

    @Test
    void blamingAPersonIsFlaggedAndTheQuickFixRewritesItNeutrally() {
        MainViewModel w = drafted();
        PostmortemViewModel pm = w.postmortem();
        pm.setText("root_cause", "Dani broke prod during the deploy.");

        SectionCheck c = pm.section("root_cause").check();
        assertEquals(1, c.lint().size());
        assertEquals(LintFinding.Category.PERSON_AS_CAUSE, c.lint().getFirst().category());
        Mark blame = c.at(0).stream().filter(Mark::fixable).findFirst().orElseThrow();
        assertEquals("Dani broke prod", "Dani broke prod during the deploy.".substring(blame.start(), blame.end()));
        assertTrue(blame.message().startsWith("Blame: A person as the cause"), blame.message());
        assertTrue(pm.issues().stream().anyMatch(i -> i.kind() == Issue.Kind.WORDING && i.excerpt().equals("“Dani broke prod”")));

        String fixed = pm.applyQuickFix("root_cause", blame);

        assertEquals("prod broke after a change during the deploy.", fixed);
        assertEquals(fixed, pm.section("root_cause").section().text());
        assertTrue(pm.section("root_cause").check().lint().isEmpty());
    }

    @Test
    void actionItemsAreEditedFieldByFieldAndSurviveTheNextDraft() {
        MainViewModel w = drafted();
        PostmortemViewModel pm = w.postmortem();
        int drafted = pm.documentProperty().get().actionItems().size();
        String id = pm.addActionItem();
        assertEquals("A" + (drafted + 1), id);
        ActionItem blank = item(pm, id);
        assertEquals(Priority.P2, blank.priority());
        assertEquals(ActionStatus.OPEN, blank.status());

        pm.updateActionItem(blank.withDescription("Alert on connection-pool saturation above 90 % for 2 minutes")
                .withOwner("payments team").withPriority(Priority.P0).withDue(LocalDate.of(2026, 3, 2))
                .withStatus(ActionStatus.IN_PROGRESS));
        ActionItem edited = item(pm, id);
        assertEquals("payments team", edited.owner());
        assertEquals(Priority.P0, edited.priority());
        assertEquals(LocalDate.of(2026, 3, 2), edited.due());
        assertEquals(ActionStatus.IN_PROGRESS, edited.status());
        Section actions = pm.documentProperty().get().section(SectionIntent.ACTION_ITEMS).orElseThrow();
        assertEquals(Origin.USER, actions.origin(), "edited items are the user's");

        pm.draftAll();
        assertEquals(edited, item(pm, id), "a later draft does not replace edited items");
        assertNotNull(pm.documentProperty().get().section(SectionIntent.ACTION_ITEMS).orElseThrow().proposal());

        pm.removeActionItem(id);
        assertEquals(drafted, pm.documentProperty().get().actionItems().size());
    }

    @Test
    void anotherTemplateKeepsTheTextItHasAPlaceForAndDraftsTheNewSections() {
        MainViewModel w = drafted();
        PostmortemViewModel pm = w.postmortem();
        pm.setText("root_cause", "My hypothesis [" + ALERT + "].");
        assertEquals(List.of("Summary", "Lessons learned"), pm.droppedBy(Templates.rca()));

        pm.chooseTemplate(Templates.rca());

        PostmortemDocument doc = pm.documentProperty().get();
        assertEquals(Templates.RCA, doc.template());
        assertEquals("My hypothesis [" + ALERT + "].", pm.section("root_cause").section().text());
        assertEquals(Origin.USER, pm.section("root_cause").section().origin());
        assertFalse(pm.section("five_whys").section().text().isBlank(), "new sections are drafted");
        assertFalse(pm.section("detection_gaps").section().text().isBlank());
        assertEquals(Templates.RCA, pm.templateProperty().get().name());
    }

    @Test
    void aCitationLeadsToItsRowInTheTimelineAmongTheSectionsOtherCitations() {
        MainViewModel w = drafted();
        PostmortemViewModel pm = w.postmortem();
        w.workspaceProperty().set(Workspace.POSTMORTEM);
        SectionModel timeline = pm.section("timeline");
        pm.focusedProperty().set(timeline);
        assertEquals(timeline.section().citations().size(), pm.evidence().size());
        assertTrue(pm.evidence().stream().allMatch(EvidenceItem::resolved));
        EvidenceItem alert = pm.evidence().stream().filter(e -> e.id().equals(ALERT)).findFirst().orElseThrow();
        assertEquals("02:12:00", alert.clock());

        pm.showCitation(ALERT);

        assertEquals(Workspace.TIMELINE, w.workspaceProperty().get());
        assertEquals(ALERT, w.timeline().selectedProperty().get().id());
        assertEquals(timeline.section().citations().size(), w.timeline().visibleRows().size());
        assertEquals("Cited in Timeline", w.timeline().filter().evidenceProperty().get().label());
    }

    @Test
    void aModelDraftWaitsAsAProposalOnTheUsersTextAndAcceptingItIsUndoneAsOneStep() {
        MainViewModel w = drafted();
        PostmortemViewModel pm = w.postmortem();
        String mine = "What went well: the page was acknowledged quickly.";
        pm.setText("lessons_learned", mine);
        String model = "The alert fired at 02:12 UTC [" + ALERT + "].";
        Section before = pm.section("lessons_learned").section();

        pm.offer(new dev.pmw.draft.SectionDraft("lessons_learned", before.intent(), model, null, null, Origin.AI,
                "fake:model"));

        Section s = pm.section("lessons_learned").section();
        assertEquals(mine, s.text(), "the user's text is never overwritten");
        assertEquals(Origin.AI, s.proposal().origin());
        assertEquals("fake:model", s.proposal().drafter());
        pm.accept("lessons_learned");
        assertEquals(model, pm.section("lessons_learned").section().text());
        assertEquals(Origin.AI, pm.section("lessons_learned").section().origin());
        assertTrue(pm.section("lessons_learned").check().flagged().isEmpty(), "checked as model text, and it holds");

        assertTrue(pm.undo(), "the accept is one step");
        assertEquals(mine, pm.section("lessons_learned").section().text());
        assertEquals(model, pm.section("lessons_learned").section().proposal().text(), "the proposal is back");
        assertTrue(pm.redo());
        assertEquals(model, pm.section("lessons_learned").section().text());

        pm.setText("lessons_learned", model + " Paging worked.");
        assertFalse(pm.undo(), "after typing, the document's history ends: typing is the editor's to undo");
        assertEquals(model + " Paging worked.", pm.section("lessons_learned").section().text());
    }

    private static ActionItem item(PostmortemViewModel pm, String id) {
        return pm.documentProperty().get().actionItems().stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }
}
