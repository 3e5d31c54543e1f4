package dev.pmw.ingest.datadog;

import dev.pmw.model.EventKind;
import dev.pmw.model.Level;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/// What a Datadog event is: a monitor transition (from the `[Triggered]`-style title prefix, the
/// `alert_type`/status of a `Monitor Alert`, or a webhook's transition name), a deploy or rollback
/// (CI/CD source, `deploy`/`version:` tags, deploy words in the title), a configuration run, or
/// something else.
final class Classifier {
    /// `[P1] [Triggered on {host:web-1}] Monitor name`; the priority and scope are optional.
    private static final Pattern MONITOR_TITLE = Pattern.compile(
            "^\\s*(?:\\[P\\d\\]\\s*)?\\[(Re-Triggered|Triggered|Recovered|Warn Recovered|Re-Warn|Warn|Warning"
                    + "|No Data Recovered|Re-No Data|No Data|Renotify|Alert|OK)(?: on \\{([^}]*)\\})?\\]\\s*(.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Set<String> CICD = Set.of("git", "github", "gitlab", "bitbucket", "jenkins", "circleci",
            "travis ci", "travisci", "buildkite", "teamcity", "bamboo", "argocd", "argo cd", "spinnaker",
            "octopus deploy", "harness", "codedeploy", "aws codedeploy", "azure devops", "deployment", "deploy",
            "github actions", "gitlab ci", "flux", "capistrano");
    private static final Set<String> CONFIG = Set.of("chef", "puppet", "ansible", "salt", "saltstack", "terraform");
    private static final Pattern DEPLOY_WORDS = Pattern.compile(
            "\\b(deploy(ed|ing|ment)?|released?|rollout|rolled out|roll out)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ROLLBACK_WORDS = Pattern.compile(
            "\\b(rollback|rolled back|roll back|reverted|revert)\\b", Pattern.CASE_INSENSITIVE);

    /// The outcome.
    ///
    /// @param kind    the event kind
    /// @param monitor the monitor name for monitor events, else null
    /// @param scope   the monitor group (`host:web-1`) when the title names one, else null
    record Result(EventKind kind, String monitor, String scope) {
    }

    private Classifier() {
    }

    /// @param title      event title
    /// @param status     `alert_type` (v1) or status (v2): error, warning, success, info …
    /// @param sourceType `source_type_name` or the `source:` tag
    /// @param monitor    whether the record is known to come from a monitor
    static Result classify(String title, String status, String sourceType, Tags tags, boolean monitor) {
        String t = title == null ? "" : title;
        Matcher m = MONITOR_TITLE.matcher(t);
        if (m.matches()) {
            String rest = m.group(3).strip();
            return new Result(transition(m.group(1)), rest.isEmpty() ? t : rest, m.group(2));
        }
        String src = sourceType == null ? "" : sourceType.toLowerCase(Locale.ROOT);
        if (monitor || src.equals("monitor alert") || src.equals("monitor")) {
            EventKind k = status == null ? null : switch (status.toLowerCase(Locale.ROOT)) {
                case "error", "alert", "critical" -> EventKind.ALERT_TRIGGERED;
                case "warning", "warn" -> EventKind.ALERT_WARN;
                case "success", "ok", "recovered" -> EventKind.ALERT_RECOVERED;
                default -> null;
            };
            if (k != null) {
                return new Result(k, t, null);
            }
        }
        if (CONFIG.contains(src)) {
            return new Result(EventKind.CONFIG_CHANGE, null, null);
        }
        boolean deployish = CICD.contains(src) || tags.has("deploy") || tags.has("deployment")
                || tags.is("event_type", "deploy") || tags.is("event_type", "deployment") || tags.has("version")
                || DEPLOY_WORDS.matcher(t).find();
        if (deployish) {
            return new Result(ROLLBACK_WORDS.matcher(t).find() || tags.has("rollback") ? EventKind.ROLLBACK
                    : EventKind.DEPLOY, null, null);
        }
        return new Result(EventKind.OTHER, null, null);
    }

    /// A monitor transition name (`Triggered`, `Re-Triggered`, `Recovered`, `Warn`, `No Data`, the
    /// webhook's `Alert`/`OK` states) as a kind; null when it names none.
    static EventKind transition(String name) {
        if (name == null) {
            return null;
        }
        String s = name.strip().toLowerCase(Locale.ROOT);
        if (s.contains("recover") || s.equals("ok")) {
            return EventKind.ALERT_RECOVERED;
        }
        if (s.contains("warn") || s.contains("no data")) {
            return EventKind.ALERT_WARN;
        }
        if (s.contains("trigger") || s.equals("alert") || s.equals("renotify")) {
            return EventKind.ALERT_TRIGGERED;
        }
        return null;
    }

    /// The level shown for an event: from the vendor status when it says, else from the kind.
    static Level level(String status, EventKind kind) {
        if (status != null) {
            Level l = switch (status.toLowerCase(Locale.ROOT)) {
                case "error", "critical", "alert" -> Level.ERROR;
                case "warning", "warn" -> Level.WARN;
                case "success", "info", "ok", "user_update", "recommendation", "snapshot" -> Level.INFO;
                default -> null;
            };
            if (l != null) {
                return l;
            }
        }
        return switch (kind) {
            case ALERT_TRIGGERED -> Level.ERROR;
            case ALERT_WARN -> Level.WARN;
            case ALERT_RECOVERED -> Level.INFO;
            default -> Level.UNKNOWN;
        };
    }

    /// Strips the `%%%` wrapper Datadog puts around markdown event text.
    static String stripMarkdownWrapper(String text) {
        if (text == null) {
            return "";
        }
        String s = text.strip();
        if (s.startsWith("%%%")) {
            s = s.substring(3);
        }
        if (s.endsWith("%%%")) {
            s = s.substring(0, s.length() - 3);
        }
        return s.strip();
    }
}
