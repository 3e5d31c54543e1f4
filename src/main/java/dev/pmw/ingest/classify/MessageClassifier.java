package dev.pmw.ingest.classify;

import dev.pmw.model.Attr;
import dev.pmw.model.EventKind;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;

/// Decides what a chat message records — an alert state change, a page, an acknowledgement, a deploy,
/// a declared incident — from its text and whether a bot wrote it, and pulls out the facts analysis
/// needs (monitor, value, service, version, commit, environment, responder, severity).
///
/// Pure functions over [ClassifierRules]: no I/O, no state, safe from any thread and from any parser
/// that reads chat (Slack export, copied Slack text, Teams, Mattermost …).
///
/// People stay [EventKind#CHAT] except for explicit incident commands ("/incident declare",
/// "Declaring SEV2", "Resolving the incident"), and never when the first line asks a question: a
/// responder asking "is this related to the deploy earlier?" is talking, not deploying.
public final class MessageClassifier {
    /// Longest text looked at; alerts put their state and facts first.
    private static final int MAX_TEXT = 8_000;
    private static final int MAX_FACT = 200;

    private static final Map<String, String> GROUP_ATTRS = Map.of(
            "monitor", Attr.MONITOR,
            "responder", Attr.RESPONDER,
            "severity", Attr.SEVERITY,
            "service", Attr.SERVICE,
            "commit", Attr.COMMIT);

    private MessageClassifier() {
    }

    /// @param text the message as displayed (mentions resolved, markup unescaped); may be null
    /// @param bot  whether the author is a bot or integration
    public static Classification classify(String text, boolean bot) {
        if (text == null || text.isBlank()) {
            return Classification.CHAT;
        }
        String t = normalize(text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text);
        boolean question = !bot && firstLine(t).contains("?");
        for (ClassifierRules.Rule rule : ClassifierRules.RULES) {
            if (rule.audience() == ClassifierRules.Audience.BOT && !bot) {
                continue;
            }
            if (question) {
                continue;
            }
            Matcher m = rule.pattern().matcher(t);
            if (!m.find()) {
                continue;
            }
            Map<String, String> attrs = new LinkedHashMap<>();
            for (Map.Entry<String, Integer> g : rule.pattern().namedGroups().entrySet()) {
                String attr = GROUP_ATTRS.get(g.getKey());
                String v = attr == null ? null : m.group(g.getValue());
                if (v != null && !v.isBlank()) {
                    attrs.put(attr, clean(attr, v));
                }
            }
            for (ClassifierRules.Fact f : rule.facts()) {
                if (attrs.containsKey(f.attr())) {
                    continue;
                }
                Matcher fm = f.pattern().matcher(t);
                if (fm.find() && fm.group("v") != null && !fm.group("v").isBlank()) {
                    attrs.put(f.attr(), clean(f.attr(), fm.group("v")));
                }
            }
            return new Classification(rule.kind(), attrs, rule.id());
        }
        return Classification.CHAT;
    }

    /// Formatting marks carry no meaning for classification: `*bold*`, `` `code` ``, `~strike~`, and
    /// the no-break spaces some clients put before "AM".
    static String normalize(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '*', '`', '~' -> { }
                case '\u00a0', '\u202f', '\t' -> sb.append(' ');
                case '\r' -> { }
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String firstLine(String t) {
        String s = t.strip();
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static String clean(String attr, String value) {
        String v = value.strip();
        if (attr.equals(Attr.SEVERITY)) {
            v = v.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        }
        if (v.length() > MAX_FACT) {
            v = v.substring(0, MAX_FACT) + "…";
        }
        return v;
    }
}
