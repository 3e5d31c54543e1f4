package dev.pmw.export;

import org.commonmark.node.CustomBlock;

/// A footnote definition of the evidence appendix (`[^e-…]: …`); its children are the inline
/// content. commonmark-java's core has no footnote nodes, so the renderer writes it.
final class EvidenceNote extends CustomBlock {
    final String label;

    EvidenceNote(String label) {
        this.label = label;
    }
}
