package dev.pmw.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pmw.ingest.Json;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/// `pmw draft` on the sample incident in `samples/`.
class DraftCommandTest {
    private static final String SAMPLE = "samples/payment-service-outage";

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void draftsTheSampleIntoMarkdownAndJson() throws Exception {
        Path md = dir.resolve("X.md");
        Path json = dir.resolve("X.json");
        assertEquals(0, run("draft", SAMPLE, "-o", md.toString(), "--json", json.toString()), err.toString());
        assertTrue(out.toString().startsWith("Wrote " + md + ", " + json + " (standard template, gfm, 7 sections, "), out.toString());

        String text = Files.readString(md);
        assertTrue(text.startsWith("# "), text);
        Node doc = Parser.builder().extensions(List.of(TablesExtension.create())).build().parse(text);
        List<String> headings = new java.util.ArrayList<>();
        int tables = 0;
        for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading h && h.getLevel() == 2) {
                headings.add(((org.commonmark.node.Text) h.getFirstChild()).getLiteral());
            }
            if (n instanceof TableBlock) {
                tables++;
            }
        }
        assertEquals(List.of("Summary", "Impact", "Timeline", "Root cause", "Contributing factors", "Action items",
                "Lessons learned", "Evidence"), headings);
        assertTrue(tables >= 2, "the timeline and the action items");
        assertTrue(text.contains("`datadog-timeline.md:12`"), "the Datadog alert row is cited with its file and line");
        assertFalse(text.contains("xoxe-"), "Slack file tokens never reach an export");

        JsonNode j = Json.mapper().readTree(Files.readString(json));
        assertEquals("SEV2", j.path("severity").asText(), "declared in the channel");
        assertTrue(j.path("timeline").size() >= 10);
        assertTrue(j.path("title").asText().startsWith("payment-service: API error rate > 5%"), j.path("title").asText());
        for (String field : List.of("timeline", "root_cause", "contributing_factors", "impact", "remediation", "action_items")) {
            assertTrue(j.has(field), field);
        }
        try (var files = Files.list(dir)) {
            assertEquals(2, files.count(), "no temporary files left behind");
        }
    }

    @Test
    void anotherTemplateAndFlavour() throws Exception {
        Path md = dir.resolve("sre.md");
        Path csv = dir.resolve("actions.csv");
        assertEquals(0, run("draft", SAMPLE, "-o", md.toString(), "--template", "google-sre", "--flavor", "notion",
                "--csv", csv.toString()), err.toString());
        String text = Files.readString(md);
        assertTrue(text.contains("## Where we got lucky") || text.contains("### Where we got lucky"), text);
        assertFalse(text.contains("[^"), "no footnotes for Notion");
        assertTrue(Files.readString(csv).startsWith("Summary,Description,Issue Type,Priority,Due Date,Labels"));
    }

    @Test
    void aUserTemplateFileWithAnUnknownPlaceholderIsReported() throws Exception {
        Path tpl = Files.writeString(dir.resolve("team.md"), "# {{title}}\n\n## Cause\n{{root_cause}}\n\nOwner: {{postmortem_owner}}\n");
        Path md = dir.resolve("out.md");
        assertEquals(0, run("draft", SAMPLE, "-o", md.toString(), "--template", tpl.toString()), err.toString());
        assertTrue(err.toString().contains("template team.md: line 6: {{postmortem_owner}}"), err.toString());
        assertTrue(Files.readString(md).contains("## Cause"));
    }

    @Test
    void badUsageExitsWithTwo() {
        assertEquals(2, run("draft", SAMPLE, "-o", dir.resolve("x.md").toString(), "--template", "nope"));
        assertTrue(err.toString().contains("unknown template: nope"), err.toString());
        assertEquals(2, run("draft", SAMPLE, "-o", dir.resolve("x.md").toString(), "--flavor", "word"));
        assertEquals(2, run("draft", SAMPLE), "-o is required");
    }
}
