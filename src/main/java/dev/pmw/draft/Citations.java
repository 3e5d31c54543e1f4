package dev.pmw.draft;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/// The inline citation form of section text: event ids in square brackets, one or several separated
/// by commas — `[e-1h4j8k7qepn2]`, `[e-02kcmrf7yrn5, e-nsmyy96nbv59]`. In CommonMark this is plain
/// text (no link definition matches it), so a section reads well in any Markdown editor; exports turn
/// it into footnotes or numbered references. An escaped bracket (`\[e-…]`) is not a citation, nor is
/// a link (`[e-…](…)`, `[e-…][…]`).
public final class Citations {
    private static final String ID = "e-[0-9a-z]{3,24}";
    public static final Pattern PATTERN = Pattern.compile("(?<!\\\\)\\[(" + ID + "(?:\\s*,\\s*" + ID + ")*)](?![(\\[])");
    private static final Pattern ID_PATTERN = Pattern.compile(ID);

    private Citations() {
    }

    /// Cited ids in order of first appearance.
    public static List<String> extract(String markdown) {
        if (markdown == null || markdown.isEmpty()) {
            return List.of();
        }
        Set<String> ids = new LinkedHashSet<>();
        Matcher m = PATTERN.matcher(markdown);
        while (m.find()) {
            ids.addAll(split(m.group(1)));
        }
        return List.copyOf(ids);
    }

    /// `[e-a, e-b]`, or "" when there is nothing to cite.
    public static String cite(Collection<String> ids) {
        List<String> distinct = new ArrayList<>(new LinkedHashSet<>(ids));
        distinct.removeIf(id -> id == null || !ID_PATTERN.matcher(id).matches());
        return distinct.isEmpty() ? "" : "[" + String.join(", ", distinct) + "]";
    }

    /// ` [e-a, e-b]` (with a leading space), or "".
    public static String after(Collection<String> ids) {
        String c = cite(ids);
        return c.isEmpty() ? "" : " " + c;
    }

    /// Replaces every citation with what `replacement` returns for its ids.
    public static String replace(String markdown, Function<List<String>, String> replacement) {
        Matcher m = PATTERN.matcher(markdown);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(replacement.apply(split(m.group(1)))));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /// The text without citations (and without the space before each).
    public static String strip(String markdown) {
        return Pattern.compile("\\s?" + PATTERN.pattern()).matcher(markdown).replaceAll("");
    }

    static List<String> split(String inner) {
        List<String> out = new ArrayList<>();
        for (String s : inner.split(",")) {
            out.add(s.strip());
        }
        return out;
    }
}
