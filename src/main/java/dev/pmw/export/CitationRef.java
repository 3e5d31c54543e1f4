package dev.pmw.export;

import org.commonmark.node.CustomNode;

import java.util.List;

/// An inline citation in the parsed document: the cited event ids and the labels the flavour shows
/// for them (the ids themselves for footnotes, numbers for numbered references).
final class CitationRef extends CustomNode {
    final List<String> ids;
    final List<String> labels;

    CitationRef(List<String> ids, List<String> labels) {
        this.ids = List.copyOf(ids);
        this.labels = List.copyOf(labels);
    }
}
