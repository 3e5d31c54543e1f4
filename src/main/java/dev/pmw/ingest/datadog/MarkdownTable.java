package dev.pmw.ingest.datadog;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/// Reads GitHub-flavoured Markdown table rows: `| a | b |` lines, the `|---|:--:|` separator under
/// the header, `\|` for a pipe inside a cell. Cell text loses its inline markup (`**`, backticks,
/// `[text](url)` keeps the text) because exported timelines are read, not rendered.
final class MarkdownTable {
    private static final Pattern SEPARATOR = Pattern.compile("^\\s*\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)*\\|?\\s*$");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\(([^)\\s]*)\\)");

    private MarkdownTable() {
    }

    static boolean isRow(String line) {
        return line.stripLeading().startsWith("|");
    }

    static boolean isSeparator(String line) {
        return SEPARATOR.matcher(line).matches();
    }

    /// The cells of a table row, outer pipes dropped, escaped pipes kept as text, markup removed.
    static List<String> cells(String line) {
        String s = line.strip();
        List<String> out = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int start = s.startsWith("|") ? 1 : 0;
        for (int i = start; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length() && s.charAt(i + 1) == '|') {
                cell.append('|');
                i++;
            } else if (c == '|') {
                out.add(clean(cell.toString()));
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        String last = cell.toString();
        if (!last.isBlank() || !s.endsWith("|")) {
            out.add(clean(last));
        }
        return out;
    }

    static String clean(String cell) {
        String s = LINK.matcher(cell.strip()).replaceAll("$1");
        s = s.replace("**", "").replace("__", "").replace("`", "");
        return s.replace("<br>", " ").replace("<br/>", " ").strip();
    }
}
