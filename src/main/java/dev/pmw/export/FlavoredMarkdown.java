package dev.pmw.export;

import dev.pmw.draft.CitationIndex;
import dev.pmw.draft.Citations;
import dev.pmw.draft.Redactor;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Code;
import org.commonmark.node.Document;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.markdown.MarkdownRenderer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/// Renders the assembled Markdown in one flavour. The text is parsed with commonmark-java, adjusted
/// on the syntax tree (citations, the target's limits), and written back with commonmark-java's
/// Markdown renderer, so escaping is the library's and the output parses back to the same tree.
///
/// Citations are found on the text before parsing (an escaped `\[` is not one) and carried through
/// the parser as private-use marker characters, so code spans and blocks keep their literal text.
final class FlavoredMarkdown {
    private static final char OPEN = '\uE000';
    private static final char CLOSE = '\uE001';
    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final int EXCERPT = 200;

    private final Flavor flavor;
    private final CitationIndex index;
    private final Redactor redactor;
    /// Cited id → label, in order of first citation.
    private final Map<String, String> cited = new LinkedHashMap<>();
    private final Map<Redactor.Kind, Integer> redactions = new java.util.EnumMap<>(Redactor.Kind.class);

    FlavoredMarkdown(Flavor flavor, CitationIndex index, Redactor redactor) {
        this.flavor = flavor;
        this.index = index;
        this.redactor = redactor;
    }

    Map<Redactor.Kind, Integer> redactions() {
        return redactions;
    }

    List<String> citedIds() {
        return List.copyOf(cited.keySet());
    }

    String render(String assembled) {
        String text = assembled.replace(String.valueOf(OPEN), "").replace(String.valueOf(CLOSE), "");
        text = Citations.replace(text, ids -> OPEN + String.join(",", ids) + CLOSE);
        Node doc = PARSER.parse(text);
        List<Node> nodes = new ArrayList<>();
        collect(doc, nodes);
        for (Node n : nodes) {
            adjust(n);
        }
        appendEvidence((Document) doc);
        MarkdownRenderer renderer = MarkdownRenderer.builder().extensions(EXTENSIONS)
                .nodeRendererFactory(new org.commonmark.renderer.markdown.MarkdownNodeRendererFactory() {
                    @Override
                    public org.commonmark.renderer.NodeRenderer create(
                            org.commonmark.renderer.markdown.MarkdownNodeRendererContext ctx) {
                        return new FlavorNodeRenderer(ctx, flavor);
                    }

                    @Override
                    public java.util.Set<Character> getSpecialCharacters() {
                        return java.util.Set.of();
                    }
                }).build();
        return renderer.render(doc);
    }

    /// Redaction runs on the parsed literals, where Markdown escapes are gone (`first\\_last@…` is one
    /// address again), then the flavour's adjustments.
    private void adjust(Node n) {
        switch (n) {
            case Text t -> {
                t.setLiteral(redact(t.getLiteral()));
                splitCitations(t);
            }
            case Code c -> c.setLiteral(redact(restore(c.getLiteral())));
            case FencedCodeBlock c -> c.setLiteral(redact(restore(c.getLiteral())));
            case IndentedCodeBlock c -> c.setLiteral(redact(restore(c.getLiteral())));
            case HtmlInline h -> {
                if (flavor == Flavor.GFM) {
                    h.setLiteral(redact(restore(h.getLiteral())));
                } else {
                    replace(h, new Text(redact(restore(h.getLiteral()))));
                }
            }
            case HtmlBlock h -> {
                if (flavor == Flavor.GFM) {
                    h.setLiteral(redact(restore(h.getLiteral())));
                } else {
                    Paragraph p = new Paragraph();
                    p.appendChild(new Text(redact(restore(h.getLiteral())).strip()));
                    replace(h, p);
                }
            }
            case Link l -> {
                l.setDestination(redact(l.getDestination()));
                l.setTitle(l.getTitle() == null ? null : redact(l.getTitle()));
            }
            case LinkReferenceDefinition d -> {
                d.setDestination(redact(d.getDestination()));
                d.setTitle(d.getTitle() == null ? null : redact(d.getTitle()));
            }
            case Image i when flavor != Flavor.GFM -> {
                Link l = new Link(redact(i.getDestination()), i.getTitle() == null ? null : redact(i.getTitle()));
                moveChildren(i, l);
                replace(i, l);
            }
            case Image i -> {
                i.setDestination(redact(i.getDestination()));
                i.setTitle(i.getTitle() == null ? null : redact(i.getTitle()));
            }
            case Heading h when flavor == Flavor.NOTION && h.getLevel() > 3 -> {
                Paragraph p = new Paragraph();
                StrongEmphasis strong = new StrongEmphasis("**");
                moveChildren(h, strong);
                p.appendChild(strong);
                replace(h, p);
            }
            default -> {
            }
        }
    }

