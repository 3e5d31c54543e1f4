package dev.pmw.export;

import dev.pmw.draft.DocumentDrafter;
import dev.pmw.draft.PostmortemDocument;
import dev.pmw.draft.SampleStory;
import dev.pmw.draft.SectionIntent;
import dev.pmw.draft.Templates;
import dev.pmw.draft.UserTemplates;
import dev.pmw.draft.offline.EvidenceDrafter;
import dev.pmw.work.Work;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/// Every flavour parsed back with commonmark-java: the tables are tables, citations resolve to the
/// evidence appendix, and each target gets only the syntax its import understands.
class MarkdownExportTest {
    private static final Parser PARSER = GfmFootnotes.enable(Parser.builder().extensions(List.of(TablesExtension.create()))).build();
    private static final TextContentRenderer TEXT = TextContentRenderer.builder().extensions(List.of(TablesExtension.create())).build();

    private final SampleStory story = new SampleStory();
    private final PostmortemDocument doc;

    MarkdownExportTest() {
        PostmortemDocument d = DocumentDrafter.draft(new EvidenceDrafter(), story.context(), Templates.standard(), Work.NONE);
        String lessons = d.section(SectionIntent.LESSONS_LEARNED).orElseThrow().text();
        // what a user may type: a deep heading, inline HTML, an image, a citation in code, an escaped one
        this.doc = d.withUserText("lessons_learned", lessons + "\n#### Deep dive\n\nThe pool was <b>full</b> "
                + "[" + story.foundIt.id() + "]. ![pool graph](https://example.com/pool.png) Literal `[" + story.ack.id()
                + "]` and \\[" + story.notify.id() + "] stay text.\n");
    }

    @Test
    void githubFootnotesResolveToTheEvidenceAppendix() {
        ExportResult r = Exporter.export(doc, story.timeline, Flavor.GFM);
        assertEquals(List.of(), r.warnings());
        Node root = PARSER.parse(r.text());
        List<Node> all = nodes(root);
        assertTables(all, 2);
        List<String> refs = all.stream().filter(n -> n instanceof GfmFootnotes.Reference).map(n -> ((GfmFootnotes.Reference) n).label).toList();
        List<GfmFootnotes.Definition> defs = all.stream().filter(n -> n instanceof GfmFootnotes.Definition).map(n -> (GfmFootnotes.Definition) n).toList();
        Set<String> defined = new LinkedHashSet<>(defs.stream().map((GfmFootnotes.Definition d) -> d.label).toList());
        assertEquals(new LinkedHashSet<>(refs), defined, "every reference has its note and every note is referenced");
        assertEquals(defs.size(), defined.size(), "one note per row");
        assertTrue(defined.contains(story.foundIt.id()), "a citation the user typed");
        assertFalse(defined.contains(story.notify.id()), "an escaped bracket is not a citation");
        String alert = text(defs.stream().filter(d -> d.label.equals(story.alert.id())).findFirst().orElseThrow());
        assertTrue(alert.contains("2026-02-16 02:12:00 UTC · \"datadog-timeline.md:12\" · Alert · Datadog: “[Triggered] [payment-service] API error rate > 5%"), alert);
        String log = text(defs.stream().filter(d -> d.label.equals(story.errors.id())).findFirst().orElseThrow());
        assertTrue(log.contains("error-logs-2026-02-16.json:472") && log.contains("142 × HikariPool-1"), log);
        // citations are gone from the prose; code keeps its literal text
        assertEquals(List.of("[" + story.notify.id() + "]"), all.stream().filter(n -> n instanceof Text)
                .flatMap(n -> Pattern.compile("\\[e-[0-9a-z]+]").matcher(((Text) n).getLiteral()).results().map(MatchResult::group)).toList(),
                "only the escaped citation is left as text");
        assertTrue(all.stream().anyMatch(n -> n instanceof Code c && c.getLiteral().equals("[" + story.ack.id() + "]")));
        Heading evidence = headings(all).stream().filter(h -> TEXT.render(h).equals("Evidence")).findFirst().orElseThrow();
        assertEquals(2, evidence.getLevel());
        assertTrue(r.text().indexOf("## Evidence") < r.text().indexOf("[^" + story.alert.id() + "]: "));
    }

    @Test
    void notionGetsNoFootnotesNoHtmlAndHeadingsUpToThree() {
        ExportResult r = Exporter.export(doc, story.timeline, Flavor.NOTION);
        assertFalse(r.text().contains("[^"), "Notion's importer has no footnotes: [^1] would stay literal");
        Node root = PARSER.parse(r.text());
        List<Node> all = nodes(root);
        assertTables(all, 2);
        assertTrue(all.stream().noneMatch(n -> n instanceof GfmFootnotes.Reference || n instanceof GfmFootnotes.Definition));
        assertTrue(all.stream().noneMatch(n -> n instanceof HtmlInline || n instanceof HtmlBlock || n instanceof Image));
        assertTrue(headings(all).stream().allMatch(h -> h.getLevel() <= 3));
        assertTrue(all.stream().anyMatch(n -> n instanceof StrongEmphasis && TEXT.render(n).equals("Deep dive")), "an H4 becomes bold text");
        assertTrue(r.text().contains("<b>full</b>") || r.text().contains("\\<b\\>full\\</b\\>"), "HTML kept as visible text");
        assertNumberedReferencesResolve(r.text(), all);
    }

