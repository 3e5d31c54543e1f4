package dev.pmw.timeline;

import dev.pmw.model.Attr;
import dev.pmw.model.EventKind;
import dev.pmw.model.Level;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/// Recognises log lines that record a change to the system, so that the trigger analysis sees them
/// next to deploys from other sources: a scheduled job starting, a configuration reload, a version
/// coming up, a rollback. Only notable rows are classified (single lines and bursts of a few
/// identical lines, e.g. one config reload per pod); a thousand "starting run" lines are traffic.
public final class LogClassifier {
    /// Bursts up to this size are still one change (the same reload logged by each pod).
    public static final int MAX_BURST = 3;

    /// Only the head of a message is read: changes announce themselves in the first words.
    private static final int HEAD = 500;

    /// A cheap gate before the real patterns: most lines contain none of these words.
    private static final Pattern GATE = Pattern.compile(
            "(?i)start|kick|launch|schedul|cron|config|setting|flag|reload|deploy|version|release|roll");

    private static final Pattern FAILURE = Pattern.compile(
            "(?i)\\b(fail\\w*|error\\w*|unable|cannot|can't|could not|exception|abort\\w*|invalid|refus\\w*)\\b");

    private static final String NAME = "[\"'`]?([A-Za-z][\\w.\\-:/]*[\\w])[\"'`]?";
    private static final String VERSION = "(v?\\d+\\.\\d+[\\w.\\-+]*[\\w])";

    private static final Pattern[] JOB = {
            // "Starting scheduled run invoice-reconciliation (cron …)", "kicked off nightly job X"
            Pattern.compile("(?i)\\b(?:starting|started|start|kicking off|kicked off|launching|launched|triggered)\\s+"
                    + "(?:the\\s+)?(?:scheduled|cron|nightly|daily|hourly|weekly|batch)\\s+(?:run|job|task)\\s+"
                    + "(?:of\\s+|for\\s+)?" + NAME),
            // "Scheduled task purge-expired-keys started", "cron job X starting"
            Pattern.compile("(?i)\\b(?:scheduled|cron|batch)\\s+(?:task|job|run)\\s+" + NAME
                    + "\\s+(?:started|starting|kicked off|launched)\\b"),
    };

    private static final Pattern[] CONFIG = {
            // "Configuration reloaded: db.pool.max_size 10 -> 50"
            Pattern.compile("(?i)\\b(?:configuration|config|settings?|feature flags?|runtime overrides?)\\s+"
                    + "(?:was\\s+|were\\s+|has been\\s+)?(?:re-?loaded|changed|updated|applied|hot-?reloaded)\\b"),
            // "Reloaded configuration", "applying new config"
            Pattern.compile("(?i)\\b(?:re-?load(?:ed|ing)?|appl(?:ied|ying))\\s+(?:new\\s+|updated\\s+)?"
                    + "(?:configuration|config|settings)\\b"),
    };

    private static final Pattern[] ROLLBACK = {
            Pattern.compile("(?i)\\b(?:rolled back|rolling back|roll(?:ing)? back|rollback)\\b"
                    + "(?:[^\\n]{0,40}?\\bto\\s+(?:version\\s+)?" + VERSION + ")?"),
    };

    private static final Pattern[] DEPLOY = {
            // "Deployed v2.31.0", "deployed version 1.4"
            Pattern.compile("(?i)\\bdeployed\\s+(?:version\\s+|release\\s+)?" + VERSION),
            // "version 2.31.0 starting", "version v1.2 is live"
            Pattern.compile("(?i)\\bversion\\s+" + VERSION + "\\s+(?:is\\s+)?(?:starting|started|deployed|rolled out|live|up)\\b"),
            // "Starting payment-service v2.31.0"
            Pattern.compile("(?i)\\b(?:starting|started|booting)\\s+" + NAME + "\\s+(v\\d+\\.\\d+[\\w.\\-+]*[\\w])"),
            // "release 3.8.0 deployed"
            Pattern.compile("(?i)\\brelease\\s+" + VERSION + "\\s+(?:deployed|rolled out|live)\\b"),
    };

    private LogClassifier() {
    }

    /// What a change line is: its kind and the facts read from it ([Attr#SERVICE], [Attr#JOB],
    /// [Attr#VERSION]).
    public record Change(EventKind kind, Map<String, String> attrs) {
        public Change {
            attrs = Map.copyOf(attrs);
        }
    }

    /// The change a log line records, or null when it records none.
    ///
    /// @param message the log message
    /// @param service the service that logged it ("" when unknown)
    /// @param level   its level: errors are never changes ("rollback failed" is a failure)
    public static Change classify(String message, String service, Level level) {
        if (message == null || message.isEmpty() || level.atLeast(Level.ERROR)) {
            return null;
        }
        String head = message.length() > HEAD ? message.substring(0, HEAD) : message;
        if (!GATE.matcher(head).find() || FAILURE.matcher(head).find()) {
            return null;
        }
        String svc = service == null ? "" : service;
        Matcher m = first(JOB, head);
        if (m != null) {
            Map<String, String> a = new LinkedHashMap<>();
            a.put(Attr.SERVICE, svc.isEmpty() ? m.group(1) : svc);
            a.put(Attr.JOB, m.group(1));
            return new Change(EventKind.JOB, a);
        }
        m = first(ROLLBACK, head);
        if (m != null) {
            return new Change(EventKind.ROLLBACK, facts(svc, null, m.groupCount() >= 1 ? m.group(1) : null));
        }
        m = first(DEPLOY, head);
        if (m != null) {
            String named = m.groupCount() >= 2 ? m.group(1) : null;
            String version = m.group(m.groupCount());
            return new Change(EventKind.DEPLOY, facts(svc, named, version));
        }
        if (first(CONFIG, head) != null) {
            return new Change(EventKind.CONFIG_CHANGE, facts(svc, null, null));
        }
        return null;
    }

    private static Map<String, String> facts(String service, String named, String version) {
        Map<String, String> a = new LinkedHashMap<>();
        String s = !service.isEmpty() ? service : named;
        if (s != null && !s.isEmpty()) {
            a.put(Attr.SERVICE, s);
        }
        if (version != null && !version.isEmpty()) {
            a.put(Attr.VERSION, version);
        }
        return a;
    }

    private static Matcher first(Pattern[] patterns, String text) {
        for (Pattern p : patterns) {
            Matcher m = p.matcher(text);
            if (m.find()) {
                return m;
            }
        }
        return null;
    }
}
