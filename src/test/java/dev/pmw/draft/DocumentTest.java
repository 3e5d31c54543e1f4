package dev.pmw.draft;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pmw.draft.offline.EvidenceDrafter;
import dev.pmw.ingest.Json;
import dev.pmw.work.Work;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/// The document model: user templates, edits that drafts never overwrite, and the project-file form.
class DocumentTest {
    private final SampleStory story = new SampleStory();

    private static final String USER_TEMPLATE = TemplateSamples.USER_TEMPLATE;

    @Test
    void aUserTemplateDraftsItsKnownPlaceholdersAndReportsTheUnknownOnes() {
        Template t = UserTemplates.parse("team.md", USER_TEMPLATE);
        assertEquals(List.of("summary", "timeline", "root_cause", "detection_gaps", "action_items"),
                t.sections().stream().map(SectionSpec::key).toList());
        assertEquals("What happened", t.sections().getFirst().heading(), "headed by the Markdown heading above it");
        assertEquals(SectionIntent.DETECTION, t.sections().get(3).intent(), "an alias");
        assertEquals(List.of(3, 22), t.problems().stream().map(TemplateProblem::line).toList());
        assertEquals(List.of("incident_commander", "customer_comms"), t.problems().stream().map(TemplateProblem::placeholder).toList());
        PostmortemDocument doc = DocumentDrafter.draft(new EvidenceDrafter(), story.context(), t, Work.NONE);
        assertEquals(USER_TEMPLATE, doc.layout());
        doc.sections().forEach(s -> assertTrue(!s.text().isBlank(), s.key()));
        assertTrue(!doc.actionItems().isEmpty());
    }

    @Test
    void aTemplateWithoutSectionPlaceholdersSaysSo() {
        Template t = UserTemplates.parse("empty.md", "# {{title}}\n\nNothing else.\n");
        assertTrue(t.sections().isEmpty());
        assertEquals(1, t.problems().size());
    }

    @Test
    void builtInTemplatesByName() {
        assertEquals("standard", Templates.byName("001").name());
        assertEquals("rca", Templates.byName("002").name());
        assertEquals("google-sre", Templates.byName("Google").name());
        assertTrue(Templates.googleSre().has(SectionIntent.LUCKY));
        assertTrue(Templates.rca().has(SectionIntent.DETECTION));
        assertThrows(IllegalArgumentException.class, () -> Templates.byName("nope"));
    }

    @Test
    void aNewDraftNeverOverwritesWhatTheUserWrote() {
        EvidenceDrafter drafter = new EvidenceDrafter();
        PostmortemDocument doc = DocumentDrafter.draft(drafter, story.context(), Templates.standard(), Work.NONE);
        String mine = "Our own words about the cause [" + story.foundIt.id() + "].";
        doc = doc.withUserText("root_cause", mine);
        Section edited = doc.section("root_cause").orElseThrow();
        assertEquals(Origin.USER, edited.origin());
        assertEquals(List.of(story.foundIt.id()), edited.citations());

        PostmortemDocument again = DocumentDrafter.redraft(doc, drafter, story.context(), Templates.standard().sections(), Work.NONE);
        Section kept = again.section("root_cause").orElseThrow();
        assertEquals(mine, kept.text(), "user text survives a re-draft");
        assertNotNull(kept.proposal(), "the new draft waits for an explicit accept");
        assertNull(again.section("summary").orElseThrow().proposal(), "untouched offline text is simply replaced");

        PostmortemDocument accepted = again.accept("root_cause");
        Section now = accepted.section("root_cause").orElseThrow();
        assertTrue(now.text().startsWith("**Hypothesis"));
        assertTrue(now.accepted());
        assertNull(now.proposal());
        assertEquals(Origin.OFFLINE, now.origin());

        PostmortemDocument dismissed = again.dismissProposal("root_cause");
        assertEquals(mine, dismissed.section("root_cause").orElseThrow().text());
        assertNull(dismissed.section("root_cause").orElseThrow().proposal());
    }

    @Test
    void acceptedOfflineTextIsNotReplacedEither() {
        EvidenceDrafter drafter = new EvidenceDrafter();
        PostmortemDocument doc = DocumentDrafter.draft(drafter, story.context(), Templates.standard(), Work.NONE).accept("summary");
        PostmortemDocument again = DocumentDrafter.redraft(doc, drafter, story.context(), Templates.standard().sections(), Work.NONE);
        assertNotNull(again.section("summary").orElseThrow().proposal());
        assertTrue(again.section("summary").orElseThrow().accepted());
    }

    @Test
    void actionItemsAreEditable() {
        PostmortemDocument doc = DocumentDrafter.draft(new EvidenceDrafter(), story.context(), Templates.standard(), Work.NONE);
        ActionItem first = doc.actionItems().getFirst();
        PostmortemDocument edited = doc.withActionItem(first.withOwner("Payments platform team").withPriority(Priority.P1)
                .withDue(LocalDate.parse("2026-03-01")).withStatus(ActionStatus.IN_PROGRESS));
        ActionItem now = edited.actionItems().getFirst();
        assertEquals("Payments platform team", now.owner());
        assertEquals(ActionStatus.IN_PROGRESS, now.status());
        assertEquals(doc.actionItems().size(), edited.actionItems().size());
        PostmortemDocument added = edited.withActionItem(new ActionItem("A99", "Write the runbook", "SRE team", Priority.P2, null,
                null, ActionKind.PROCESS, List.of()));
        assertEquals("A99", added.actionItems().getLast().id());
        assertEquals(doc.actionItems().size(), added.withoutActionItem("A99").actionItems().size());
    }

    @Test
    void theDocumentSurvivesTheProjectFileRoundTrip() throws Exception {
        PostmortemDocument doc = DocumentDrafter.draft(new EvidenceDrafter(), story.context(), UserTemplates.parse("team.md", USER_TEMPLATE), Work.NONE)
                .withUserText("root_cause", "Mine [" + story.ack.id() + "]");
        doc = DocumentDrafter.redraft(doc, new EvidenceDrafter(), story.context(), List.of(UserTemplates.parse("team.md", USER_TEMPLATE).sections().get(2)), Work.NONE);
        JsonNode node = DocumentJson.toJson(doc);
        String text = Json.mapper().writeValueAsString(node);
        PostmortemDocument back = DocumentJson.fromJson(Json.mapper().readTree(text));
        assertEquals(doc, back);
        assertEquals(1, node.path("version").asInt());
        assertEquals("user", node.path("sections").get(2).path("origin").asText());
        assertTrue(node.path("sections").get(2).path("proposal").isObject());
    }

    @Test
    void aDocumentFromANewerPmwOrWithoutKeysIsRefused() throws Exception {
        assertThrows(IllegalArgumentException.class, () -> DocumentJson.fromJson(Json.mapper().readTree("{\"version\": 99}")));
        assertThrows(IllegalArgumentException.class, () -> DocumentJson.fromJson(
                Json.mapper().readTree("{\"version\": 1, \"sections\": [{\"intent\": \"summary\"}]}")));
        assertThrows(IllegalArgumentException.class, () -> DocumentJson.fromJson(Json.mapper().readTree("[]")));
    }
}