    @Test
    void confluenceGetsNumberedReferencesAndPlainTables() {
        ExportResult r = Exporter.export(doc, story.timeline, Flavor.CONFLUENCE);
        assertFalse(r.text().contains("[^"), "Confluence's Markdown import drops footnotes");
        Node root = PARSER.parse(r.text());
        List<Node> all = nodes(root);
        assertTrue(all.stream().noneMatch(n -> n instanceof HtmlInline || n instanceof HtmlBlock || n instanceof Image));
        List<TableBlock> tables = assertTables(all, 2);
        for (TableBlock t : tables) {
            TableHead head = (TableHead) t.getFirstChild();
            List<Node> cells = nodes(head).stream().filter(n -> n instanceof TableCell).toList();
            assertTrue(cells.stream().allMatch(c -> !TEXT.render(c).isBlank()), "every header cell named");
        }
        r.text().lines().filter(l -> l.startsWith("|") || l.endsWith("|")).forEach(l ->
                assertTrue(l.startsWith("|") && l.endsWith("|"), "table rows keep outer pipes: " + l));
        assertNumberedReferencesResolve(r.text(), all);
    }

    @Test
    void aCitationOfAMissingRowIsReportedAndMarkedInTheAppendix() {
        PostmortemDocument broken = doc.withUserText("summary", "A claim about a deleted row [e-gone00000000].");
        ExportResult r = Exporter.export(broken, story.timeline, Flavor.GFM);
        assertTrue(r.warnings().contains("1 citation names no timeline row: e-gone00000000"), r.warnings().toString());
        GfmFootnotes.Definition def = nodes(PARSER.parse(r.text())).stream().filter(n -> n instanceof GfmFootnotes.Definition d
                && d.label.equals("e-gone00000000")).map(n -> (GfmFootnotes.Definition) n).findFirst().orElseThrow();
        assertTrue(text(def).contains("not found in the timeline"), text(def));
    }

    @Test
    void aUserTemplateKeepsItsLayoutWithValuesFilledIn() {
        var template = UserTemplates.parse("team.md", dev.pmw.draft.TemplateSamples.USER_TEMPLATE);
        PostmortemDocument d = DocumentDrafter.draft(new EvidenceDrafter(), story.context(), template, Work.NONE);
        ExportResult r = Exporter.export(d, story.timeline, Flavor.GFM);
        String text = r.text();
        assertTrue(text.startsWith("# Postmortem — payment-service: API error rate \\> 5% (2026-02-16)"), text.lines().findFirst().orElseThrow());
        assertTrue(text.contains("Severity: SEV2 · Duration: 26.5 minutes · Incident commander: {{incident\\_commander}}"), text);
        assertTrue(text.contains("- Impact Scope: 142 failed requests, 115 users affected"), text);
        assertTrue(text.contains("## Customer communication\n\n{{customer\\_comms}}"), text);
        assertEquals(List.of("unknown template placeholder {{incident_commander}} left in the text",
                "unknown template placeholder {{customer_comms}} left in the text"), r.warnings());
        assertTables(nodes(PARSER.parse(text)), 2);
    }

    @Test
    void thePreviewIsExactlyWhatIsWritten() {
        ExportPreview.Preview p = ExportPreview.render(doc, story.timeline, ExportPreview.Format.MARKDOWN_NOTION, ExportOptions.DEFAULT);
        assertEquals(Exporter.export(doc, story.timeline, Flavor.NOTION).text(), p.text());
        assertEquals("postmortem-payment-service-api-error-rate-5-2026-02-16-notion.md", p.fileName());
        assertEquals("text/markdown", p.format().mediaType());
        for (ExportPreview.Format f : ExportPreview.Format.values()) {
            assertFalse(ExportPreview.render(doc, story.timeline, f, ExportOptions.DEFAULT).text().isBlank(), f.name());
        }
    }

    /// `[1]`, `[2, 3]` in the prose → the numbered evidence list holds exactly that many rows.
    private static void assertNumberedReferencesResolve(String text, List<Node> all) {
        String body = text.substring(0, text.indexOf("## Evidence"));
        Matcher m = Pattern.compile("\\[(\\d+(?:, \\d+)*)]").matcher(body);
        Set<Integer> used = new java.util.TreeSet<>();
        while (m.find()) {
            for (String n : m.group(1).split(", ")) {
                used.add(Integer.parseInt(n));
            }
        }
        OrderedList evidence = (OrderedList) all.stream().filter(n -> n instanceof OrderedList).reduce((a, b) -> b).orElseThrow();
        List<Node> items = nodes(evidence).stream().filter(n -> n instanceof ListItem).toList();
        assertEquals(items.size(), used.size());
        assertEquals(items.size(), ((java.util.TreeSet<Integer>) used).last(), "numbers 1..n, all used");
        assertTrue(items.stream().allMatch(i -> i.getFirstChild().getFirstChild() instanceof Code c && c.getLiteral().startsWith("e-")),
                "each item names its event id");
        assertEquals(1, evidence.getMarkerStartNumber());
    }

    /// The plain text of a footnote definition's content.
    private static String text(GfmFootnotes.Definition d) {
        StringBuilder sb = new StringBuilder();
        for (Node c = d.getFirstChild(); c != null; c = c.getNext()) {
            sb.append(TEXT.render(c));
        }
        return sb.toString();
    }

    private static List<TableBlock> assertTables(List<Node> all, int atLeast) {
        List<TableBlock> tables = all.stream().filter(n -> n instanceof TableBlock).map(n -> (TableBlock) n).toList();
        assertTrue(tables.size() >= atLeast, "tables: " + tables.size());
        String timeline = TEXT.render(tables.getFirst());
        assertTrue(timeline.startsWith("Time (UTC)"), timeline);
        return tables;
    }

    private static List<Heading> headings(List<Node> all) {
        return all.stream().filter(n -> n instanceof Heading).map(n -> (Heading) n).toList();
    }

    static List<Node> nodes(Node root) {
        List<Node> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    private static void collect(Node n, List<Node> out) {
        out.add(n);
        for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
            collect(c, out);
        }
    }
}
