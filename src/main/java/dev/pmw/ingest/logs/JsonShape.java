package dev.pmw.ingest.logs;

import dev.pmw.ingest.Sniff;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/// Detection of JSON logs from the sniffed head (formats.md §7, steps 4–6): JSON lines with a
/// dialect vote over the first 50 lines, or a whole-file document (array, envelope, pretty-printed
/// records). Files that belong to other formats (Slack, PagerDuty, Datadog, Opsgenie, GitHub) are
/// left alone.
///
/// @param dialect the dialect
/// @param lines   one record per line (else one JSON document, streamed)
/// @param score   detection confidence 0..100
record JsonShape(Dialect dialect, boolean lines, int score) {
    private static final Pattern SLACK_TS = Pattern.compile("\\d{10}\\.\\d{6}");
    private static final Set<String> TIME_KEYS = Set.of("timestamp", "@timestamp", "time", "ts", "@t", "Timestamp",
            "datetime", "date", "asctime", "eventTime", "instant", "__REALTIME_TIMESTAMP", "timeUnixNano");
    private static final Set<String> MESSAGE_KEYS = Set.of("message", "msg", "@m", "@mt", "event", "MESSAGE", "log",
            "textPayload", "jsonPayload", "body", "fields", "@fields", "protoPayload", "line", "MessageTemplate");
    private static final Set<String> LEVEL_KEYS = Set.of("level", "log.level", "@l", "severity", "levelname",
            "PRIORITY", "severityText", "lvl", "Level");

    static final JsonShape NONE = new JsonShape(Dialect.GENERIC, true, 0);

    static JsonShape of(Sniff sniff) {
        char first = sniff.firstChar();
        if (first == '[') {
            return array(HeadTree.of(sniff.text()));
        }
        List<String> lines = sniff.lines(50);
        String firstObject = lines.stream().map(String::strip).filter(l -> l.startsWith("{")).findFirst().orElse(null);
        if (firstObject == null) {
            return NONE;
        }
        HeadTree head = HeadTree.of(firstObject);
        if (head.complete && head.oneLine) {
            // a banner or stack trace before the first record is fine: the vote decides
            return jsonLines(lines, first == '{');
        }
        return first == '{' ? document(HeadTree.of(sniff.text())) : NONE;
    }

    private static JsonShape jsonLines(List<String> lines, boolean startsAsJson) {
        Map<Dialect, Integer> votes = new EnumMap<>(Dialect.class);
        int json = 0;
        int other = 0;
        for (String l : lines) {
            String t = l.strip();
            if (!t.startsWith("{")) {
                other++;
                continue;
            }
            HeadTree h = HeadTree.of(t);
            Map<String, Object> m = HeadTree.map(h.value);
            if (!h.complete || m == null) {
                other++;
                continue;
            }
            if (foreign(m)) {
                return NONE;
            }
            Dialect d = classify(m);
            if (d == null) {
                other++;
                continue;
            }
            json++;
            votes.merge(d, 1, Integer::sum);
        }
        if (json == 0) {
            return NONE;
        }
        Dialect best = Dialect.GENERIC;
        int bestVotes = -1;
        for (Map.Entry<Dialect, Integer> e : votes.entrySet()) {
            if (e.getValue() > bestVotes) {
                best = e.getKey();
                bestVotes = e.getValue();
            }
        }
        double share = (double) json / (json + other);
        if (share < 0.5) {
            return startsAsJson ? new JsonShape(best, true, 30) : NONE;
        }
        int score = best == Dialect.GENERIC ? (share >= 0.8 ? 70 : 55) : (share >= 0.8 ? 90 : 70);
        return new JsonShape(best, true, score);
    }

    /// A document starting with `{` that does not fit on its first line.
    private static JsonShape document(HeadTree head) {
        Map<String, Object> root = HeadTree.map(head.value);
        if (root == null) {
            return NONE;
        }
        if (root.containsKey("resourceLogs")) {
            return new JsonShape(Dialect.OTLP, false, 90);
        }
        Map<String, Object> ev = HeadTree.firstOf(root, "events");
        if (ev != null && ev.get("timestamp") instanceof HeadTree.Num && ev.get("message") instanceof String
                && !ev.containsKey("date_happened")) {
            return new JsonShape(Dialect.CLOUDWATCH, false, 90);
        }
        if (root.containsKey("nextForwardToken") || root.containsKey("nextBackwardToken")) {
            return new JsonShape(Dialect.CLOUDWATCH, false, 85);
        }
        Map<String, Object> data = HeadTree.map(root, "data");
        if (data != null && "streams".equals(data.get("resultType"))) {
            return new JsonShape(Dialect.LOKI, false, 90);
        }
        if (foreign(root) || root.containsKey("events") || root.containsKey("data") || root.containsKey("series")) {
            return NONE;
        }
        Dialect d = classify(root);
        return d == null ? NONE : new JsonShape(d, false, d == Dialect.GENERIC ? 45 : 60);
    }

