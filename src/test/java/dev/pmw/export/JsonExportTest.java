package dev.pmw.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import dev.pmw.draft.CitationIndex;
import dev.pmw.draft.DocumentDrafter;
import dev.pmw.draft.IncidentFacts;
import dev.pmw.draft.PostmortemDocument;
import dev.pmw.draft.SampleStory;
import dev.pmw.draft.SectionIntent;
import dev.pmw.draft.Templates;
import dev.pmw.draft.offline.EvidenceDrafter;
import dev.pmw.ingest.Json;
import dev.pmw.work.Work;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/// The JSON export validated against the postmortem schema of the seed article (JSON Schema 2020-12,
/// formats asserted), and its evidence ids checked against the timeline.
class JsonExportTest {
    private static final Schema SCHEMA = schema();
    private final SampleStory story = new SampleStory();

    private static Schema schema() {
        try (InputStream in = JsonExportTest.class.getResourceAsStream("/schema/postmortem-schema.json")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                    b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
            return registry.getSchema(text, InputFormat.JSON);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private PostmortemDocument draft(String template) {
        return DocumentDrafter.draft(new EvidenceDrafter(), story.context(), Templates.byName(template), Work.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"standard", "rca", "google-sre"})
    void theExportValidatesAgainstTheSeedSchema(String template) throws Exception {
        ExportResult r = JsonExport.export(draft(template), story.timeline, ExportOptions.DEFAULT);
        List<Error> errors = SCHEMA.validate(r.text(), InputFormat.JSON);
        assertEquals(List.of(), errors.stream().map(e -> e.getInstanceLocation() + " " + e.getMessage()).toList());
        assertEquals(List.of(), r.warnings());
    }

    @Test
    void everyClaimCarriesItsEvidence() throws Exception {
        PostmortemDocument doc = draft("standard");
        JsonNode j = Json.mapper().readTree(JsonExport.export(doc, story.timeline, ExportOptions.DEFAULT).text());
        assertEquals("payment-service: API error rate > 5% (2026-02-16)", j.path("title").asText());
        assertEquals("SEV2", j.path("severity").asText());
        JsonNode timeline = j.path("timeline");
        assertEquals(doc.section(SectionIntent.TIMELINE).orElseThrow().citations().size(), timeline.size());
        JsonNode alert = find(timeline, story.alert.id());
        assertEquals("2026-02-16T02:12:00Z", alert.path("timestamp").asText());
        assertEquals("datadog-timeline.md:12", alert.path("source").asText());
        assertEquals("Datadog: [Triggered] [payment-service] API error rate > 5% — 5.8% (threshold 5%)", alert.path("event").asText());
        assertEquals("2026-02-16T02:04:27.704Z", find(timeline, story.errors.id()).path("timestamp").asText());
        String previous = "";
        for (JsonNode e : timeline) {
            assertTrue(e.path("timestamp").asText().compareTo(previous) >= 0, "in time order");
            previous = e.path("timestamp").asText();
        }
        String cause = j.path("root_cause").asText();
        assertTrue(cause.startsWith("Hypothesis (to confirm in the review): the evidence suggests"), cause);
        assertFalse(cause.contains("[e-") || cause.contains("**"), "plain text: " + cause);
        assertEquals(List.of(story.deploy.id(), story.commit.id(), story.jobStart.id()),
                strings(j.path("evidence").path("root_cause")).subList(0, 3));
        JsonNode factors = j.path("contributing_factors");
        JsonNode factorIds = j.path("evidence").path("contributing_factors");
        assertEquals(factors.size(), factorIds.size(), "one evidence list per factor");
        assertTrue(factors.get(0).asText().startsWith("No alert on the saturated resource."), factors.toString());
        assertTrue(strings(factorIds.get(0)).contains(story.poolWarn.id()));
        for (JsonNode f : factors) {
            assertFalse(f.asText().startsWith("To discuss"), "prompts are not factors");
        }
        assertEquals(26.5, j.path("impact").path("duration_minutes").asDouble());
        assertEquals(115, j.path("impact").path("users_affected").asInt());
        assertEquals(142, j.path("impact").path("failed_requests").asInt());
        assertFalse(j.path("impact").has("revenue_impact"), "never guessed");
        assertTrue(j.path("remediation").asText().startsWith("Mitigated at 2026-02-16 02:31:00 UTC"), j.path("remediation").asText());
        assertEquals(List.of(story.recovered.id(), story.resolve.id()), strings(j.path("evidence").path("remediation")));
        JsonNode first = j.path("action_items").get(0);
        assertEquals(doc.actionItems().getFirst().description(), first.path("description").asText());
        assertEquals("payment-service team", first.path("owner").asText());
        assertEquals("P0", first.path("priority").asText());
        assertEquals("2026-02-19", first.path("due").asText());
        assertEquals("open", first.path("status").asText());
        CitationIndex index = new CitationIndex(story.timeline);
        for (JsonNode id : j.findValues("evidence").stream().flatMap(n -> n.isArray() ? stream(n) : stream(n.path("root_cause"))).toList()) {
            if (id.isTextual()) {
                assertTrue(index.resolves(id.asText()), id.asText());
            }
        }
    }

    @Test
    void aGoogleSreDocumentTakesRemediationFromItsResolutionSection() throws Exception {
        JsonNode j = Json.mapper().readTree(JsonExport.export(draft("google-sre"), story.timeline, ExportOptions.DEFAULT).text());
        assertTrue(j.path("remediation").asText().startsWith("Changes made during the incident:"), j.path("remediation").asText());
        assertTrue(strings(j.path("evidence").path("remediation")).contains(story.configChange.id()));
    }

    @Test
    void withoutASeverityTheFileIsWrittenButSaysItDoesNotValidate() {
        PostmortemDocument doc = draft("standard");
        doc = doc.withFacts(doc.facts().withSeverity(null, null));
        ExportResult r = JsonExport.export(doc, story.timeline, ExportOptions.DEFAULT);
        assertTrue(r.warnings().getFirst().startsWith("severity is not set"), r.warnings().toString());
        assertFalse(SCHEMA.validate(r.text(), InputFormat.JSON).isEmpty(), "the schema requires one of SEV1–SEV4");
        IncidentFacts f = doc.facts().withSeverity("SEV2", "set by the reviewer");
        assertEquals(List.of(), SCHEMA.validate(JsonExport.export(doc.withFacts(f), story.timeline, ExportOptions.DEFAULT).text(),
                InputFormat.JSON));
    }

    @Test
    void theSchemaCheckCatchesWhatATrackerWouldReject() throws Exception {
        String good = JsonExport.export(draft("standard"), story.timeline, ExportOptions.DEFAULT).text();
        var tree = (com.fasterxml.jackson.databind.node.ObjectNode) Json.mapper().readTree(good);
        ((com.fasterxml.jackson.databind.node.ObjectNode) tree.path("timeline").get(0)).put("timestamp", "Friday 11:31");
        ((com.fasterxml.jackson.databind.node.ObjectNode) tree.path("action_items").get(0)).put("priority", "P3");
        List<String> where = SCHEMA.validate(Json.mapper().writeValueAsString(tree), InputFormat.JSON).stream()
                .map(e -> e.getInstanceLocation().toString()).toList();
        assertEquals(List.of("/timeline/0/timestamp", "/action_items/0/priority"), where);
    }

    private static JsonNode find(JsonNode timeline, String id) {
        for (JsonNode e : timeline) {
            if (e.path("evidence").get(0).asText().equals(id)) {
                return e;
            }
        }
        throw new AssertionError(id + " not in the JSON timeline");
    }

    private static List<String> strings(JsonNode a) {
        List<String> out = new ArrayList<>();
        a.forEach(x -> out.add(x.asText()));
        return out;
    }

    private static java.util.stream.Stream<JsonNode> stream(JsonNode n) {
        List<JsonNode> out = new ArrayList<>();
        n.forEach(x -> {
            if (x.isArray()) {
                x.forEach(out::add);
            } else {
                out.add(x);
            }
        });
        return out.stream();
    }
}
