package dev.pmw.analysis;

import dev.pmw.model.Event;
import dev.pmw.model.EventKind;
import dev.pmw.timeline.ChatText;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/// What responders' chat messages say about the incident: acks, confirmed mitigation, resolution,
/// customer symptoms, and whether a message points at a change or rules it out.
final class ChatCues {
    private ChatCues() {
    }

    private static final Pattern MITIGATION_CONFIRMED = Pattern.compile("(?i)\\b(mitigated|back to (normal|baseline)|"
            + "(below|under) \\d+(\\.\\d+)?\\s?%|recovered|errors? (have |has )?stopped|"
            + "look(s)? (good|healthy|stable) (now|again))");
    /// A confirmation must say what recovered ("adyen status page all green" confirms nothing).
    private static final Pattern IMPACT_WORD = Pattern.compile("(?i)\\b(errors?|error rate|5xx|50\\d|rate|latency|p9\\d|"
            + "requests?|traffic|payments?|checkout|api|service|impact|customers?|users?)\\b");
    private static final Pattern NOT_YET = Pattern.compile("(?i)\\b(not|isn'?t|aren'?t|still not|no longer)\\s+(yet\\s+)?"
            + "(mitigated|recovered|back to normal|below)");

    private static final Pattern RESOLUTION = Pattern.compile("(?i)\\b(resolving (the|this) incident|"
            + "incident (is |has been )?(now )?resolved|marking (it |this |the incident )?(as )?resolved|"
            + "closing (the|this) incident|resolved the incident|we'?re resolved)\\b");

    private static final Pattern CUSTOMER = Pattern.compile("(?i)\\b(customers?|users?|merchants?|clients?|support|"
            + "tickets?|complain\\w*)\\b");
    private static final Pattern FAILURE = Pattern.compile("(?i)\\b(fail\\w*|errors?|can'?t|cannot|unable|5\\d\\d|"
            + "5xx|down|broken|declin\\w*|timeouts?|timing out|outage|degraded)\\b");
    private static final Pattern TICKETS = Pattern.compile("(?i)\\b(\\d{1,6})\\s+(?:(?:support|customer|new|open)\\s+){0,2}tickets?\\b");
    private static final Pattern CLOSED = Pattern.compile("(?i)\\b(closed|resolved|answered|replied|solved)\\b");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+|\\n");

    private static final Pattern RULED_OUT = Pattern.compile("(?i)\\b(unrelated|not related|not the cause|not it|"
            + "not that|ruled out|rule (it|that) out|red herring|does ?n[o']?t touch|look(s|ed)? (normal|fine|clean)|"
            + "nothing to do with|is ?n[o']?t (it|that|the cause)|no impact from|not involved|unaffected|"
            + "(its|their|a) (own|separate|different) (db|database|cluster|infra\\w*)|separate (db|database))\\b"
            + "|^\\s*no\\b[,.!]");
    private static final Pattern CAUSAL = Pattern.compile("(?i)\\b(moved|changed|caus\\w*|because|culprit|root cause|"
            + "lines up|due to|triggered|kicked off|start(ed|s)|runs?|running|ran|eat(s|ing)|starv\\w*|exhaust\\w*|"
            + "compet\\w*|overlap\\w*|deploy\\w*|went out|rolled out|schedul\\w*|cron|workers?|batch)\\b");

    /// A person's chat message (not a bot, not an integration).
    static boolean human(Event e) {
        return e.kind() == EventKind.CHAT && !e.isBot() && !e.text().isBlank();
    }

    static boolean isAck(Event e) {
        return human(e) && e.text().length() < 120 && ChatText.isAck(e.text());
    }

    static boolean confirmsMitigation(Event e) {
        String t = e.text();
        return human(e) && !t.strip().endsWith("?") && MITIGATION_CONFIRMED.matcher(t).find()
                && IMPACT_WORD.matcher(t).find() && !NOT_YET.matcher(t).find();
    }

    static boolean declaresResolution(Event e) {
        return human(e) && RESOLUTION.matcher(e.text()).find();
    }

    /// A statement (not a question) that customers or users see failures, or that support has open
    /// tickets: "Support has 4 tickets from customers whose card payments failed", not "do we know
    /// how many customers were affected?" nor "all 4 tickets closed".
    static boolean reportsSymptom(Event e) {
        String t = e.text();
        if (!human(e) || !mayNameCustomers(t)) {
            return false;
        }
        for (String sentence : SENTENCE_END.split(t)) {
            String s = sentence.strip();
            if (s.isEmpty() || s.endsWith("?")) {
                continue;
            }
            boolean tickets = TICKETS.matcher(s).find() && !CLOSED.matcher(s).find();
            if (tickets || CUSTOMER.matcher(s).find() && FAILURE.matcher(s).find()) {
                return true;
            }
        }
        return false;
    }

    /// Cheap test before the regexes: one of the customer words' stems, in any case.
    private static boolean mayNameCustomers(String t) {
        String l = t.toLowerCase(java.util.Locale.ROOT);
        return l.contains("custom") || l.contains("user") || l.contains("merchant") || l.contains("client")
                || l.contains("support") || l.contains("ticket") || l.contains("complain");
    }

    /// Support tickets counted in a message, or null.
    static Integer tickets(String text) {
        Matcher m = TICKETS.matcher(text);
        Integer max = null;
        while (m.find()) {
            int n = Integer.parseInt(m.group(1));
            max = max == null ? n : Math.max(max, n);
        }
        return max;
    }

    /// How a message that names a change speaks about it.
    enum Stance { RULED_OUT, QUESTION, POINTS_AT, NEUTRAL }

    static Stance stance(String text) {
        if (RULED_OUT.matcher(text).find()) {
            return Stance.RULED_OUT;
        }
        if (text.contains("?")) {
            return Stance.QUESTION;
        }
        return CAUSAL.matcher(text).find() ? Stance.POINTS_AT : Stance.NEUTRAL;
    }

    /// The message shortened for quoting in reasons and questions.
    static String quote(String text, int max) {
        String t = text.replaceAll("\\s+", " ").strip();
        return "“" + (t.length() <= max ? t : t.substring(0, max - 1) + "…") + "”";
    }
}
