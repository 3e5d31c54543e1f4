package dev.pmw.ingest.csv;

import java.util.List;

/// Guesses the delimiter of a CSV export from its first lines: comma, tab or semicolon (German and
/// French Excel write `;` because `,` is their decimal separator).
public final class Delimiters {
    private static final char[] CANDIDATES = {',', '\t', ';'};

    private Delimiters() {
    }

    /// The delimiter whose field count is largest on the first line and most consistent on the
    /// following lines, or 0 when no candidate splits the first line.
    public static char sniff(List<String> lines) {
        if (lines.isEmpty()) {
            return 0;
        }
        char best = 0;
        double bestScore = 0;
        for (char d : CANDIDATES) {
            int header = count(lines.get(0), d);
            if (header < 2) {
                continue;
            }
            int same = 0;
            for (int i = 1; i < lines.size(); i++) {
                if (count(lines.get(i), d) == header) {
                    same++;
                }
            }
            double consistency = lines.size() == 1 ? 1 : (double) same / (lines.size() - 1);
            double score = consistency * 100 + Math.min(header, 50);
            if (score > bestScore) {
                best = d;
                bestScore = score;
            }
        }
        return best;
    }

    /// Fields on one physical line, quotes respected (a quoted line break makes the count short,
    /// which only lowers the consistency a little).
    static int count(String line, char d) {
        int n = 1;
        boolean q = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                q = !q;
            } else if (c == d && !q) {
                n++;
            }
        }
        return n;
    }
}
