package dev.pmw.model;

/// Well-known keys of [Event#attrs()]. Parsers may add others; these are the ones analysis and
/// relevance rules read.
public final class Attr {
    private Attr() {
    }

    public static final String SERVICE = "service";
    public static final String HOST = "host";
    public static final String VERSION = "version";
    /// Name of a scheduled job or task (a `job` row's run, e.g. `invoice-reconciliation`).
    public static final String JOB = "job";
    public static final String COMMIT = "commit";
    public static final String ENVIRONMENT = "environment";
    public static final String HTTP_STATUS = "http_status";
    public static final String MONITOR = "monitor";
    public static final String MONITOR_ID = "monitor_id";
    public static final String VALUE = "value";
    public static final String THRESHOLD = "threshold";
    public static final String INCIDENT = "incident";
    /// Slack: channel name; subtype (`channel_join`, `bot_message` …); thread parent ts.
    public static final String CHANNEL = "channel";
    public static final String SUBTYPE = "subtype";
    public static final String THREAD_TS = "thread_ts";
    public static final String REPLY_COUNT = "reply_count";
    public static final String EDITED = "edited";
    public static final String REACTIONS = "reactions";
    public static final String FILES = "files";
    /// Slack: a thread reply whose parent message is not in the export ("true").
    public static final String THREAD_PARENT_MISSING = "thread_parent_missing";
    /// Who acknowledged, resolved or was escalated to, as named by a paging bot ("Dani Ortega").
    public static final String RESPONDER = "responder";
    /// Declared incident severity, normalised ("SEV2", "P1").
    public static final String SEVERITY = "severity";
    /// "true" when the actor is a bot or integration.
    public static final String BOT = "bot";
    /// Log bursts: the message template, the log-store group id and the first/last line numbers.
    public static final String TEMPLATE = "template";
    public static final String GROUP = "group";
    public static final String CLUSTER = "cluster";
    public static final String ERROR_KIND = "error_kind";
    public static final String USER_ID = "user_id";
    public static final String URL = "url";
    public static final String DUPLICATE_OF = "duplicate_of";

    // Alerting, paging and change sources (Datadog, PagerDuty, Opsgenie, git, GitHub, CSV).
    /// The source's own state word: a CSV status cell, a GitHub deployment status `state`, a
    /// Datadog incident stage (`detected`, `customer_impact_start` …), an alert-timeline status.
    public static final String STATUS = "status";
    /// The vendor's id of the record when it is not the event id: Datadog `id_str` / `evt.id`.
    public static final String EVENT_ID = "event_id";
    /// Datadog `alert_type` (`error`, `warning`, `success`, `info` …).
    public static final String ALERT_TYPE = "alert_type";
    /// Longer text kept beside the display text: commit message body, event body (≤ 500 chars).
    public static final String BODY = "body";
    /// "true" for merge commits.
    public static final String MERGE = "merge";
    /// How a page or notification went out or an action was taken: `sms`, `email`, `web`, `api` ….
    public static final String VIA = "via";
    /// GitHub deployment id (links a deployment and its statuses).
    public static final String DEPLOYMENT = "deployment";
    /// git author date (ISO UTC) when the event time is the committer date and they differ.
    public static final String AUTHOR_DATE = "author_date";
}
