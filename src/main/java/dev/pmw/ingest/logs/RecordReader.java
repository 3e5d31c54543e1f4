package dev.pmw.ingest.logs;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.pmw.ingest.LogStoreBuilder;
import dev.pmw.ingest.time.FastIso;
import dev.pmw.ingest.time.Timestamps;
import dev.pmw.model.Level;
import dev.pmw.model.TimeFlag;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;

/// Reads one JSON object into a [Rec] in a single streaming pass: fields listed in [Keys] are
/// captured (strings straight from Jackson's char buffer, times through [FastIso]), everything
/// else is skipped with `skipChildren()` and never decoded. Depth is bounded by the key tree, so a
/// hostile deeply nested record only ever meets Jackson's own nesting limit.
final class RecordReader {
    /// Reads a dialect's envelope value (`events[]`, `data{}`, `resourceLogs[]`) found in a record.
    interface Envelopes {
        void read(JsonParser p, String key) throws IOException;
    }

    private final Keys keys;
    private final Interner interner;
    // the parser reading an in-memory block, whose strings can be taken as raw bytes
    private JsonParser rawParser;
    private byte[] rawBlock;
    private int rawStart;
    private int rawEnd;

    RecordReader(Keys keys, Interner interner) {
        this.keys = keys;
        this.interner = interner;
    }

    private final java.util.HashMap<String, SerializedString> serialized = new java.util.HashMap<>();

    /// The name pre-encoded for [JsonParser#nextFieldName(com.fasterxml.jackson.core.SerializableString)];
    /// bounded, so records with ever-new field names just stop being predicted.
    private SerializedString serialized(String name) {
        SerializedString s = serialized.get(name);
        if (s == null && serialized.size() < 4096) {
            s = new SerializedString(name);
            serialized.put(name, s);
        }
        return s;
    }

    /// Declares that `p` reads `block[start, end)`: pure-ASCII messages are then taken as bytes
    /// straight from the block (no decoding, no copy through chars). Null clears it.
    void rawSource(JsonParser p, byte[] block, int start, int end) {
        this.rawParser = p;
        this.rawBlock = block;
        this.rawStart = start;
        this.rawEnd = end;
    }

    /// Reads the object whose START_OBJECT is the current token, up to and including its END_OBJECT.
    /// @param naiveZone zone for times without offset
    /// @param env       envelope reader, or null when envelopes are not expected here
    void read(JsonParser p, Rec r, ZoneId naiveZone, Envelopes env) throws IOException {
        object(p, keys.root(), r, true, naiveZone, env);
        if (r.hasEpochSecond && !r.hasTime()) {
            r.time = r.epochSecond * 1_000_000_000L + r.nanoOfSecond;
            r.timeRank = 0;
        }
    }