    /// Splits a text node at citation markers into text and [CitationRef] nodes.
    private void splitCitations(Text t) {
        String s = t.getLiteral();
        int open = s.indexOf(OPEN);
        if (open < 0) {
            return;
        }
        int at = 0;
        while (open >= 0) {
            int close = s.indexOf(CLOSE, open);
            if (close < 0) {
                break;
            }
            if (open > at) {
                t.insertBefore(new Text(s.substring(at, open)));
            }
            List<String> ids = List.of(s.substring(open + 1, close).split(","));
            t.insertBefore(new CitationRef(ids, ids.stream().map(this::label).toList()));
            at = close + 1;
            open = s.indexOf(OPEN, at);
        }
        if (at < s.length()) {
            t.insertBefore(new Text(s.substring(at)));
        }
        t.unlink();
    }

    private String label(String id) {
        return cited.computeIfAbsent(id, k -> flavor.footnotes() ? k : Integer.toString(cited.size() + 1));
    }

    /// The evidence appendix: a footnote per cited row (GitHub), or a numbered list (elsewhere).
    private void appendEvidence(Document doc) {
        if (cited.isEmpty()) {
            return;
        }
        Heading h = new Heading();
        h.setLevel(2);
        h.appendChild(new Text("Evidence"));
        doc.appendChild(h);
        Paragraph intro = new Paragraph();
        intro.appendChild(new Text(flavor.footnotes()
                ? "Each note is a timeline row: its time (UTC), where it was read (file and line), and what it says."
                : "Each numbered reference is a timeline row: its time (UTC), where it was read (file and line), "
                + "and what it says."));
        doc.appendChild(intro);
        OrderedList list = null;
        if (!flavor.footnotes()) {
            list = new OrderedList();
            list.setMarkerStartNumber(1);
            list.setMarkerDelimiter(".");
            list.setTight(true);
            doc.appendChild(list);
        }
        for (Map.Entry<String, String> e : cited.entrySet()) {
            List<Node> content = entry(e.getKey());
            if (flavor.footnotes()) {
                EvidenceNote note = new EvidenceNote(e.getValue());
                content.forEach(note::appendChild);
                doc.appendChild(note);
            } else {
                ListItem item = new ListItem();
                Paragraph p = new Paragraph();
                content.forEach(p::appendChild);
                item.appendChild(p);
                list.appendChild(item);
            }
        }
    }

    private List<Node> entry(String id) {
        List<Node> out = new ArrayList<>();
        var row = index.resolve(id);
        if (!flavor.footnotes()) {
            out.add(new Code(id));
            out.add(new Text(" · "));
        }
        if (row.isEmpty()) {
            out.add(new Text("not found in the timeline — check the claims that cite it"));
            return out;
        }
        CitationIndex.Cited c = row.get();
        out.add(new Text(MdText.stamp(c.time()) + " · "));
        out.add(new Code(redact(c.location())));
        String who = c.actor().isBlank() ? "" : redact(c.actor()) + ": ";
        String what = c.count() > 1 ? MdText.count(c.count()) + " × " + c.text() : c.text();
        out.add(new Text(" · " + c.kind().label() + " · " + who + "“" + MdText.cut(redact(MdText.cut(what, 4 * EXCERPT)), EXCERPT) + "”"));
        return out;
    }

    private String redact(String s) {
        Redactor.Result r = redactor.redact(s);
        r.counts().forEach((k, v) -> redactions.merge(k, v, Integer::sum));
        return r.text();
    }

    private static String restore(String s) {
        if (s == null || s.indexOf(OPEN) < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            sb.append(ch == OPEN ? "[" : ch == CLOSE ? "]" : ch == ',' && inside(s, i) ? ", " : String.valueOf(ch));
        }
        return sb.toString();
    }

    /// True when position `i` is between an OPEN and its CLOSE.
    private static boolean inside(String s, int i) {
        int open = s.lastIndexOf(OPEN, i);
        return open >= 0 && s.lastIndexOf(CLOSE, i) < open;
    }

    private static void collect(Node n, List<Node> out) {
        out.add(n);
        for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
            collect(c, out);
        }
    }

    private static void moveChildren(Node from, Node to) {
        Node c = from.getFirstChild();
        while (c != null) {
            Node next = c.getNext();
            to.appendChild(c);
            c = next;
        }
    }

    private static void replace(Node old, Node with) {
        old.insertBefore(with);
        old.unlink();
    }
}
