package dev.pmw.ingest.slack;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/// Who and where ids refer to: members from `users.json`/`org_users.json`, channel names, bot names,
/// plus what messages tell about authors missing from the users file (inline `user_profile`, bot
/// names announced by `bot_add`). Filled while reading, queried while building events.
final class SlackDirectory implements SlackMarkup.Names {
    /// `added an integration to this channel: <https://x.slack.com/services/B0JL6RASU|github>`
    private static final Pattern BOT_ADD_LINK = Pattern.compile("<https?://[^|>]*/services/(B[A-Z0-9]+)\\|([^>]+)>");

    record Member(String name, boolean bot) {
    }

    private final Map<String, Member> members = new HashMap<>();
    private final Map<String, String> profiles = new HashMap<>();
    private final Map<String, String> channels = new HashMap<>();
    private final Map<String, String> bots = new HashMap<>();

    /// One element of `users.json`.
    void addMember(JsonNode u) {
        String id = text(u, "id");
        if (id.isEmpty()) {
            return;
        }
        String name = firstNonEmpty(text(u.path("profile"), "display_name"), text(u.path("profile"), "real_name"),
                text(u, "real_name"), text(u, "name"));
        members.put(id, new Member(name.isEmpty() ? id : name, u.path("is_bot").asBoolean(false)));
    }

    void addChannel(String id, String name) {
        if (id != null && !id.isEmpty() && name != null && !name.isEmpty()) {
            channels.put(id, name);
        }
    }

    /// What a message says about its author when the users file does not know them.
    void learnFrom(JsonNode msg) {
        String user = text(msg, "user");
        JsonNode up = msg.path("user_profile");
        if (!user.isEmpty() && up.isObject() && !profiles.containsKey(user)) {
            String name = firstNonEmpty(text(up, "display_name"), text(up, "real_name"), text(up, "name"));
            if (!name.isEmpty()) {
                profiles.put(user, name);
            }
        }
        JsonNode bp = msg.path("bot_profile");
        String botId = firstNonEmpty(text(msg, "bot_id"), text(bp, "id"));
        if (!botId.isEmpty() && !text(bp, "name").isEmpty()) {
            bots.putIfAbsent(botId, text(bp, "name"));
        }
        if ("bot_add".equals(text(msg, "subtype"))) {
            Matcher m = BOT_ADD_LINK.matcher(text(msg, "text"));
            if (m.find()) {
                bots.putIfAbsent(m.group(1), SlackMarkup.unescape(m.group(2)));
            }
        }
    }

    /// Display name for a user id: users file, then inline profiles seen in messages, then the id.
    @Override
    public String user(String id) {
        Member m = members.get(id);
        if (m != null) {
            return m.name();
        }
        String p = profiles.get(id);
        if (p != null) {
            return p;
        }
        String b = bots.get(id);
        return b != null ? b : id;
    }

    boolean knowsUser(String id) {
        return members.containsKey(id) || profiles.containsKey(id);
    }

    boolean isBotUser(String id) {
        Member m = members.get(id);
        return m != null && m.bot();
    }

    @Override
    public String channel(String id) {
        return channels.getOrDefault(id, id);
    }

    String bot(String botId) {
        return bots.get(botId);
    }

    int memberCount() {
        return members.size();
    }

    static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() || v.isContainerNode() ? "" : v.asText("");
    }

    static String firstNonEmpty(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return "";
    }
}
