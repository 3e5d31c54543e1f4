package dev.pmw.draft;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/// Reads a user template: Markdown with `{{placeholders}}`. Every known section placeholder becomes
/// a section to draft (headed by the Markdown heading above it); scalar placeholders are filled at
/// export; unknown placeholders are reported and left in the text for the user to fill.
public final class UserTemplates {
    private static final Pattern HEADING = Pattern.compile("^ {0,3}#{1,6}\\s+(.*?)\\s*#*\\s*$");
    /// Hostile or accidental input: a template is a page of Markdown, not a log file.
    public static final int MAX_CHARS = 256 * 1024;

    private UserTemplates() {
    }

    public static Template parse(String name, String markdown) {
        if (markdown.length() > MAX_CHARS) {
            throw new IllegalArgumentException("template " + name + " is larger than " + MAX_CHARS / 1024 + " KiB");
        }
        String text = markdown.replace("\r\n", "\n").replace('\r', '\n');
        Map<String, SectionSpec> sections = new LinkedHashMap<>();
        List<TemplateProblem> problems = new ArrayList<>();
        String heading = null;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            Matcher m = Placeholders.PATTERN.matcher(line);
            List<String> onLine = new ArrayList<>();
            while (m.find()) {
                onLine.add(m.group(1));
            }
            Matcher h = HEADING.matcher(line);
            if (h.matches()) {
                heading = Placeholders.PATTERN.matcher(h.group(1)).replaceAll("").strip();
            }
            for (String raw : onLine) {
                String key = Placeholders.normalise(raw);
                if (Placeholders.isScalar(key) || sections.containsKey(key)) {
                    continue;
                }
                var intent = Placeholders.intentOf(key);
                if (intent.isPresent()) {
                    String head = h.matches() || heading == null || heading.isEmpty() ? intent.get().label() : heading;
                    sections.put(key, new SectionSpec(key, head, intent.get(), null, ""));
                } else {
                    problems.add(new TemplateProblem(i + 1, raw.strip(),
                            "unknown placeholder, left in the text as it is (known: sections such as {{root_cause}}, "
                                    + "{{timeline}}, {{action_items}}; values such as {{title}}, {{severity}}, {{duration}})"));
                }
            }
        }
        if (sections.isEmpty()) {
            problems.add(new TemplateProblem(0, "", "the template has no section placeholder; nothing will be drafted"));
        }
        return new Template(name, "User template " + name, List.copyOf(sections.values()), text, problems);
    }
}
