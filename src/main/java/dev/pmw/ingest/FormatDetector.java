package dev.pmw.ingest;

import java.util.List;

/// Picks the parser for an input from its content: every parser rates the sniffed head, the highest
/// confidence wins, ties go to the earlier parser in [Parsers#all()].
public final class FormatDetector {
    private final List<SourceParser> parsers;

    public FormatDetector(List<SourceParser> parsers) {
        this.parsers = List.copyOf(parsers);
    }

    public record Detection(SourceParser parser, int confidence) {
        public boolean found() {
            return parser != null && confidence > 0;
        }
    }

    public Detection detect(Sniff sniff) {
        SourceParser best = null;
        int bestScore = 0;
        for (SourceParser p : parsers) {
            int s;
            try {
                s = p.detect(sniff);
            } catch (RuntimeException e) {
                s = 0; // a detector must never take the import down
            }
            if (s > bestScore) {
                best = p;
                bestScore = s;
            }
        }
        return new Detection(best, bestScore);
    }

    public Detection detectTree(InputTree tree) {
        SourceParser best = null;
        int bestScore = 0;
        for (SourceParser p : parsers) {
            int s;
            try {
                s = p.detectTree(tree);
            } catch (RuntimeException e) {
                s = 0;
            }
            if (s > bestScore) {
                best = p;
                bestScore = s;
            }
        }
        return new Detection(best, bestScore);
    }
}
