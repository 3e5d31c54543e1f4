package dev.pmw.ingest.logs;

import java.util.List;

/// Renders a Serilog message template (`@mt`) from the record's properties, as CLEF readers do
/// when `@m` is absent: `{Name}`, `{@Name}`, `{$Name}`, `{Name:format}` and `{Name,width}` become the
/// property's text, `{{`/`}}` are literal braces, unknown names stay as written.
final class ClefTemplate {
    private ClefTemplate() {
    }

    static String render(String template, List<String[]> props) {
        StringBuilder out = new StringBuilder(template.length() + 32);
        int i = 0;
        int n = template.length();
        while (i < n) {
            char c = template.charAt(i);
            if (c == '{' && i + 1 < n && template.charAt(i + 1) == '{') {
                out.append('{');
                i += 2;
            } else if (c == '}' && i + 1 < n && template.charAt(i + 1) == '}') {
                out.append('}');
                i += 2;
            } else if (c == '{') {
                int close = template.indexOf('}', i + 1);
                if (close < 0) {
                    out.append(template, i, n);
                    break;
                }
                String hole = template.substring(i + 1, close);
                String name = hole;
                if (name.startsWith("@") || name.startsWith("$")) {
                    name = name.substring(1);
                }
                int cut = indexOfAny(name, ":,");
                if (cut >= 0) {
                    name = name.substring(0, cut);
                }
                String value = lookup(props, name);
                if (value == null) {
                    out.append(template, i, close + 1);
                } else {
                    out.append(value);
                }
                i = close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static String lookup(List<String[]> props, String name) {
        for (String[] p : props) {
            // "@@name" escapes a property whose own name starts with "@"
            String key = p[0].startsWith("@@") ? p[0].substring(1) : p[0];
            if (key.equals(name)) {
                return p[1];
            }
        }
        return null;
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
