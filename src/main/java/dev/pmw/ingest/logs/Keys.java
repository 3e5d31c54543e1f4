package dev.pmw.ingest.logs;

import com.fasterxml.jackson.core.io.SerializedString;

import java.util.HashMap;
import java.util.Map;

/// Which JSON fields of a log record carry what, in the search orders of formats.md §2.1, as a
/// small tree keyed by field name. A record is read in one pass: a field found here is captured if
/// it outranks what the record already has; every other field is skipped without being decoded.
/// Dotted names exist both as literal keys (`"log.level"`, as ECS writes them) and as nested
/// objects (`"log":{"level":…}`).
final class Keys {
    // roles
    static final int MESSAGE = 1;
    static final int LEVEL = 2;
    static final int TIME = 3;
    static final int SERVICE = 4;
    static final int STATUS = 5;
    static final int USER = 6;
    static final int STREAM = 7;
    static final int EVENT_ID = 8;
    static final int PROTO_METHOD = 9;
    static final int PROTO_RESOURCE = 10;
    static final int EPOCH_SECOND = 11;
    static final int NANO_OF_SECOND = 12;
    // message kinds
    static final int TEMPLATE = 1; // CLEF @mt: render {Prop} from the record's properties
    static final int BYTES = 2;    // journald MESSAGE as an array of byte values

    /// A field: what its string and numeric values mean (0 = nothing), its children when it is an
    /// object, and whether it is the dialect's envelope array.
    static final class Node {
        final Map<String, Node> children = new HashMap<>();
        int stringSlot;
        int numberSlot;
        boolean envelope;
        /// Remember the first string of this object as a fallback message (GCP jsonPayload).
        boolean firstString;

        // A direct-mapped memo in front of the map: Jackson hands out the same interned String for a
        // field name every time, so a hit is one array load and one reference compare. Unknown
        // names are remembered too (as ABSENT), so skipped fields cost the same.
        private final String[] memoKey = new String[64];
        private final Node[] memoVal = new Node[64];

        // Field order repeats from record to record: remember which name followed which, so the
        // parser can compare the next name's bytes instead of decoding and hashing it.
        private final String[] nextAfterKey = new String[64];
        private final SerializedString[] nextAfterVal = new SerializedString[64];
        private SerializedString firstName;

        /// The name that followed `prev` (null: the object's first field) last time, or null.
        SerializedString predict(String prev) {
            if (prev == null) {
                return firstName;
            }
            int i = prev.hashCode() & 63;
            return nextAfterKey[i] == prev ? nextAfterVal[i] : null;
        }

        void learn(String prev, SerializedString next) {
            if (prev == null) {
                firstName = next;
            } else {
                int i = prev.hashCode() & 63;
                nextAfterKey[i] = prev;
                nextAfterVal[i] = next;
            }
        }

        Node child(String name) {
            int i = name.hashCode() & 63;
            if (memoKey[i] == name) {
                Node n = memoVal[i];
                return n == ABSENT ? null : n;
            }
            Node n = children.get(name);
            memoKey[i] = name;
            memoVal[i] = n == null ? ABSENT : n;
            return n;
        }

        boolean hasChildren() {
            return !children.isEmpty();
        }
    }

    private static final Node ABSENT = new Node();

    static int slot(int role, int rank, int kind) {
        return role << 16 | rank << 4 | kind;
    }

    static int role(int slot) {
        return slot >>> 16;
    }

    static int rank(int slot) {
        return slot >>> 4 & 0xfff;
    }

    static int kind(int slot) {
        return slot & 0xf;
    }

    private final Node root = new Node();

    Node root() {
        return root;
    }

    /// The field table for `dialect` (the generic orders plus that dialect's envelope key).
    static Keys forDialect(Dialect dialect) {
        Keys k = new Keys();
        k.messages();
        k.levels();
        k.times();
        k.services();
        k.statuses();
        k.users();
        k.both("stream", slot(STREAM, 0, 0), 0);
        k.string("protoPayload.methodName", slot(PROTO_METHOD, 0, 0));
        k.string("protoPayload.resourceName", slot(PROTO_RESOURCE, 0, 0));
        k.node("jsonPayload").firstString = true;
        switch (dialect) {
            case CLOUDWATCH -> {
                k.node("events").envelope = true;
                k.string("eventId", slot(EVENT_ID, 0, 0));
            }
            case LOKI -> k.node("data").envelope = true;
            case OTLP -> k.node("resourceLogs").envelope = true;
            default -> {
            }
        }
        return k;
    }

