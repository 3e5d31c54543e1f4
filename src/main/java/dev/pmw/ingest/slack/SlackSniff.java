package dev.pmw.ingest.slack;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.pmw.ingest.Json;
import dev.pmw.ingest.Sniff;

import java.io.IOException;
import java.util.regex.Pattern;

/// Recognises a single Slack day file (`[ {"type":"message","ts":"1452845865.000008",…}, … ]`) or a
/// single message object from the first bytes, by the top-level fields of the first message only.
final class SlackSniff {
    static final int DAY_FILE = 90;
    static final int MESSAGE = 85;
    private static final Pattern TS = Pattern.compile("\\d{10}\\.\\d{6}");

    private SlackSniff() {
    }

    static int confidence(Sniff sniff) {
        char c = sniff.firstChar();
        if (c != '[' && c != '{') {
            return 0;
        }
        byte[] head = sniff.head();
        try (JsonParser p = Json.parser(head, 0, head.length)) {
            JsonToken t = p.nextToken();
            if (t == JsonToken.START_ARRAY) {
                return p.nextToken() == JsonToken.START_OBJECT && looksLikeMessage(p) ? DAY_FILE : 0;
            }
            return t == JsonToken.START_OBJECT && looksLikeMessage(p) ? MESSAGE : 0;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /// Reads the fields of the object the parser just entered; true when it has a Slack-shaped
    /// string `ts` and `type: "message"`. A head cut inside the object decides on what was seen.
    private static boolean looksLikeMessage(JsonParser p) throws IOException {
        boolean ts = false;
        boolean type = false;
        try {
            JsonToken t;
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken v = p.nextToken();
                if ("ts".equals(name)) {
                    ts = v == JsonToken.VALUE_STRING && TS.matcher(p.getText()).matches();
                } else if ("type".equals(name)) {
                    type = v == JsonToken.VALUE_STRING && "message".equals(p.getText());
                } else {
                    p.skipChildren();
                }
                if (ts && type) {
                    return true;
                }
            }
        } catch (com.fasterxml.jackson.core.io.JsonEOFException cut) {
            // the sniffed head ends inside the first message
        }
        return ts && type;
    }
}