    private static JsonShape array(HeadTree head) {
        if (head.invalid) {
            // e.g. nested too deep: claim it weakly, so the reader can say what is wrong with it
            return new JsonShape(Dialect.GENERIC, false, 10);
        }
        if (!(head.value instanceof List<?> list)) {
            return NONE;
        }
        if (list.isEmpty()) {
            return new JsonShape(Dialect.GENERIC, false, 5);
        }
        Map<String, Object> m = HeadTree.map(list.getFirst());
        if (m == null || foreign(m)) {
            return NONE;
        }
        Dialect d = classify(m);
        if (d == null) {
            return NONE;
        }
        return new JsonShape(d, false, d == Dialect.GENERIC ? 60 : d == Dialect.GCP ? 90 : 85);
    }

    /// Records of other formats, which their own parsers read.
    private static boolean foreign(Map<String, Object> m) {
        Object type = m.get("type");
        if (m.get("ts") instanceof String ts && SLACK_TS.matcher(ts).matches() && "message".equals(type)) {
            return true; // Slack message
        }
        if (m.containsKey("t") && m.containsKey("ts") && (m.containsKey("m") || m.containsKey("u") || m.containsKey("ch"))) {
            return true; // Slackdump chunk
        }
        if (type instanceof String s && (s.endsWith("_log_entry") || s.equals("log") || s.equals("event")
                || s.equals("incidents")) && (s.endsWith("_log_entry") || m.containsKey("attributes"))) {
            return true; // PagerDuty log entry, Datadog v2 log/event/incident
        }
        if (m.containsKey("date_happened") || m.containsKey("log_entries") || m.containsKey("channel_id")) {
            return true;
        }
        if ((m.containsKey("sha") || m.containsKey("commit_sha")) && (m.containsKey("environment") || m.containsKey("statuses_url"))) {
            return true; // GitHub deployment
        }
        if (m.containsKey("state") && m.containsKey("deployment_url")) {
            return true;
        }
        if (m.get("data") instanceof List<?> l && !l.isEmpty() && l.getFirst() instanceof Map<?, ?> d0
                && d0.containsKey("owner") && d0.containsKey("offset")) {
            return true; // Opsgenie alert logs
        }
        return false;
    }

    /// The dialect of one record (formats.md §7.6), or null when it does not look like a log record.
    static Dialect classify(Map<String, Object> m) {
        Set<String> k = m.keySet();
        if (k.contains("log") && k.contains("stream") && k.contains("time")
                && Set.of("log", "stream", "time", "attrs").containsAll(k)) {
            return Dialect.DOCKER;
        }
        if (k.contains("__REALTIME_TIMESTAMP")) {
            return Dialect.JOURNALD;
        }
        if (k.contains("@t") && (k.contains("@m") || k.contains("@mt"))) {
            return Dialect.SERILOG_CLEF;
        }
        if (k.contains("@timestamp") && (k.contains("log.level") || k.contains("ecs.version")
                || HeadTree.map(m, "log") != null && HeadTree.map(m, "log").containsKey("level")
                || HeadTree.map(m, "ecs") != null)) {
            return Dialect.ECS;
        }
        if (k.contains("resourceLogs")) {
            return Dialect.OTLP;
        }
        if (k.contains("logName") && (k.contains("timestamp") || k.contains("insertId") || k.contains("resource"))) {
            return Dialect.GCP;
        }
        boolean msg = k.contains("msg");
        Object level = m.get("level");
        Object time = m.get("time");
        if (k.contains("v") && level instanceof HeadTree.Num && msg && time != null) {
            return Dialect.BUNYAN;
        }
        if (level != null && time instanceof HeadTree.Num n && n.integral() && n.intDigits() == 13 && msg) {
            return Dialect.PINO;
        }
        if (m.get("ts") instanceof HeadTree.Num && level != null && msg) {
            return Dialect.ZAP;
        }
        if (time instanceof String && level != null && msg) {
            return Dialect.LOGRUS;
        }
        if (k.contains("event") && m.get("event") instanceof String && level != null) {
            return Dialect.STRUCTLOG;
        }
        if (k.size() == 3 && k.containsAll(Set.of("labels", "line", "timestamp"))) {
            return Dialect.LOKI;
        }
        Map<String, Object> fields = HeadTree.map(m, "fields");
        if (fields != null && fields.containsKey("message")) {
            return Dialect.RUST_TRACING;
        }
        Map<String, Object> instant = HeadTree.map(m, "instant");
        if (instant != null && instant.containsKey("epochSecond")
                || k.contains("loggerName") && level != null && k.contains("message")) {
            return Dialect.LOG4J2;
        }
        boolean hasTime = false;
        boolean hasMessage = false;
        boolean hasLevel = false;
        for (String key : k) {
            hasTime |= TIME_KEYS.contains(key);
            hasMessage |= MESSAGE_KEYS.contains(key);
            hasLevel |= LEVEL_KEYS.contains(key);
        }
        if (hasTime && (hasMessage || hasLevel) || hasMessage && hasLevel) {
            return Dialect.GENERIC;
        }
        return null;
    }
}
