package dev.pmw.ingest.slack;

import dev.pmw.ingest.classify.BotNames;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/// Splits the lines of a copied Slack conversation into messages: author and clock lines, day
/// separators, continuation messages (a clock line without a new name), reactions, edits, and the
/// client's UI noise. Dates are resolved later ([CopiedThreadEvents]); this class only reads structure.
final class CopiedThread {
    private static final Pattern CHANNEL_HEADER = Pattern.compile("#([a-z0-9][\\w-]{0,79})");
    private static final Pattern JOINED = Pattern.compile("(?i)(joined|left) #([a-z0-9][\\w-]{0,79})\\.?");
    private static final Pattern WAS_ADDED = Pattern.compile("(?i)was added to #([a-z0-9][\\w-]{0,79}).*");
    private static final String BROADCAST_PREFIX = "replied to a thread:";
    private static final int MAX_BODY_LINES = 2_000;

    /// One message as copied.
    static final class Draft {
        final int line;
        final String author;
        final boolean bot;
        final ClientDates.Day day;
        final LocalTime time;
        final String rawTime;
        final List<String> body = new ArrayList<>();
        final Map<String, Integer> reactions = new LinkedHashMap<>();
        boolean edited;
        boolean broadcast;
        int replies = -1;
        String subtype = "";

        Draft(int line, String author, boolean bot, ClientDates.Day day, LocalTime time, String rawTime) {
            this.line = line;
            this.author = author;
            this.bot = bot;
            this.day = day;
            this.time = time;
            this.rawTime = rawTime;
        }
    }

    /// @param drafts         messages in order
    /// @param channel        channel named by the text (`#inc-payments` header, "joined #…"), or null
    /// @param linesBefore    non-blank lines before the first message (ignored)
    record Parsed(List<Draft> drafts, String channel, int linesBefore) {
    }

    private CopiedThread() {
    }

    /// @param lines     the text's lines
    /// @param reference date for `Today`/`Yesterday` and for separators without a year
    static Parsed parse(List<String> lines, LocalDate reference) {
        List<Draft> drafts = new ArrayList<>();
        Draft cur = null;
        ClientDates.Day day = null;
        String channel = null;
        int before = 0;
        // names that introduce two or more messages are names, however they look ("hector (DBA)")
        java.util.Set<String> authors = repeatedNames(lines, reference);
        int n = lines.size();
        for (int i = 0; i < n; i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            // author line (optionally repeated, optionally followed by an APP badge), then the clock
            // the line right after a header is the message, whatever it looks like
            boolean expectingBody = cur != null && cur.body.isEmpty() && cur.reactions.isEmpty();
            int author = expectingBody ? 0 : authorLines(lines, i, reference, authors);
            if (author > 0) {
                ClientText.Clock clock = ClientText.time(lines.get(i + author), reference);
                if (clock.day() != null) {
                    day = clock.day();
                }
                String name = ClientText.withoutAppBadge(line);
                boolean bot = author == 2 && ClientText.isAppBadge(lines.get(i + 1)) || ClientText.hasAppBadge(line)
                        || BotNames.isKnownBot(name);
                cur = new Draft(i + 1, name, bot, day, clock.time(), clock.raw());
                drafts.add(cur);
                authors.add(line);
                i += author;
                continue;
            }
            ClientDates.Day sep = ClientDates.parse(line, reference);
            if (sep != null) {
                day = sep;
                continue;
            }
            ClientText.Clock clock = ClientText.time(line, reference);
            if (clock != null && cur != null) {
                // the same person again: the client shows only the time
                if (clock.day() != null) {
                    day = clock.day();
                }
                cur = new Draft(i + 1, cur.author, cur.bot, day, clock.time(), clock.raw());
                drafts.add(cur);
                continue;
            }
            if (cur == null) {
                Matcher h = CHANNEL_HEADER.matcher(line);
                if (h.matches()) {
                    channel = h.group(1);
                } else {
                    before++;
                }
                continue;
            }
            if (ClientText.isNoise(line)) {
                noise(cur, line);
                continue;
            }
            if (ClientText.isEmojiOnly(line) && i + 1 < n && ClientText.isCount(lines.get(i + 1))
                    && (!cur.body.isEmpty() || !cur.reactions.isEmpty())) {
                reaction(cur, line, Integer.parseInt(lines.get(i + 1).strip()));
                i++;
                continue;
            }
            channel = body(cur, line, channel);
        }
        return new Parsed(drafts, channel, before);
    }

