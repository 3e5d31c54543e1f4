package dev.pmw.model;

/// A problem found while reading a source: the rest of the source still loads.
///
/// @param file    the source file (or entry inside a folder/ZIP)
/// @param line    1-based line number, or 0 when the problem is not tied to a line
/// @param message plain-language reason ("not valid JSON: unexpected end of input")
/// @param excerpt a short excerpt of the offending text (≤ 120 chars), or empty
/// @param severity how bad it is
public record Diagnostic(String file, long line, String message, String excerpt, Severity severity) {

    public enum Severity { INFO, WARNING, ERROR }

    public Diagnostic {
        file = file == null ? "" : file;
        message = message == null ? "" : message;
        excerpt = excerpt(excerpt);
        severity = severity == null ? Severity.WARNING : severity;
    }

    public static Diagnostic warning(String file, long line, String message, String excerpt) {
        return new Diagnostic(file, line, message, excerpt, Severity.WARNING);
    }

    public static Diagnostic error(String file, String message) {
        return new Diagnostic(file, 0, message, "", Severity.ERROR);
    }

    public static Diagnostic info(String file, String message) {
        return new Diagnostic(file, 0, message, "", Severity.INFO);
    }

    /// Control characters become visible, long text is cut: excerpts are safe to print anywhere.
    public static String excerpt(String s) {
        if (s == null) {
            return "";
        }
        int max = 120;
        StringBuilder sb = new StringBuilder(Math.min(s.length(), max + 1));
        for (int i = 0; i < s.length() && sb.length() < max; i++) {
            char c = s.charAt(i);
            sb.append(c < 0x20 || c == 0x7f ? '\u00b7' : c);
        }
        if (s.length() > max) {
            sb.append('…');
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return (line > 0 ? SourceRef.fileName(file) + ":" + line : SourceRef.fileName(file)) + ": " + message
                + (excerpt.isEmpty() ? "" : " — " + excerpt);
    }
}
