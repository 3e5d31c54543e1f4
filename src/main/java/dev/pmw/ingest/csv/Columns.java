package dev.pmw.ingest.csv;

/// The roles of a generic CSV's columns, found by header name.
final class Columns {
    final int time;
    final int text;
    final int kind;
    final int actor;
    final int level;
    final int service;
    final int host;
    final int version;
    final int commit;
    final int environment;
    final int url;
    private final CsvHeader header;

    private Columns(CsvHeader h, int time) {
        this.header = h;
        this.time = time;
        this.text = h.find("message", "msg", "summary", "description", "text", "title", "event", "details", "content",
                "note", "comment", "subject");
        this.kind = h.find("kind", "event_type", "type", "status", "state", "category", "action");
        this.actor = h.find("actor", "user", "author", "owner", "who", "by", "username", "created_by", "person");
        this.level = h.find("level", "severity", "log_level", "loglevel");
        this.service = h.find("service", "service_name", "app", "application", "component");
        this.host = h.find("host", "hostname", "server", "instance");
        this.version = h.find("version", "release", "tag");
        this.commit = h.find("commit", "sha", "commit_sha", "revision");
        this.environment = h.find("environment", "env");
        this.url = h.find("url", "link", "href");
    }

    static Columns of(CsvHeader h, int timeColumn) {
        return new Columns(h, timeColumn);
    }

    String cell(CsvReader.Row row, int i) {
        if (i < 0) {
            return null;
        }
        String v = row.get(i).strip();
        return v.isEmpty() ? null : v;
    }

    /// The text column, or every other non-empty cell as `name: value` when there is none.
    String text(CsvReader.Row row) {
        if (text >= 0) {
            return row.get(text).strip();
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < row.size() && i < header.size(); i++) {
            String v = row.get(i).strip();
            if (i == time || v.isEmpty()) {
                continue;
            }
            if (!sb.isEmpty()) {
                sb.append(" · ");
            }
            sb.append(header.name(i)).append(": ").append(v);
        }
        return sb.toString();
    }
}
