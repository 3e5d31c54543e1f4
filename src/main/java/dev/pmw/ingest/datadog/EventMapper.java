package dev.pmw.ingest.datadog;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pmw.ingest.time.Timestamps;
import dev.pmw.ingest.vendor.Collector;
import dev.pmw.ingest.vendor.Nodes;
import dev.pmw.model.Attr;
import dev.pmw.model.Event;
import dev.pmw.model.EventKind;

import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/// Turns one Datadog event record (Events API v1 or v2) into a timeline [Event].
final class EventMapper {
    private static final Pattern MONITOR_URL = Pattern.compile("/monitors[/#](\\d+)");
    private static final int BODY_CHARS = 500;

    private EventMapper() {
    }

    /// Events API v1: `date_happened` in epoch seconds; `id_str` is the id (the numeric `id` was
    /// rounded by float-based tools that wrote the file).
    static void v1(JsonNode e, int index, long line, long offset, Collector out) {
        String raw = Nodes.text(e, "date_happened");
        Timestamps.Parsed t = raw == null ? null : Timestamps.parseEpoch(raw);
        if (t == null) {
            out.warn(line, "event " + index + (raw == null ? " has no date_happened" : " has an unreadable date_happened"),
                    Nodes.excerpt(e));
            return;
        }
        String id = Nodes.textOr(e, Nodes.text(e, "id"), "id_str");
        String title = Nodes.textOr(e, "", "title");
        String body = Classifier.stripMarkdownWrapper(Nodes.text(e, "text"));
        String alertType = Nodes.text(e, "alert_type");
        String sourceType = Nodes.text(e, "source_type_name");
        Tags tags = Tags.of(e.get("tags"));
        Classifier.Result c = Classifier.classify(title, alertType, sourceType, tags, false);
        String monitorId = monitorId(Nodes.text(e, "monitor_id"), tags, Nodes.text(e, "url"), body);
        String actor = Nodes.textOr(e, c.monitor() != null ? "Datadog" : Nodes.textOr(e, "", "source_type_name"), "handle");
        emit(out, new Draft(id != null ? id : "v1:" + index, id, line, offset, t, c, title, body, actor, alertType, tags,
                Nodes.text(e, "host"), tags.get("service"), monitorId, Nodes.text(e, "url")));
    }

    /// Events API v2: the title and an epoch-ms timestamp inside `attributes.attributes`, the
    /// message and an ISO timestamp (whole seconds) outside. The inner time is the precise one.
    static void v2(JsonNode d, int index, long line, long offset, Collector out) {
        JsonNode outer = d.path("attributes");
        JsonNode inner = outer.path("attributes");
        String rawMs = Nodes.text(inner, "timestamp");
        Timestamps.Parsed t = rawMs == null ? null : Timestamps.parseEpoch(rawMs);
        if (t == null) {
            String iso = Nodes.text(outer, "timestamp");
            t = iso == null ? null : Timestamps.parse(iso, ZoneOffset.UTC);
        }
        if (t == null) {
            out.warn(line, "event " + index + " has no readable timestamp", Nodes.excerpt(d));
            return;
        }
        String key = Nodes.textOr(d, "v2:" + index, "id");
        String message = Classifier.stripMarkdownWrapper(Nodes.text(outer, "message"));
        String title = Nodes.textOr(inner, firstLine(message), "title");
        String status = Nodes.text(inner, "status");
        Tags tags = Tags.of(outer.get("tags"));
        String sourceType = Nodes.textOr(inner, tags.get("source"), "source_type_name");
        JsonNode monitor = inner.path("monitor");
        boolean fromMonitor = monitor.isObject() || inner.has("monitor_id");
        Classifier.Result c = Classifier.classify(title, status, sourceType, tags, fromMonitor);
        if (c.monitor() != null && Nodes.text(monitor, "name") != null && c.scope() == null) {
            c = new Classifier.Result(c.kind(), Nodes.text(monitor, "name"), null);
        }
        String monitorId = monitorId(Nodes.textOr(inner, Nodes.text(monitor, "id"), "monitor_id"), tags, null, message);
        String service = Nodes.text(inner, "service");
        if (service == null || service.equals("undefined")) {
            service = tags.get("service");
        }
        String actor = c.monitor() != null ? "Datadog" : sourceType == null ? "" : sourceType;
        emit(out, new Draft(key, Nodes.text(inner, "evt", "id"), line, offset, t, c, title, message, actor, status, tags,
                Nodes.text(inner, "hostname"), service, monitorId, null));
    }

    /// Everything an event is made of, read from whichever Datadog shape.
    record Draft(String key, String eventId, long line, long offset, Timestamps.Parsed time, Classifier.Result c,
                 String title, String body, String actor, String status, Tags tags, String host, String service,
                 String monitorId, String url) {
    }

    static void emit(Collector out, Draft d) {
        Classifier.Result c = d.c();
        String body = d.body() == null ? "" : d.body();
        String origin = c.monitor() != null ? c.monitor() : d.service();
        String text = d.title() == null || d.title().isBlank() ? firstLine(body) : d.title().strip();
        Event.Builder b = Event.builder(out.id(d.key()), d.time().instant(), out.ref(d.line(), d.offset(), origin, d.key()),
                        c.kind())
                .timeInfo(d.time().info())
                .actor(d.actor())
                .text(text)
                .level(Classifier.level(d.status(), c.kind()))
                .attr(Attr.EVENT_ID, d.eventId())
                .attr(Attr.ALERT_TYPE, d.status())
                .attr(Attr.MONITOR, c.monitor())
                .attr(Attr.MONITOR_ID, c.monitor() != null ? d.monitorId() : null)
                .attr(Attr.SERVICE, d.service())
                .attr(Attr.ENVIRONMENT, d.tags().get("env", "environment"))
                .attr(Attr.HOST, d.host())
                .attr(Attr.URL, d.url());
        if (c.kind().isChange()) {
            b.attr(Attr.VERSION, d.tags().get("version", "release"))
                    .attr(Attr.COMMIT, d.tags().get("git.commit.sha", "commit", "git_commit", "sha"));
        }
        if (!body.isEmpty() && !body.equals(text)) {
            b.attr(Attr.BODY, body.length() > BODY_CHARS ? body.substring(0, BODY_CHARS) : body);
        }
        out.add(b.build());
    }

    private static String monitorId(String field, Tags tags, String url, String body) {
        if (field != null) {
            return field;
        }
        String tag = tags.get("monitor_id");
        if (tag != null) {
            return tag;
        }
        for (String s : new String[]{url, body}) {
            if (s != null) {
                Matcher m = MONITOR_URL.matcher(s);
                if (m.find()) {
                    return m.group(1);
                }
            }
        }
        return null;
    }

    static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        String t = s.strip();
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl).strip();
    }
}
