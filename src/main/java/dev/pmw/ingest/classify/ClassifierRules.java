package dev.pmw.ingest.classify;

import dev.pmw.model.Attr;
import dev.pmw.model.EventKind;

import java.util.List;
import java.util.regex.Pattern;

/// The pattern table behind [MessageClassifier]. One row per recognisable message shape; the first
/// row that matches decides. Named groups in a row's pattern become facts directly (`monitor`,
/// `responder`, `severity`, `service`, `commit`); the row's fact list then fills what is still missing.
///
/// Order matters: monitor states before paging words (a Datadog text mentions "@pagerduty-…"),
/// paging before incident-bot phrases, rollbacks and config changes before plain deploys.
final class ClassifierRules {
    private ClassifierRules() {
    }

    /// Who may have written a message for a row to apply. Humans only ever match [#ANY] rows: a
    /// person typing "[Triggered] …" or "deployed v2 to prod" is talking about it, not doing it.
    enum Audience { BOT, ANY }

    /// A fact to extract: the value is the pattern's `v` group.
    record Fact(String attr, Pattern pattern) {
    }

    record Rule(String id, Audience audience, EventKind kind, Pattern pattern, List<Fact> facts) {
    }

    private static Pattern p(String regex) {
        return Pattern.compile(regex);
    }

    private static Fact fact(String attr, String regex) {
        return new Fact(attr, p(regex));
    }

    /// `[Triggered on {host:a}]` style suffix inside a monitor state bracket.
    private static final String ON_SCOPE = "(?: on [^\\]\\n]*)?";

    // ---- fact lists ---------------------------------------------------------------------------

    static final List<Fact> ALERT_FACTS = List.of(
            fact(Attr.SERVICE, "(?i)\\bservice:(?<v>[a-z0-9][\\w.-]*[a-z0-9])"),
            fact(Attr.SERVICE, "(?im)^\\[[^\\]\\n]+\\]\\s*\\[(?<v>[a-z0-9][\\w.-]*[a-z0-9])\\]"),
            // "Value: 5.8%" (attachment field as exported) or "Value\n5.8%" (as the client copies it)
            fact(Attr.VALUE, "(?im)^value\\s*(?::[ \\t]*|\\n\\s*)(?<v>[^\\n]*\\S)"),
            fact(Attr.VALUE, "(?i)\\bis\\s+(?:back\\s+to\\s+|now\\s+|at\\s+)?(?<v>\\d+(?:\\.\\d+)?\\s?(?:%|ms|s|m|rpm|req/s)?)(?![\\w.])"),
            fact(Attr.THRESHOLD, "(?im)^threshold\\s*(?::[ \\t]*|\\n\\s*)(?<v>[^\\n]*\\S)"),
            fact(Attr.THRESHOLD, "(?i)\\(threshold\\s+(?<v>[^)\\n]+)\\)"),
            fact(Attr.ENVIRONMENT, "(?i)\\benv:(?<v>[\\w.-]+)"));

    static final List<Fact> PAGE_FACTS = List.of(
            fact(Attr.INCIDENT, "\\[#(?<v>\\d+)\\]"),
            fact(Attr.INCIDENT, "(?i)\\bincident\\s+#(?<v>\\d+)"),
            fact(Attr.SERVICE, "(?im)^service\\s*(?::[ \\t]*|\\n\\s*)(?<v>[a-z0-9][\\w.-]*)"),
            fact(Attr.SERVICE, "(?im)^\\[#\\d+\\]\\s*(?<v>[a-z0-9][\\w.-]*[a-z0-9]):"));

    static final List<Fact> INCIDENT_FACTS = List.of(
            fact(Attr.SEVERITY, "(?i)\\b(?<v>sev\\s?-?[0-5]|p[0-5])\\b"),
            fact(Attr.INCIDENT, "(?i)\\bincident\\s+#(?<v>\\d+)"),
            fact(Attr.INCIDENT, "\\[#(?<v>\\d+)\\]"));

    private static final String SERVICE_NAME = "(?<v>[a-z0-9][\\w.-]*[a-z0-9])";
    private static final String NOT_A_SERVICE = "(?!v?\\d)(?!(?:to|on|in|into|by|the|a|an|for|from)\\b)";

