package dev.pmw.export;

import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.markdown.MarkdownNodeRendererContext;
import org.commonmark.renderer.markdown.MarkdownWriter;

import java.util.Set;

/// Writes citations and evidence notes in the flavour's syntax: `[^e-…]` footnote references and
/// definitions for GitHub, `[1, 2]` numbered references elsewhere.
final class FlavorNodeRenderer implements NodeRenderer {
    private final MarkdownNodeRendererContext context;
    private final Flavor flavor;

    FlavorNodeRenderer(MarkdownNodeRendererContext context, Flavor flavor) {
        this.context = context;
        this.flavor = flavor;
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(CitationRef.class, EvidenceNote.class);
    }

    @Override
    public void render(Node node) {
        MarkdownWriter w = context.getWriter();
        if (node instanceof CitationRef c) {
            if (flavor.footnotes()) {
                c.labels.forEach(l -> w.raw("[^" + l + "]"));
            } else {
                w.raw("[" + String.join(", ", c.labels) + "]");
            }
        } else if (node instanceof EvidenceNote n) {
            w.raw("[^" + n.label + "]: ");
            for (Node child = n.getFirstChild(); child != null; child = child.getNext()) {
                context.render(child);
            }
            w.block();
        }
    }
}