    private void messages() {
        String[] order = {"message", "msg", "@m", "@mt", "event", "fields.message", "MESSAGE", "log", "textPayload",
                "jsonPayload.message", "jsonPayload.msg", "body", "body.stringValue", "@fields.msg", "@fields.message",
                "RenderedMessage", "MessageTemplate", "line"};
        for (int r = 0; r < order.length; r++) {
            String key = order[r];
            int kind = key.equals("@mt") || key.equals("MessageTemplate") ? TEMPLATE : key.equals("MESSAGE") ? BYTES : 0;
            int s = slot(MESSAGE, r, kind);
            if (key.equals("line")) {
                string(key, s); // only a string line is the message (Loki logcli); a number is a line number
            } else {
                both(key, s, s);
            }
        }
    }

    private void levels() {
        String[] order = {"level", "log.level", "@l", "severity", "levelname", "status", "PRIORITY", "severityText",
                "severityNumber", "lvl", "Level", "@fields.lvl", "@fields.level", "loglevel", "log_level"};
        for (int r = 0; r < order.length; r++) {
            String key = order[r];
            int scale = switch (key) {
                case "level", "lvl", "Level", "loglevel", "log_level" -> Levels.BUNYAN;
                case "PRIORITY" -> Levels.SYSLOG;
                case "severityNumber" -> Levels.OTLP;
                case "severity" -> Levels.GCP;
                default -> Levels.TEXT;
            };
            int s = slot(LEVEL, r, scale);
            if (key.equals("status")) {
                string(key, s); // a numeric status is an HTTP status (below), a word is a level (Datadog)
            } else {
                both(key, s, s);
            }
        }
    }

    private void times() {
        String[] order = {"timestamp", "@timestamp", "time", "ts", "@t", "timeUnixNano", "__REALTIME_TIMESTAMP",
                "Timestamp", "datetime", "date", "asctime", "eventTime", "observedTimeUnixNano", "@fields.ts"};
        for (int r = 0; r < order.length; r++) {
            both(order[r], slot(TIME, r, 0), slot(TIME, r, 0));
        }
        // log4j2 JsonTemplateLayout: {"instant":{"epochSecond":…,"nanoOfSecond":…}}
        both("instant.epochSecond", 0, slot(EPOCH_SECOND, 0, 0));
        both("instant.nanoOfSecond", 0, slot(NANO_OF_SECOND, 0, 0));
    }

    private void services() {
        String[] order = {"service", "service.name", "name", "logger", "SYSLOG_IDENTIFIER",
                "resource.labels.service_name", "resource.labels.container_name", "resource.labels.function_name",
                "resource.labels.module_id", "resource.labels.job", "kubernetes.container_name", "logger_name",
                "loggerName", "log.logger", "target", "labels.service_name", "labels.app", "labels.job",
                "labels.container", "_SYSTEMD_UNIT", "protoPayload.serviceName", "resource.type"};
        for (int r = 0; r < order.length; r++) {
            string(order[r], slot(SERVICE, r, 0));
        }
        // "service.name" nested as {"service":{"name":…}} ranks with the literal key
        string("service.name", slot(SERVICE, 1, 0));
    }

    private void statuses() {
        String[] order = {"http.status", "status", "status_code", "http.response.status_code", "httpRequest.status",
                "res.statusCode", "http.status_code", "statusCode"};
        for (int r = 0; r < order.length; r++) {
            int s = slot(STATUS, r, 0);
            if (order[r].equals("status")) {
                number(order[r], s);
            } else {
                both(order[r], s, s);
            }
        }
    }

    private void users() {
        String[] order = {"user_id", "user.id", "userId", "usr.id", "customer_id", "enduser.id"};
        for (int r = 0; r < order.length; r++) {
            both(order[r], slot(USER, r, 0), slot(USER, r, 0));
        }
    }

    private void string(String path, int s) {
        both(path, s, 0);
    }

    private void number(String path, int s) {
        both(path, 0, s);
    }

    /// Registers `path` both as a literal key and, when dotted, as nested objects.
    private void both(String path, int stringSlot, int numberSlot) {
        set(literal(path), stringSlot, numberSlot);
        if (path.indexOf('.') > 0) {
            set(node(path), stringSlot, numberSlot);
        }
    }

    private static void set(Node n, int stringSlot, int numberSlot) {
        if (stringSlot != 0 && (n.stringSlot == 0 || rank(stringSlot) < rank(n.stringSlot) && role(stringSlot) == role(n.stringSlot))) {
            n.stringSlot = stringSlot;
        }
        if (numberSlot != 0 && (n.numberSlot == 0 || rank(numberSlot) < rank(n.numberSlot) && role(numberSlot) == role(n.numberSlot))) {
            n.numberSlot = numberSlot;
        }
    }

    private Node literal(String key) {
        return root.children.computeIfAbsent(key.intern(), x -> new Node());
    }

    /// The nested node for a dotted path, created as needed.
    private Node node(String path) {
        Node n = root;
        for (String part : path.split("\\.")) {
            n = n.children.computeIfAbsent(part.intern(), x -> new Node());
        }
        return n;
    }
}
