package dev.pmw.draft.check;

import java.util.List;

/// Marks the unsupported and contradicted sentences of a text for output that has no underlines
/// (the CLI's Markdown): a ⚠ after each, and a note after the text listing each with its reason.
public final class ClaimMarks {
    static final int EXCERPT = 80;

    private ClaimMarks() {
    }

    /// `text` with marks, or `text` unchanged when nothing is flagged.
    public static String annotate(String text, CheckReport report) {
        List<SentenceCheck> flagged = report.flagged();
        if (flagged.isEmpty()) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text);
        for (int i = flagged.size() - 1; i >= 0; i--) {
            sb.insert(flagged.get(i).end(), " ⚠");
        }
        while (!sb.isEmpty() && Character.isWhitespace(sb.charAt(sb.length() - 1))) {
            sb.setLength(sb.length() - 1);
        }
        sb.append("\n\n");
        for (SentenceCheck s : flagged) {
            String label = s.status() == Status.CONTRADICTED ? "contradicted" : "unsupported";
            sb.append("> ⚠ ").append(label).append(": ").append(excerpt(text.substring(s.start(), s.end())))
                    .append(" — ").append(s.reason()).append("\n>\n");
        }
        sb.setLength(sb.length() - 2);
        return sb.append('\n').toString();
    }

    private static String excerpt(String sentence) {
        String one = sentence.replaceAll("\\s+", " ").strip();
        one = dev.pmw.draft.Citations.strip(one);
        return "“" + (one.length() > EXCERPT ? one.substring(0, EXCERPT - 1) + "…" : one) + "”";
    }
}
