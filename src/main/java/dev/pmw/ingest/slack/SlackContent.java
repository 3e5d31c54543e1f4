package dev.pmw.ingest.slack;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.pmw.ingest.slack.SlackDirectory.text;

/// What a message shows, in mrkdwn (rendered later, once every name is known): `text` if present,
/// else its attachments (pretext, title, text, fields — or the fallback), else its blocks.
/// Also the files, reactions and link a message carries.
final class SlackContent {
    private static final int MAX_PARTS = 200;

    private SlackContent() {
    }

    static String mrkdwn(JsonNode msg, boolean bot) {
        String text = text(msg, "text");
        if (!text.isBlank()) {
            // app bots put the commit, pipeline or runbook in a context block under the text
            return bot ? text + contextNotIn(msg.path("blocks"), text) : text;
        }
        String att = attachments(msg.path("attachments"));
        if (!att.isBlank()) {
            return att;
        }
        return blocks(msg.path("blocks"));
    }

    /// Attachment text as Slack shows it: each part on its own line, fields as "Title: value".
    static String attachments(JsonNode atts) {
        if (!atts.isArray()) {
            return "";
        }
        List<String> out = new ArrayList<>();
        int n = 0;
        for (JsonNode a : atts) {
            if (++n > MAX_PARTS) {
                break;
            }
            List<String> parts = new ArrayList<>();
            add(parts, text(a, "pretext"));
            add(parts, text(a, "title"));
            add(parts, text(a, "text"));
            int f = 0;
            for (JsonNode field : a.path("fields")) {
                if (++f > MAX_PARTS) {
                    break;
                }
                String title = text(field, "title");
                String value = text(field, "value");
                if (!value.isBlank()) {
                    add(parts, title.isBlank() ? value : title + ": " + value);
                }
            }
            if (parts.isEmpty()) {
                add(parts, text(a, "fallback"));
            }
            out.addAll(parts);
        }
        return String.join("\n", out);
    }

    private static void add(List<String> parts, String s) {
        if (s != null && !s.isBlank()) {
            parts.add(s.strip());
        }
    }

    /// Blocks flattened to mrkdwn: rich-text elements become the tokens Slack would have written
    /// (`<@U…>`, `<#C…>`, `<url|text>`), plain text is escaped so rendering treats both alike.
    static String blocks(JsonNode blocks) {
        if (!blocks.isArray()) {
            return "";
        }
        List<String> lines = new ArrayList<>();
        for (JsonNode b : blocks) {
            String type = text(b, "type");
            switch (type) {
                case "rich_text" -> {
                    for (JsonNode el : b.path("elements")) {
                        add(lines, richElement(el));
                    }
                }
                case "section", "header" -> {
                    add(lines, textObject(b.path("text")));
                    for (JsonNode f : b.path("fields")) {
                        add(lines, textObject(f));
                    }
                }
                case "context" -> add(lines, context(b));
                default -> { }
            }
            if (lines.size() > MAX_PARTS) {
                break;
            }
        }
        return String.join("\n", lines);
    }

