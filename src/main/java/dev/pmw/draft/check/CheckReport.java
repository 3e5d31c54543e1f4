package dev.pmw.draft.check;

import java.util.List;

/// The claim check of one text.
///
/// @param sentences every sentence, in text order
public record CheckReport(List<SentenceCheck> sentences) {
    public CheckReport {
        sentences = List.copyOf(sentences);
    }

    /// The unsupported and contradicted sentences (what the export dialog lists).
    public List<SentenceCheck> flagged() {
        return sentences.stream().filter(s -> s.status().flagged()).toList();
    }

    public long count(Status status) {
        return sentences.stream().filter(s -> s.status() == status).count();
    }

    /// Whether the text cites any row at all (a model draft without a single citation ignored the
    /// instructions and is flagged as a whole).
    public boolean citesAnything() {
        return sentences.stream().anyMatch(s -> !s.citations().isEmpty());
    }
}
