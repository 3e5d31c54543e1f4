package dev.pmw.ingest.slack;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/// What one line of text copied from the Slack desktop client is: a clock time, a plausible author
/// name, a reaction, UI noise, or message text (formats.md §1.8).
final class ClientText {
    private static final String SPACE = "[\\s\\u00a0\\u202f]";
    /// `10:42 AM`, `10:42`, `[10:42 PM]`, `Today at 10:42 AM`, `Feb 16th at 3:12`, `APP  3:12 AM`.
    private static final Pattern TIME = Pattern.compile("(?i)\\[?(?:APP" + SPACE + "+)?(?:(?<date>[^\\[\\]]{3,40}?)"
            + SPACE + "+at" + SPACE + "+)?(?<h>\\d{1,2}):(?<m>\\d{2})(?::(?<s>\\d{2}))?(?:" + SPACE
            + "*(?<ampm>[ap])\\.?" + SPACE + "?m\\.?)?\\]?");
    /// §1.8 sniff rule, on a raw line.
    static final Pattern SNIFF_TIME = Pattern.compile("(?i)^\\d{1,2}:\\d{2}(" + SPACE + "?[AP]M)?$");
    private static final Pattern COUNT = Pattern.compile("\\d{1,5}");
    private static final Pattern EMOJI_LINE = Pattern.compile("(?::[\\w+'-]+:(?::skin-tone-\\d:)?\\s*)+");
    private static final Pattern REPLIES = Pattern.compile("(?i)(?<n>\\d+)\\s+repl(?:y|ies)");
    private static final Pattern NOISE = Pattern.compile("(?i)view thread|view \\d+ (?:new )?repl(?:y|ies)|new|new messages?"
            + "|last reply .{0,60}|also sent to the channel|also sent as direct message|app|bot|show more|show less"
            + "|\\(edited\\)|avatar|profile (?:photo|picture|image)|.{1,50}'s (?:avatar|profile (?:photo|picture|image))");
    private static final Pattern EDITED = Pattern.compile("(?i)" + SPACE + "*\\(edited\\)$");
    private static final Pattern APP_SUFFIX = Pattern.compile("(?i)(.+?)" + SPACE + "+APP");
    /// Sentence ends, links, code and markup do not end or start names; an initial does ("Lucía G.").
    private static final Pattern NAME_FORBIDDEN = Pattern.compile(
            "[?!,;:]$|(?<!\\b\\p{Lu})\\.$|://|`|^[:@#>*\\-•]|^\\d+$|^\\W+$");

    /// A clock time read from a line, and the day it names, if any.
    record Clock(LocalTime time, ClientDates.Day day, String raw) {
    }

    private ClientText() {
    }

    /// The clock time a line shows, or null when the line is not a time line.
    static Clock time(String line, LocalDate reference) {
        String s = line.strip();
        if (s.length() > 60) {
            return null;
        }
        Matcher m = TIME.matcher(s);
        if (!m.matches()) {
            return null;
        }
        int h = Integer.parseInt(m.group("h"));
        int min = Integer.parseInt(m.group("m"));
        int sec = m.group("s") == null ? 0 : Integer.parseInt(m.group("s"));
        if (min > 59 || sec > 59) {
            return null;
        }
        if (m.group("ampm") != null) {
            if (h < 1 || h > 12) {
                return null;
            }
            boolean pm = Character.toLowerCase(m.group("ampm").charAt(0)) == 'p';
            h = h % 12 + (pm ? 12 : 0);
        } else if (h > 23) {
            return null;
        }
        ClientDates.Day day = null;
        if (m.group("date") != null) {
            day = ClientDates.parse(m.group("date"), reference);
            if (day == null) {
                return null;
            }
        }
        return new Clock(LocalTime.of(h, min, sec), day, s);
    }

    /// A line that can be an author name: short, not a sentence, not markup.
    static boolean plausibleName(String line) {
        String s = line.strip();
        if (s.isEmpty() || s.length() > 50 || NAME_FORBIDDEN.matcher(s).find() || isNoise(s)) {
            return false;
        }
        return s.split("\\s+").length <= 6 && s.chars().anyMatch(Character::isLetter);
    }

    /// Stricter than [#plausibleName] for names not seen before: one token (`dani.o`, `e08`,
    /// `deploy-bot`) or words that start and end capitalised (`Dani Ortega`, `Lucía de la Fuente`), not a phrase (`Found it`).
    static boolean looksLikeName(String name) {
        String[] words = name.strip().split("\\s+");
        return words.length == 1 || !Character.isLowerCase(words[0].codePointAt(0))
                && !Character.isLowerCase(words[words.length - 1].codePointAt(0));
    }

    /// The name without an "APP" badge, and whether it had one.
    static String withoutAppBadge(String name) {
        Matcher m = APP_SUFFIX.matcher(name.strip());
        return m.matches() ? m.group(1).strip() : name.strip();
    }

    static boolean hasAppBadge(String name) {
        return APP_SUFFIX.matcher(name.strip()).matches();
    }

    static boolean isAppBadge(String line) {
        return line.strip().equalsIgnoreCase("APP") || line.strip().equalsIgnoreCase("BOT");
    }

    static boolean isNoise(String line) {
        String s = line.strip();
        return NOISE.matcher(s).matches() || REPLIES.matcher(s).matches();
    }

    /// The reply count of a `3 replies` line, or -1.
    static int replies(String line) {
        Matcher m = REPLIES.matcher(line.strip());
        return m.matches() ? Integer.parseInt(m.group("n")) : -1;
    }

    static boolean isEmojiOnly(String line) {
        return EMOJI_LINE.matcher(line.strip()).matches();
    }

    static boolean isCount(String line) {
        return COUNT.matcher(line.strip()).matches();
    }

    static boolean isEdited(String line) {
        return EDITED.matcher(line).find();
    }

    static String withoutEdited(String line) {
        return EDITED.matcher(line).replaceFirst("");
    }
}
