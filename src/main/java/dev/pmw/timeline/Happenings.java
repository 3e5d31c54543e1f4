package dev.pmw.timeline;

import dev.pmw.model.Attr;
import dev.pmw.model.Event;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/// Identity of a happening that several sources record in their own words: a monitor transition
/// (Datadog export and the alert bot's Slack message), a page/ack/resolve of one incident
/// (PagerDuty log entry and its Slack bot), a deploy of one service version (deploy event and the
/// deploy bot). Used to mark duplicates and to estimate clock skew between sources.
final class Happenings {
    private static final Pattern INCIDENT_NO = Pattern.compile("#?(\\d{2,})");

    private Happenings() {
    }

    /// The key, or null when the event is not such a happening or lacks the facts to identify it.
    static String key(Event e) {
        return switch (e.kind()) {
            case ALERT_TRIGGERED, ALERT_WARN, ALERT_RECOVERED -> {
                String m = e.attr(Attr.MONITOR);
                yield m == null ? null : e.kind().id() + "|" + SourceAlignment.normalise(m);
            }
            case PAGE, ACKNOWLEDGE, RESOLVE, ESCALATE -> {
                String inc = e.attr(Attr.INCIDENT);
                if (inc == null) {
                    yield null;
                }
                Matcher m = INCIDENT_NO.matcher(inc);
                yield m.find() ? e.kind().id() + "|" + m.group(1) : null;
            }
            case DEPLOY, ROLLBACK, CONFIG_CHANGE -> {
                String svc = e.attr(Attr.SERVICE);
                if (svc == null) {
                    yield null;
                }
                String v = e.attr(Attr.VERSION) != null ? e.attr(Attr.VERSION) : e.attr(Attr.COMMIT);
                yield e.kind().id() + "|" + svc + "|" + (v == null ? "" : v);
            }
            default -> null;
        };
    }

    /// Chat messages (a bot's post about the happening) are the weaker record of it.
    static boolean isChatCopy(Event e) {
        return e.source().format().startsWith("slack");
    }
}
