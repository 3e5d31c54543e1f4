package dev.pmw.ingest.slack;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pmw.ingest.time.Timestamps;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import static dev.pmw.ingest.slack.SlackDirectory.firstNonEmpty;
import static dev.pmw.ingest.slack.SlackDirectory.text;

/// One message of a day file, reduced to what the timeline needs. The text stays mrkdwn until every
/// name in the export is known (a mention can name someone whose profile appears only later).
///
/// @param ts              Slack's own id of the message (`"1452845865.000008"`), canonical form
/// @param time            `ts` as an instant, exact to the microsecond
/// @param entry           day file inside the export (`enrique/2016-01-15.json`)
/// @param user            author's user id, or empty
/// @param botId           `bot_id`, or empty
/// @param subtype         Slack subtype, or empty for plain messages
/// @param ownName         the name the message itself gives its author (legacy `username`, `bot_profile.name`)
/// @param ownNameFirst    legacy bot messages show `username` in place of any user's name
/// @param bot             written by a bot or integration
/// @param mrkdwn          content to show, not yet rendered
/// @param fileNames       names of shared files
/// @param files           shared files with token-free links, or null
/// @param reactions       `+1×3 eyes×1`, or null
/// @param edited          edit time as ISO instant, or null
/// @param threadTs        the thread this message starts or belongs to, or null
/// @param declaredReplies replies the parent says the thread has (`reply_count`, `replies[]`)
record SlackMessage(String ts, Instant time, String entry, String user, String botId, String subtype,
                    String ownName, boolean ownNameFirst, boolean bot, String mrkdwn, List<String> fileNames,
                    String files, String reactions, String edited, String threadTs, int declaredReplies) {

    private static final Pattern TS = Pattern.compile("\\d{1,12}(\\.\\d{1,9})?");
    /// Subtypes posted by a person about a bot, not by the bot.
    private static final Set<String> ABOUT_BOTS = Set.of("bot_add", "bot_remove", "bot_enable", "bot_disable");

    boolean isReply() {
        return threadTs != null && !threadTs.equals(ts);
    }

    boolean isThreadParent() {
        return threadTs != null && threadTs.equals(ts) || threadTs == null && declaredReplies > 0;
    }

    /// Why `node` cannot be read as a message, or null when it can.
    static String problem(JsonNode node) {
        if (!node.isObject()) {
            return "is not a JSON object";
        }
        JsonNode ts = node.get("ts");
        if (ts == null || ts.isNull()) {
            return "has no ts";
        }
        if (canonicalTs(ts) == null) {
            return "has an unreadable ts " + ts;
        }
        return null;
    }

    /// Reads a message that passed [#problem].
    static SlackMessage of(JsonNode n, String entry) {
        String ts = canonicalTs(n.get("ts"));
        String subtype = text(n, "subtype");
        JsonNode botProfile = n.path("bot_profile");
        String botId = firstNonEmpty(text(n, "bot_id"), text(botProfile, "id"));
        boolean bot = subtype.equals("bot_message") || botProfile.isObject()
                || !botId.isEmpty() && !ABOUT_BOTS.contains(subtype);
        String username = text(n, "username");
        String ownName = firstNonEmpty(text(botProfile, "name"), username);
        String edited = null;
        JsonNode e = n.path("edited").path("ts");
        String editedTs = e.isMissingNode() ? null : canonicalTs(e);
        if (editedTs != null) {
            edited = Timestamps.slackTs(editedTs).toString();
        }
        String threadTs = n.has("thread_ts") ? canonicalTs(n.get("thread_ts")) : null;
        int declared = Math.max(n.path("reply_count").asInt(0), n.path("replies").size());
        List<String> files = SlackContent.files(n);
        return new SlackMessage(ts, Timestamps.slackTs(ts), entry, text(n, "user"), botId, subtype, ownName,
                subtype.equals("bot_message") && !username.isBlank(), bot, SlackContent.mrkdwn(n, bot),
                SlackContent.fileNames(n), files.isEmpty() ? null : String.join("; ", files),
                SlackContent.reactions(n), edited, threadTs, declared);
    }

    /// Slack ids are strings like `"1452845865.000008"`; a number is accepted and written the same
    /// way (six fraction digits) so the record key does not depend on how the file spelled it.
    static String canonicalTs(JsonNode ts) {
        if (ts == null) {
            return null;
        }
        if (ts.isTextual()) {
            String s = ts.asText().strip();
            return TS.matcher(s).matches() ? s : null;
        }
        if (ts.isNumber()) {
            BigDecimal v = ts.decimalValue();
            if (v.signum() < 0 || v.precision() - v.scale() > 12) {
                return null;
            }
            String plain = v.toPlainString();
            int dot = plain.indexOf('.');
            String frac = dot < 0 ? "" : plain.substring(dot + 1);
            if (frac.length() > 9) {
                return null;
            }
            String sec = dot < 0 ? plain : plain.substring(0, dot);
            return frac.length() <= 6 ? sec + "." + (frac + "000000").substring(0, 6) : sec + "." + frac;
        }
        return null;
    }
}
