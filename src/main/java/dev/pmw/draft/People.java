package dev.pmw.draft;

import dev.pmw.model.Attr;
import dev.pmw.model.Event;
import dev.pmw.model.EventKind;
import dev.pmw.timeline.Row;
import dev.pmw.timeline.Timeline;

import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/// The people named in a timeline (chat authors, responders, commit authors), so that drafting can
/// keep them out of causal sentences and the blameless check can look for them.
public final class People {
    private static final Set<EventKind> HUMAN_KINDS = EnumSet.of(EventKind.CHAT, EventKind.DECLARE, EventKind.ACKNOWLEDGE,
            EventKind.RESOLVE, EventKind.NOTE, EventKind.COMMIT, EventKind.ESCALATE, EventKind.STATUS_CHANGE);
    private static final Pattern NOT_A_NAME = Pattern.compile("(?i).*(bot|datadog|pagerduty|opsgenie|github|gitlab|"
            + "jenkins|slackbot|system|service|-).*");

    private People() {
    }

    public static Set<String> of(Timeline timeline) {
        Set<String> out = new TreeSet<>();
        for (Row r : timeline.rows()) {
            Event e = r.event();
            if (!e.isBot() && HUMAN_KINDS.contains(e.kind())) {
                add(out, e.actor());
            }
            String responder = e.attr(Attr.RESPONDER);
            if (responder != null) {
                for (String s : responder.split("[,;]")) {
                    add(out, s);
                }
            }
        }
        return out;
    }

    private static void add(Set<String> out, String name) {
        String n = name == null ? "" : name.strip();
        if (n.length() >= 2 && n.chars().anyMatch(Character::isLetter) && !NOT_A_NAME.matcher(n).matches()) {
            out.add(n);
        }
    }
}
