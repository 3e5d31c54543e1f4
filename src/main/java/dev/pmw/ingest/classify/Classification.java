package dev.pmw.ingest.classify;

import dev.pmw.model.EventKind;

import java.util.Map;

/// What a chat message is, as far as its text tells: the event kind, the facts pulled out of it
/// (keys from [dev.pmw.model.Attr]) and the id of the rule that decided, for "why is this an alert?"
/// tooltips and tests.
///
/// @param kind  [EventKind#CHAT] unless a rule matched
/// @param attrs facts such as monitor, service, version, commit, environment, responder
/// @param rule  id of the matching rule, or empty for plain chat
public record Classification(EventKind kind, Map<String, String> attrs, String rule) {

    public static final Classification CHAT = new Classification(EventKind.CHAT, Map.of(), "");

    public Classification {
        attrs = attrs == null ? Map.of() : Map.copyOf(attrs);
        rule = rule == null ? "" : rule;
    }

    public boolean isChat() {
        return kind == EventKind.CHAT;
    }

    public String attr(String key) {
        return attrs.get(key);
    }
}