    /// How many lines after `i` lead to the clock line when line `i` is an author name; 0 when it is
    /// not: `Name`+time (1), `Name`+`Name`+time or `Name`+`APP`+time (2). A last body line followed by
    /// a continuation's clock looks the same, so a name not seen before must also look like one.
    private static int authorLines(List<String> lines, int i, LocalDate reference, java.util.Set<String> authors) {
        String line = lines.get(i).strip();
        if (!authors.contains(line) && (!ClientText.plausibleName(ClientText.withoutAppBadge(line))
                || !ClientText.looksLikeName(ClientText.withoutAppBadge(line)) || ClientDates.parse(line, reference) != null)) {
            return 0;
        }
        if (i + 1 < lines.size() && ClientText.time(lines.get(i + 1), reference) != null) {
            return 1;
        }
        if (i + 2 < lines.size() && ClientText.time(lines.get(i + 2), reference) != null) {
            String next = lines.get(i + 1).strip();
            if (next.equals(line) || ClientText.isAppBadge(next)) {
                return 2;
            }
        }
        return 0;
    }

    private static java.util.Set<String> repeatedNames(List<String> lines, LocalDate reference) {
        Map<String, Integer> seen = new java.util.HashMap<>();
        java.util.Set<String> out = new java.util.HashSet<>();
        for (int i = 0; i + 1 < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (ClientText.plausibleName(ClientText.withoutAppBadge(line))
                    && ClientText.time(lines.get(i + 1), reference) != null
                    && ClientDates.parse(line, reference) == null
                    && seen.merge(line, 1, Integer::sum) >= 2) {
                out.add(line);
            }
        }
        return out;
    }

    private static void noise(Draft cur, String line) {
        int replies = ClientText.replies(line);
        if (replies >= 0) {
            cur.replies = replies;
        } else if (line.equalsIgnoreCase("Also sent to the channel")) {
            cur.broadcast = true;
            cur.subtype = "thread_broadcast";
        } else if (line.equalsIgnoreCase("(edited)")) {
            cur.edited = true;
        }
    }

    private static void reaction(Draft cur, String emoji, int count) {
        String name = emoji.strip();
        name = name.substring(1, name.length() - 1);
        int skin = name.indexOf("::skin-tone-");
        if (skin > 0) {
            name = name.substring(0, skin);
        }
        cur.reactions.merge(name, Math.max(1, count), Integer::sum);
    }

    private static String body(Draft cur, String line, String channel) {
        String text = line;
        if (ClientText.isEdited(text)) {
            cur.edited = true;
            text = ClientText.withoutEdited(text);
        }
        if (cur.body.isEmpty() && text.regionMatches(true, 0, BROADCAST_PREFIX, 0, BROADCAST_PREFIX.length())) {
            cur.broadcast = true;
            cur.subtype = "thread_broadcast";
            return channel;
        }
        if (cur.body.isEmpty()) {
            Matcher j = JOINED.matcher(text);
            Matcher a = WAS_ADDED.matcher(text);
            if (j.matches()) {
                cur.subtype = j.group(1).equalsIgnoreCase("joined") ? "channel_join" : "channel_leave";
                channel = channel == null ? j.group(2) : channel;
            } else if (a.matches()) {
                cur.subtype = "channel_join";
                channel = channel == null ? a.group(1) : channel;
            } else if (text.startsWith("set the channel topic:")) {
                cur.subtype = "channel_topic";
            } else if (text.startsWith("set the channel description:") || text.startsWith("set the channel purpose:")) {
                cur.subtype = "channel_purpose";
            }
        }
        if (cur.body.size() < MAX_BODY_LINES) {
            cur.body.add(text);
        }
        return channel;
    }
}
