package dev.pmw.ingest.logs;

/// The logger or export a log file came from ([dev.pmw.ingest.SourceInfo#dialect()]). JSON
/// dialects belong to format `json-logs`, text dialects to `text-logs` (formats.md §2).
public enum Dialect {
    BUNYAN("bunyan", true),
    PINO("pino", true),
    ECS("ecs", true),
    LOGRUS("logrus", true),
    ZAP("zap", true),
    SERILOG_CLEF("serilog-clef", true),
    STRUCTLOG("structlog", true),
    JOURNALD("journald", true),
    DOCKER("docker", true),
    GCP("gcp", true),
    CLOUDWATCH("cloudwatch", true),
    LOKI("loki", true),
    OTLP("otlp", true),
    RUST_TRACING("rust-tracing", true),
    LOG4J2("log4j2", true),
    GENERIC("generic", true),

    CRI("cri", false),
    LOGFMT("logfmt", false),
    ZAP_CONSOLE("zap-console", false),
    KUBECTL_TIMESTAMPS("kubectl-timestamps", false),
    /// `docker compose logs` output: `service-1  | text`, no timestamps of its own.
    DOCKER_COMPOSE("docker-compose", false);

    private final String id;
    private final boolean json;

    Dialect(String id, boolean json) {
        this.id = id;
        this.json = json;
    }

    /// The id shown as `SourceInfo.dialect` and in `pmw analyze`.
    public String id() {
        return id;
    }

    public boolean json() {
        return json;
    }

    /// Dialects whose documents wrap the log records (`events[]`, `data.result[]`, `resourceLogs[]`).
    public boolean envelope() {
        return this == CLOUDWATCH || this == LOKI || this == OTLP;
    }
}