    private void object(JsonParser p, Keys.Node node, Rec r, boolean top, ZoneId zone, Envelopes env) throws IOException {
        String prev = null;
        while (true) {
            String name;
            SerializedString predicted = node.predict(prev);
            if (predicted != null && p.nextFieldName(predicted)) {
                name = predicted.getValue(); // the same name as last time: compared as bytes, not decoded
            } else {
                if (predicted == null) {
                    p.nextToken();
                }
                if (p.currentToken() != JsonToken.FIELD_NAME) {
                    node.learn(prev, null);
                    return; // END_OBJECT
                }
                name = p.currentName();
                node.learn(prev, serialized(name));
            }
            prev = name;
            JsonToken t = p.nextToken();
            Keys.Node k = node.child(name);
            if (top && r.collectProps && t.isScalarValue()) {
                r.props.add(new String[] {name, t == JsonToken.VALUE_NULL ? "null" : p.getText()});
            }
            if (k == null) {
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    p.skipChildren();
                } else if (node.firstString && t == JsonToken.VALUE_STRING && r.fallback == null) {
                    r.fallback = p.getText();
                }
                continue;
            }
            switch (t) {
                case START_OBJECT -> {
                    if (k.envelope && env != null) {
                        env.read(p, name);
                        r.envelope = true;
                    } else if (k.hasChildren()) {
                        object(p, k, r, false, zone, env);
                    } else {
                        p.skipChildren();
                    }
                }
                case START_ARRAY -> {
                    if (k.envelope && env != null) {
                        env.read(p, name);
                        r.envelope = true;
                    } else if (Keys.kind(k.stringSlot) == Keys.BYTES && Keys.rank(k.stringSlot) < r.msgRank) {
                        byteMessage(p, r, Keys.rank(k.stringSlot));
                    } else {
                        p.skipChildren();
                    }
                }
                case VALUE_STRING -> {
                    if (k.stringSlot != 0) {
                        string(p, k.stringSlot, r, zone);
                    } else if (node.firstString && r.fallback == null) {
                        r.fallback = p.getText();
                    }
                }
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                    if (k.numberSlot != 0) {
                        number(p, t, k.numberSlot, r);
                    }
                }
                default -> {
                    // true, false, null: nothing we read
                }
            }
        }
    }

    private void string(JsonParser p, int slot, Rec r, ZoneId zone) throws IOException {
        int rank = Keys.rank(slot);
        switch (Keys.role(slot)) {
            case Keys.MESSAGE -> {
                if (rank < r.msgRank) {
                    if (p != rawParser || !rawAscii(p, r, rank)) {
                        r.setMessage(p.getTextCharacters(), p.getTextOffset(), p.getTextLength(), rank);
                    }
                    r.msgTemplate = Keys.kind(slot) == Keys.TEMPLATE;
                }
            }
            case Keys.LEVEL -> {
                if (rank < r.levelRank) {
                    Level l = Levels.of(p.getTextCharacters(), p.getTextOffset(), p.getTextLength(), Keys.kind(slot));
                    if (l != null) {
                        r.level = l;
                        r.levelRank = rank;
                    }
                }
            }
            case Keys.TIME -> {
                if (rank < r.timeRank) {
                    time(p.getTextCharacters(), p.getTextOffset(), p.getTextLength(), r, rank, zone);
                }
            }
            case Keys.SERVICE -> {
                int len = p.getTextLength();
                if (rank < r.serviceRank && len > 0) {
                    r.service = interner.intern(p.getTextCharacters(), p.getTextOffset(), len);
                    r.serviceRank = rank;
                }
            }
            case Keys.STATUS -> {
                if (rank < r.statusRank) {
                    int s = httpStatus(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
                    if (s > 0) {
                        r.status = s;
                        r.statusRank = rank;
                    }
                }
            }
            case Keys.USER -> {
                int len = p.getTextLength();
                if (rank < r.userRank && len > 0) {
                    r.userHash = LogStoreBuilder.userHash(p.getTextCharacters(), p.getTextOffset(), len);
                    r.userRank = rank;
                }
            }
            default -> rareString(p, slot, r);
        }
    }

    /// Fields only some dialects have, kept out of [#string] so the hot method stays small.
    private static void rareString(JsonParser p, int slot, Rec r) throws IOException {
        switch (Keys.role(slot)) {
            case Keys.STREAM -> {
                String s = p.getText();
                r.stream = "stderr".equals(s) ? 2 : "stdout".equals(s) ? 1 : 0;
            }
            case Keys.EVENT_ID -> r.eventId = p.getText();
            case Keys.PROTO_METHOD -> r.protoMethod = p.getText();
            case Keys.PROTO_RESOURCE -> r.protoResource = p.getText();
            default -> {
            }
        }
    }

    private void number(JsonParser p, JsonToken t, int slot, Rec r) throws IOException {
        int rank = Keys.rank(slot);
        switch (Keys.role(slot)) {
            case Keys.MESSAGE -> {
                if (rank < r.msgRank) {
                    r.setMessage(p.getTextCharacters(), p.getTextOffset(), p.getTextLength(), rank);
                }
            }
            case Keys.LEVEL -> {
                if (rank < r.levelRank && t == JsonToken.VALUE_NUMBER_INT) {
                    Level l = Levels.ofNumber(longValue(p, -1), Keys.kind(slot));
                    if (l != null) {
                        r.level = l;
                        r.levelRank = rank;
                    }
                }
            }
            case Keys.TIME -> {
                if (rank < r.timeRank) {
                    long n = Epochs.parse(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
                    if (n != FastIso.FAIL) {
                        r.time = n;
                        r.timeRank = rank;
                        r.timeNaive = false;
                        r.timeOffset = false;
                    } else if (r.badTime == null) {
                        r.badTime = p.getText();
                    }
                }
            }
            case Keys.STATUS -> {
                if (rank < r.statusRank && t == JsonToken.VALUE_NUMBER_INT) {
                    long s = longValue(p, 0);
                    if (s >= 100 && s <= 599) {
                        r.status = (int) s;
                        r.statusRank = rank;
                    }
                }
            }
            case Keys.USER -> {
                if (rank < r.userRank) {
                    r.userHash = LogStoreBuilder.userHash(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
                    r.userRank = rank;
                }
            }
            case Keys.EPOCH_SECOND -> {
                if (t == JsonToken.VALUE_NUMBER_INT && fitsLong(p)) {
                    r.epochSecond = p.getLongValue();
                    r.hasEpochSecond = true;
                }
            }
            case Keys.NANO_OF_SECOND -> {
                if (t == JsonToken.VALUE_NUMBER_INT) {
                    r.nanoOfSecond = longValue(p, 0);
                }
            }
            default -> {
            }
        }
    }

    /// Takes the current string token as raw bytes when it is printable ASCII without escapes
    /// (then bytes and chars are the same). Leaves the token to Jackson, which skips it.
    private boolean rawAscii(JsonParser p, Rec r, int rank) {
        if (!(p instanceof com.fasterxml.jackson.core.base.ParserBase pb)) {
            return false;
        }
        long rel = pb.getTokenCharacterOffset(); // first byte after the opening quote
        int start = rawStart + (int) rel;
        if (rel <= 0 || start > rawEnd || rawBlock[start - 1] != '"') {
            return false;
        }
        byte[] b = rawBlock;
        int end = rawEnd;
        for (int i = start; i < end; i++) {
            byte c = b[i];
            if (c == '"') {
                r.setRawMessage(b, start, i - start, rank);
                return true;
            }
            if (c < 0x20 || c == '\\' || c == 0x7f) { // negative: non-ASCII
                return false;
            }
        }
        return false;
    }

    /// Whether the current integer fits a long (a 30-digit "status" must not cost the record).
    private static boolean fitsLong(JsonParser p) throws IOException {
        JsonParser.NumberType n = p.getNumberType();
        return n == JsonParser.NumberType.INT || n == JsonParser.NumberType.LONG;
    }

    private static long longValue(JsonParser p, long otherwise) throws IOException {
        return fitsLong(p) ? p.getLongValue() : otherwise;
    }

    /// A time given as text: an epoch number, ISO-8601 (fast path), or any other form
    /// [Timestamps] reads. Times without a zone are read in `zone` and flagged.
    static void time(char[] c, int off, int len, Rec r, int rank, ZoneId zone) {
        long t;
        boolean naive = false;
        boolean offset = false;
        if (len > 0 && c[off] >= '0' && c[off] <= '9' && Epochs.isNumber(c, off, len)) {
            t = Epochs.parse(c, off, len);
        } else {
            t = FastIso.parse(c, off, len, null);
            if (t != FastIso.FAIL) {
                offset = FastIso.hasNonUtcOffset(c, off, len);
            } else {
                t = FastIso.parse(c, off, len, zone);
                if (t != FastIso.FAIL) {
                    naive = true;
                } else if (len > 0 && len < 64) {
                    Timestamps.Parsed ps = Timestamps.parse(new String(c, off, len), zone);
                    if (ps != null) {
                        t = ps.epochNanos();
                        naive = ps.info().has(TimeFlag.ZONE_ASSUMED);
                    }
                }
            }
        }
        if (t == FastIso.FAIL) {
            if (r.badTime == null) {
                r.badTime = new String(c, off, Math.min(len, 200));
            }
            return;
        }
        r.time = t;
        r.timeRank = rank;
        r.timeNaive = naive;
        r.naiveZone = naive ? zone.getId() : null;
        r.timeOffset = offset;
    }

    private static int httpStatus(char[] c, int off, int len) {
        if (len != 3) {
            return 0;
        }
        int s = 0;
        for (int i = off; i < off + 3; i++) {
            if (c[i] < '0' || c[i] > '9') {
                return 0;
            }
            s = s * 10 + (c[i] - '0');
        }
        return s >= 100 && s <= 599 ? s : 0;
    }

    /// journald writes MESSAGE as an array of byte values when it is not valid UTF-8.
    private static void byteMessage(JsonParser p, Rec r, int rank) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
            if (t == JsonToken.VALUE_NUMBER_INT && out.size() < dev.pmw.ingest.Limits.MAX_MESSAGE_CHARS) {
                out.write((int) longValue(p, '?'));
            } else if (t.isStructStart()) {
                p.skipChildren();
            }
        }
        r.setMessage(new String(out.toByteArray(), StandardCharsets.UTF_8), rank);
    }
}
