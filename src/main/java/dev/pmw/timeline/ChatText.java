package dev.pmw.timeline;

import java.util.regex.Pattern;

/// Text tests shared by relevance rules and analysis: what in a chat message reads as a finding, an
/// action, an acknowledgement or plain chatter.
public final class ChatText {
    private ChatText() {
    }

    /// A responder states what they found or did.
    static final Pattern FINDING_OR_ACTION = Pattern.compile("(?i)\\b("
            + "found|identified|root cause|caused by|culprit|exhaust\\w*|saturat\\w*|starv\\w*|leak\\w*|deadlock\\w*|"
            + "oom\\w*|pool|applying|applied|hotfix\\w*|patch\\w*|roll(ed|ing)? ?back|rollback|revert\\w*|"
            + "restart\\w*|redeploy\\w*|deploy(ed|ing)|scal(ed|ing) (up|out)|bump\\w*|increas\\w*|decreas\\w*|"
            + "mitigat\\w*|resolv\\w*|recover\\w*|back to normal|below \\d|drained|processed|declar\\w*|"
            + "sev ?[1-4]|i'?m ic|incident commander|tickets?|customers? (report|impact|affected)|status ?page|"
            + "confirmed|fixed|disabled|enabled|failover|failed over)\\b");

    /// "ack", "acking", "on it" from a responder.
    static final Pattern ACK = Pattern.compile("(?i)^\\s*(ack(ed|ing|nowledged)?|on it|looking( into it)?|investigating)\\b");

    static final Pattern ACK_CHATTER = Pattern.compile("(?i)^\\s*(\\+1|\\+\\d+|ok(ay)?|k|kk|same|same here|me too|"
            + "thanks?( you)?|thx|ty|nice|great|cool|lol|yep|yes|no|nope|np|👍|🙏|💯|good call|agreed|"
            + "\\+1 same|ditto|following|watching|here)\\s*[.!]*\\s*$");

    private static final Pattern EMOJI_CODE = Pattern.compile(":[a-z0-9_+\\-]+(::skin-tone-\\d)?:");

    /// A statement of what someone found or did. Questions ("what was the root cause?") and
    /// messages addressed to one person ("@raul scroll up") are conversation, not findings;
    /// announcements to everyone (`@here`, `@channel`) still count.
    public static boolean isFindingOrAction(String text) {
        String t = text.strip();
        if (isQuestion(t) || ADDRESSED.matcher(t).lookingAt() && !BROADCAST.matcher(t).lookingAt()) {
            return false;
        }
        return FINDING_OR_ACTION.matcher(t).find();
    }

    private static final Pattern ADDRESSED = Pattern.compile("@\\S");
    private static final Pattern BROADCAST = Pattern.compile("(?i)@(here|channel|everyone)\\b");

    /// The message asks rather than tells: its first sentence ends with a question mark.
    static boolean isQuestion(String text) {
        int end = text.length();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '\n') {
                end = i;
                break;
            }
        }
        return text.substring(0, end).strip().endsWith("?");
    }

    public static boolean isAck(String text) {
        return ACK.matcher(text).find();
    }

    public static boolean isAckChatter(String text) {
        return ACK_CHATTER.matcher(text).matches();
    }

    /// Only emoji shortcodes, emoji characters and whitespace.
    public static boolean isEmojiOnly(String text) {
        String rest = EMOJI_CODE.matcher(text).replaceAll("").strip();
        if (rest.isEmpty()) {
            return !text.isBlank();
        }
        for (int i = 0; i < rest.length(); ) {
            int cp = rest.codePointAt(i);
            if (!(Character.isWhitespace(cp) || isEmoji(cp))) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    private static boolean isEmoji(int cp) {
        return cp >= 0x1F000 && cp <= 0x1FAFF || cp >= 0x2600 && cp <= 0x27BF || cp == 0x200D || cp == 0xFE0F
                || cp >= 0x1F3FB && cp <= 0x1F3FF || cp == 0x2B50 || cp == 0x2705 || cp == 0x274C;
    }
}