    static final List<Fact> CHANGE_FACTS = List.of(
            // "Deployed payment-service v2.4.1 …", "rolled back ledger-api …"
            fact(Attr.SERVICE, "(?i)\\b(?:deployed|deploying|deploy of|rolled back|rolling back|rollback of|reverted)\\s+"
                    + NOT_A_SERVICE + SERVICE_NAME),
            // ":rocket: payment-service v2.31.0 deployed …", "payment-service config change deployed …"
            fact(Attr.SERVICE, "(?im)^(?::[\\w+'-]+:\\s*)*" + NOT_A_SERVICE + SERVICE_NAME
                    + "\\s+(?:v?\\d[\\w.+-]*\\s+)?(?:deployed|deploying|deploy|config(?:uration)?[ -]change|rolled back|rollback)"),
            fact(Attr.SERVICE, "(?i)\\bservice[:=]\\s*" + SERVICE_NAME),
            // a rollback names where it went: "v5.2.0 -> v5.1.4"
            fact(Attr.VERSION, "(?i)v?\\d+(?:\\.\\d+)+\\S*\\s*(?:->|→|to)\\s*(?<v>v?\\d+(?:\\.\\d+)+(?:[-+][\\w.]+)?)"),
            fact(Attr.VERSION, "(?<![\\w.])(?<v>v\\d+(?:\\.\\d+)+(?:[-+][\\w.]+)?|\\d+\\.\\d+\\.\\d+(?:[-+][\\w.]+)?)(?![\\w.])"),
            fact(Attr.COMMIT, "(?i)\\b(?:commit|sha|revision|rev)\\b[\\s:=#]*(?=[0-9a-f]*\\d)(?<v>[0-9a-f]{7,40})\\b"),
            fact(Attr.COMMIT, "\\((?=[0-9a-f]*\\d)(?<v>[0-9a-f]{7,40})\\)"),
            fact(Attr.COMMIT, "(?m)^(?=[0-9a-f]*\\d)(?<v>[0-9a-f]{7,40}):\\s"),
            fact(Attr.ENVIRONMENT, "(?i)\\b(?:to|on|in|into)\\s+(?<v>production|prod|staging|stage|qa|uat|dev|development"
                    + "|sandbox|canary|preprod|pre-prod|test)\\b"),
            fact(Attr.ENVIRONMENT, "(?i)\\benv(?:ironment)?[:=]\\s*(?<v>[\\w.-]+)"));

    // ---- the table ----------------------------------------------------------------------------