    private static String contextNotIn(JsonNode blocks, String text) {
        if (!blocks.isArray()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (JsonNode b : blocks) {
            if ("context".equals(text(b, "type"))) {
                String c = context(b);
                if (!c.isBlank() && !text.contains(c)) {
                    sb.append('\n').append(c);
                }
            }
        }
        return sb.toString();
    }

    private static String context(JsonNode block) {
        List<String> parts = new ArrayList<>();
        for (JsonNode el : block.path("elements")) {
            add(parts, textObject(el));
        }
        return String.join(" ", parts);
    }

    /// `{type: mrkdwn|plain_text, text}`.
    private static String textObject(JsonNode t) {
        if (!t.isObject()) {
            return "";
        }
        String s = text(t, "text");
        return "plain_text".equals(text(t, "type")) ? SlackMarkup.escape(s) : "mrkdwn".equals(text(t, "type")) ? s : "";
    }

    private static String richElement(JsonNode el) {
        String type = text(el, "type");
        return switch (type) {
            case "rich_text_section" -> inline(el.path("elements"));
            case "rich_text_preformatted" -> "```" + inline(el.path("elements")) + "```";
            case "rich_text_quote" -> "&gt; " + inline(el.path("elements"));
            case "rich_text_list" -> {
                List<String> items = new ArrayList<>();
                for (JsonNode item : el.path("elements")) {
                    items.add("• " + richElement(item));
                }
                yield String.join("\n", items);
            }
            default -> "";
        };
    }

    private static String inline(JsonNode elements) {
        StringBuilder sb = new StringBuilder();
        for (JsonNode e : elements) {
            switch (text(e, "type")) {
                case "text" -> sb.append(SlackMarkup.escape(text(e, "text")));
                case "user" -> sb.append("<@").append(text(e, "user_id")).append('>');
                case "channel" -> sb.append("<#").append(text(e, "channel_id")).append('>');
                case "usergroup" -> sb.append("<!subteam^").append(text(e, "usergroup_id")).append('>');
                case "broadcast" -> sb.append("<!").append(text(e, "range")).append('>');
                case "emoji" -> sb.append(':').append(text(e, "name")).append(':');
                case "link" -> {
                    String url = text(e, "url");
                    String label = text(e, "text");
                    sb.append('<').append(SlackMarkup.escape(url));
                    if (!label.isEmpty()) {
                        sb.append('|').append(SlackMarkup.escape(label));
                    }
                    sb.append('>');
                }
                case "date" -> sb.append(SlackMarkup.escape(text(e, "fallback")));
                default -> { }
            }
        }
        return sb.toString();
    }

    /// Files shared with the message (legacy `file` and modern `files[]`) as "name (url)" joined by
    /// "; ", with token query values removed; null when there are none.
    static List<String> files(JsonNode msg) {
        List<String> out = new ArrayList<>();
        if (msg.path("file").isObject()) {
            out.add(file(msg.path("file")));
        }
        int n = 0;
        for (JsonNode f : msg.path("files")) {
            if (++n > MAX_PARTS) {
                break;
            }
            if (f.isObject()) {
                out.add(file(f));
            }
        }
        return out;
    }

    /// File names only, for a message whose text is empty.
    static List<String> fileNames(JsonNode msg) {
        List<String> out = new ArrayList<>();
        if (msg.path("file").isObject()) {
            out.add(fileName(msg.path("file")));
        }
        for (JsonNode f : msg.path("files")) {
            if (f.isObject() && out.size() < MAX_PARTS) {
                out.add(fileName(f));
            }
        }
        return out;
    }

    private static String fileName(JsonNode f) {
        String mode = text(f, "mode");
        if (mode.equals("tombstone")) {
            return "(deleted file)";
        }
        if (mode.equals("hidden_by_limit")) {
            return "(file hidden by the plan's history limit)";
        }
        return SlackDirectory.firstNonEmpty(text(f, "name"), text(f, "title"), text(f, "id"), "file");
    }

    private static String file(JsonNode f) {
        String name = fileName(f);
        String url = SlackDirectory.firstNonEmpty(text(f, "permalink"), text(f, "url_private"),
                text(f, "url_private_download"));
        return url.isEmpty() ? name : name + " (" + SlackUrls.stripTokens(url) + ")";
    }

    /// `+1×3 eyes×1`: skin tones folded into the base emoji, counts from `count` (the `users` list
    /// can be shorter than the count).
    static String reactions(JsonNode msg) {
        JsonNode rs = msg.path("reactions");
        if (!rs.isArray() || rs.isEmpty()) {
            return null;
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (JsonNode r : rs) {
            String name = text(r, "name");
            if (name.isEmpty()) {
                continue;
            }
            int skin = name.indexOf("::skin-tone-");
            if (skin > 0) {
                name = name.substring(0, skin);
            }
            int count = r.path("count").asInt(0);
            if (count <= 0) {
                count = Math.max(1, r.path("users").size());
            }
            counts.merge(name, count, Integer::sum);
        }
        if (counts.isEmpty()) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        counts.forEach((k, v) -> sb.append(sb.isEmpty() ? "" : " ").append(k).append('×').append(v));
        return sb.toString();
    }
}
