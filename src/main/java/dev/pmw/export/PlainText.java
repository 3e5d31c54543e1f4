package dev.pmw.export;

import dev.pmw.draft.Citations;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;

import java.util.ArrayList;
import java.util.List;

/// Section Markdown as plain text (for JSON fields), and its top-level list items with the ids each cites.
final class PlainText {
    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS).build();
    private static final TextContentRenderer TEXT = TextContentRenderer.builder()
            .extensions(List.of(TablesExtension.create())).build();

    /// A list item: its plain text and the ids it cites.
    record Item(String text, List<String> ids) {
    }

    private PlainText() {
    }

    /// Plain text without citations.
    static String of(String markdown) {
        return TEXT.render(PARSER.parse(Citations.strip(markdown))).strip();
    }

    /// Top-level list items in order (nested lists belong to their item).
    static List<Item> items(String markdown) {
        String[] lines = markdown.split("\n", -1);
        List<Item> out = new ArrayList<>();
        Node doc = PARSER.parse(markdown);
        for (Node block = doc.getFirstChild(); block != null; block = block.getNext()) {
            if (!(block instanceof ListBlock)) {
                continue;
            }
            for (Node item = block.getFirstChild(); item != null; item = item.getNext()) {
                if (item instanceof ListItem) {
                    String raw = source(item, lines);
                    out.add(new Item(of(raw.replaceFirst("^\\s*(?:[-*+]|\\d+[.)])\\s+", "")), Citations.extract(raw)));
                }
            }
        }
        return out;
    }

    private static String source(Node node, String[] lines) {
        StringBuilder sb = new StringBuilder();
        for (SourceSpan s : node.getSourceSpans()) {
            String line = lines[s.getLineIndex()];
            int end = Math.min(line.length(), s.getColumnIndex() + s.getLength());
            sb.append(line, Math.min(s.getColumnIndex(), end), end).append('\n');
        }
        return sb.toString();
    }
}
