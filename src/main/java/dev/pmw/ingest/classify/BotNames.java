package dev.pmw.ingest.classify;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/// Names that chat tools give integrations, for sources that do not say who is a bot (copied chat
/// text). Deliberately short: a person called "Jenkins" is rarer than the CI server in an incident
/// channel, but a person called "Abbot" is not a bot.
public final class BotNames {
    private static final Set<String> KNOWN = Set.of(
            "datadog", "pagerduty", "opsgenie", "victorops", "splunk on-call", "incident.io", "rootly", "firehydrant",
            "statuspage", "sentry", "grafana", "grafana alerting", "alertmanager", "prometheus", "new relic",
            "honeycomb", "github", "gitlab", "bitbucket", "jenkins", "circleci", "travis ci", "buildkite", "argo cd",
            "argocd", "spinnaker", "harness", "aws chatbot", "amazon q", "jira", "jira cloud", "slackbot",
            "google calendar", "zapier", "workflow builder");
    /// `deploy-bot`, `incident_bot`, `Release Bot`.
    private static final Pattern BOT_SUFFIX = Pattern.compile("(?i).*[-_ ]bot");

    private BotNames() {
    }

    public static boolean isKnownBot(String name) {
        if (name == null || name.isBlank()) {
            return false;
        }
        String n = name.strip();
        return KNOWN.contains(n.toLowerCase(Locale.ROOT)) || BOT_SUFFIX.matcher(n).matches();
    }
}