    static final List<Rule> RULES = List.of(
            // Datadog / Grafana / Alertmanager monitors: the state in brackets at the start of a line
            new Rule("monitor-triggered", Audience.BOT, EventKind.ALERT_TRIGGERED,
                    p("(?im)^\\[(?:re-?)?triggered" + ON_SCOPE + "\\]\\s*(?<monitor>[^\\n]*\\S)"), ALERT_FACTS),
            new Rule("monitor-recovered", Audience.BOT, EventKind.ALERT_RECOVERED,
                    p("(?im)^\\[recovered" + ON_SCOPE + "\\]\\s*(?<monitor>[^\\n]*\\S)"), ALERT_FACTS),
            new Rule("monitor-warn", Audience.BOT, EventKind.ALERT_WARN,
                    p("(?im)^\\[(?:re-?)?warn(?:ing)?" + ON_SCOPE + "\\]\\s*(?<monitor>[^\\n]*\\S)"), ALERT_FACTS),
            // no data is a monitoring gap, not proof of impact: a warning, not a trigger
            new Rule("monitor-no-data", Audience.BOT, EventKind.ALERT_WARN,
                    p("(?im)^\\[(?:re-?)?no data" + ON_SCOPE + "\\]\\s*(?<monitor>[^\\n]*\\S)"), ALERT_FACTS),
            new Rule("alertmanager-firing", Audience.BOT, EventKind.ALERT_TRIGGERED,
                    p("(?im)^\\[(?:firing(?::\\d+)?|alerting)\\]\\s*(?<monitor>[^\\n]*\\S)"), ALERT_FACTS),
            new Rule("alertmanager-resolved", Audience.BOT, EventKind.ALERT_RECOVERED,
                    p("(?im)^\\[(?:resolved(?::\\d+)?|ok)\\]\\s*(?<monitor>[^\\n]*\\S)"), ALERT_FACTS),

            // PagerDuty / Opsgenie: one state line per message
            new Rule("page-acknowledged", Audience.BOT, EventKind.ACKNOWLEDGE,
                    p("(?im)^(?:incident\\s+|alert\\s+)?acknowledged\\s+by\\s+(?<responder>[^:\\n]*[^:\\s])"), PAGE_FACTS),
            new Rule("opsgenie-acknowledged", Audience.BOT, EventKind.ACKNOWLEDGE,
                    p("(?im)^(?<responder>[^:\\[\\n]{1,60}?)\\s+acknowledged\\s+(?:the\\s+)?alert\\b"), PAGE_FACTS),
            new Rule("page-resolved", Audience.BOT, EventKind.RESOLVE,
                    p("(?im)^(?:incident\\s+|alert\\s+)?(?:resolved|closed)\\s+by\\s+(?<responder>[^:\\n]*[^:\\s])"), PAGE_FACTS),
            new Rule("opsgenie-closed", Audience.BOT, EventKind.RESOLVE,
                    p("(?im)^(?<responder>[^:\\[\\n]{1,60}?)\\s+(?:closed|resolved)\\s+(?:the\\s+)?alert\\b"), PAGE_FACTS),
            new Rule("page-escalated", Audience.BOT, EventKind.ESCALATE,
                    p("(?im)^(?:incident\\s+|alert\\s+)?(?:escalated|reassigned)\\b(?:\\s+to\\s+(?<responder>[^:\\n]*[^:\\s]))?"),
                    PAGE_FACTS),
            new Rule("page-triggered", Audience.BOT, EventKind.PAGE,
                    p("(?im)^(?:(?:incident|alert)\\s+)?triggered\\b(?!\\s+(?:a\\s+|the\\s+)?(?:build|pipeline|workflow|job|run|deploy))"
                            + "|^(?:new\\s+)?(?:incident|alert)\\s+(?:created|triggered|opened)\\b"),
                    PAGE_FACTS),

            // incident bots (incident.io, Rootly, FireHydrant …)
            new Rule("incident-declared", Audience.BOT, EventKind.DECLARE,
                    p("(?i)\\b(?:incident|sev\\s?-?\\d)\\b[^\\n]{0,80}?\\b(?:declared|started)\\b"
                            + "|\\bdeclared\\s+(?:an?\\s+)?(?:new\\s+)?(?:incident|sev\\s?-?\\d)\\b"), INCIDENT_FACTS),
            new Rule("incident-resolved", Audience.BOT, EventKind.RESOLVE,
                    p("(?i)\\bincident\\b[^\\n]{0,80}?\\b(?:resolved|closed)\\b"), INCIDENT_FACTS),

            // deploy bots and CI
            new Rule("git-push", Audience.BOT, EventKind.COMMIT,
                    p("(?m)^\\[(?<service>[\\w.-]+):[\\w./-]+\\]\\s+\\d+\\s+new\\s+commits?\\b"), CHANGE_FACTS),
            new Rule("rollback", Audience.BOT, EventKind.ROLLBACK,
                    p("(?i)\\b(?:rolled\\s+back|rolling\\s+back|rollback\\s+(?:of|to|started|completed|succeeded|finished|done)|reverted)\\b"),
                    CHANGE_FACTS),
            new Rule("config-change", Audience.BOT, EventKind.CONFIG_CHANGE,
                    p("(?i)\\bconfig(?:uration)?[ -](?:change|update|push)\\b[^\\n]*\\b(?:deployed|applied|rolled\\s+out|pushed|live)\\b"
                            + "|\\b(?:deployed|applied|pushed)\\b[^\\n]*\\bconfig(?:uration)?[ -](?:change|update)\\b"),
                    CHANGE_FACTS),
            new Rule("deploy", Audience.BOT, EventKind.DEPLOY,
                    p("(?i)\\b(?:deployed|deploying|deploy(?:ment)?\\s+(?:of\\s+\\S+\\s+)?(?:started|succeeded|successful|finished|completed?|done)"
                            + "|rolled\\s+out\\s+to)\\b"),
                    CHANGE_FACTS),

            // explicit incident commands, typed by people or echoed by bots
            new Rule("declare-command", Audience.ANY, EventKind.DECLARE,
                    p("(?i)^\\s*/incident\\s+(?:declare|new|open|start)\\b"), INCIDENT_FACTS),
            new Rule("declare-statement", Audience.ANY, EventKind.DECLARE,
                    p("(?i)^\\s*(?:i'?m\\s+|i\\s+am\\s+|we'?re\\s+|we\\s+are\\s+)?declaring\\s+(?:an?\\s+|the\\s+)?(?:new\\s+)?"
                            + "(?:(?<severity>sev\\s?-?[0-5]|p[0-5])\\b|(?:major\\s+)?incident\\b)"), INCIDENT_FACTS),
            new Rule("resolve-command", Audience.ANY, EventKind.RESOLVE,
                    p("(?i)^\\s*/incident\\s+(?:resolve|close)\\b"), INCIDENT_FACTS),
            new Rule("resolve-statement", Audience.ANY, EventKind.RESOLVE,
                    p("(?i)^\\s*(?:resolving|closing)\\s+(?:the|this|our)\\s+incident\\b"
                            + "|^\\s*(?:the\\s+)?incident\\s+(?:is\\s+)?(?:now\\s+)?(?:resolved|closed)\\b"), INCIDENT_FACTS));
}
