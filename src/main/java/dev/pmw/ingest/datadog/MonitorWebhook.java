package dev.pmw.ingest.datadog;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pmw.ingest.time.Timestamps;
import dev.pmw.ingest.vendor.Collector;
import dev.pmw.ingest.vendor.Nodes;
import dev.pmw.model.EventKind;

import java.time.ZoneOffset;

/// A monitor notification as a webhook or the AWS EventBridge integration delivers it:
/// `event_type` (`query_alert_monitor` …), `meta.monitor{id,name}`,
/// `meta.transition{trans_name}`, `meta.states{source_state,dest_state}` and
/// `meta.result{result_ts,evaluation_ts}` (epoch seconds), possibly inside an EventBridge envelope's
/// `detail`.
final class MonitorWebhook {
    private MonitorWebhook() {
    }

    /// The payload itself: the node, or its EventBridge `detail`; null when it is not one.
    static JsonNode payload(JsonNode node) {
        if (node == null || !node.isObject()) {
            return null;
        }
        if (looksLike(node)) {
            return node;
        }
        JsonNode detail = node.path("detail");
        return looksLike(detail) ? detail : null;
    }

    private static boolean looksLike(JsonNode n) {
        JsonNode meta = n.path("meta");
        return meta.isObject() && (meta.has("transition") || meta.has("states")
                || meta.has("monitor") && Nodes.textOr(n, "", "event_type").endsWith("monitor"));
    }

    static void map(JsonNode envelope, int index, long line, long offset, Collector out) {
        JsonNode p = payload(envelope);
        JsonNode meta = p.path("meta");
        Timestamps.Parsed t = time(envelope, p, meta);
        if (t == null) {
            out.warn(line, "monitor notification " + index + " has no readable time", Nodes.excerpt(p));
            return;
        }
        String trans = Nodes.textOr(meta, Nodes.text(meta, "states", "dest_state"), "transition", "trans_name");
        String monitorName = Nodes.textOr(meta, Nodes.text(p, "monitor_name"), "monitor", "name");
        String title = Nodes.textOr(p, Nodes.text(p, "event_title"), "title");
        Tags tags = Tags.of(p.has("tags") ? p.get("tags") : meta.path("monitor").get("tags"));
        Classifier.Result c = Classifier.classify(title, null, "Monitor Alert", tags, true);
        EventKind fromTransition = Classifier.transition(trans);
        if (fromTransition != null) {
            c = new Classifier.Result(fromTransition, monitorName != null ? monitorName
                    : c.monitor() != null ? c.monitor() : title, c.scope());
        } else if (c.monitor() == null || c.kind() == EventKind.OTHER) {
            c = new Classifier.Result(EventKind.ALERT_TRIGGERED, monitorName != null ? monitorName : title, null);
        }
        if (title == null) {
            title = "[" + (trans == null ? "Alert" : trans) + "] " + c.monitor();
        }
        String monitorId = Nodes.textOr(meta, Nodes.text(p, "alert_id"), "monitor", "id");
        String key = "webhook:" + Nodes.textOr(envelope, Nodes.textOr(p, monitorId + "@" + t.instant(), "id"), "id");
        String body = Classifier.stripMarkdownWrapper(Nodes.textOr(p, Nodes.text(p, "event_msg"), "body"));
        EventMapper.emit(out, new EventMapper.Draft(key, Nodes.text(p, "id"), line, offset, t, c, title, body, "Datadog",
                Nodes.text(p, "alert_type"), tags, Nodes.text(p, "host"), tags.get("service"), monitorId,
                Nodes.text(p, "link")));
    }

    /// `meta.result.result_ts` (when the monitor evaluated), else `evaluation_ts`, else the webhook's
    /// `date`/`last_updated` (epoch), else the EventBridge envelope's ISO `time`.
    private static Timestamps.Parsed time(JsonNode envelope, JsonNode p, JsonNode meta) {
        for (String raw : new String[]{Nodes.text(meta, "result", "result_ts"), Nodes.text(meta, "result", "evaluation_ts"),
                Nodes.text(p, "date"), Nodes.text(p, "last_updated"), Nodes.text(p, "date_happened")}) {
            if (raw != null) {
                Timestamps.Parsed t = Timestamps.parse(raw, ZoneOffset.UTC);
                if (t != null) {
                    return t;
                }
            }
        }
        String iso = Nodes.text(envelope, "time");
        return iso == null ? null : Timestamps.parse(iso, ZoneOffset.UTC);
    }
}
