package dev.pmw.ingest.logs;

import dev.pmw.ingest.LogStore;
import dev.pmw.model.Level;

import java.util.ArrayList;
import java.util.List;

/// Scratch space for the record being read: the best candidate found so far for each field, by
/// rank (lower is better). Reused for every record, so reading allocates nothing per line.
final class Rec {
    static final int NONE = Integer.MAX_VALUE;

    char[] msg = new char[512];
    int msgLen;
    /// When set, the message is `rawMsg[rawOff, rawOff+msgLen)`: printable ASCII bytes straight from
    /// the input block (and [#msg] is not filled).
    byte[] rawMsg;
    int rawOff;
    int msgRank;
    boolean msgTemplate;

    long time;
    int timeRank;
    /// The chosen time had no offset and was read in the assumed zone.
    boolean timeNaive;
    /// Zone id the naive time was read in.
    String naiveZone;
    /// The chosen time carried an offset other than UTC.
    boolean timeOffset;
    /// Text of a time field that could not be read (only kept when no other time was found).
    String badTime;
    long epochSecond;
    long nanoOfSecond;
    boolean hasEpochSecond;

    Level level;
    int levelRank;

    String service;
    int serviceRank;

    int status;
    int statusRank;

    int userHash;
    int userRank;

    /// Docker `stream`: 0 unknown, 1 stdout, 2 stderr.
    int stream;
    String eventId;
    String protoMethod;
    String protoResource;
    /// First string inside GCP `jsonPayload`, the message of last resort.
    String fallback;
    /// Top-level scalar properties, collected for CLEF `@mt` rendering only.
    final List<String[]> props = new ArrayList<>();
    boolean collectProps;
    /// The record was an envelope: its records were emitted, the record itself is not a line.
    boolean envelope;

    Rec() {
        reset();
    }

    void reset() {
        msgLen = 0;
        rawMsg = null;
        msgRank = NONE;
        msgTemplate = false;
        time = LogStore.NO_TIME;
        timeRank = NONE;
        timeNaive = false;
        naiveZone = null;
        timeOffset = false;
        badTime = null;
        hasEpochSecond = false;
        epochSecond = 0;
        nanoOfSecond = 0;
        level = null;
        levelRank = NONE;
        service = null;
        serviceRank = NONE;
        status = 0;
        statusRank = NONE;
        userHash = 0;
        userRank = NONE;
        stream = 0;
        eventId = null;
        protoMethod = null;
        protoResource = null;
        fallback = null;
        envelope = false;
        if (!props.isEmpty()) {
            props.clear();
        }
    }

    void setRawMessage(byte[] b, int off, int len, int rank) {
        rawMsg = b;
        rawOff = off;
        msgLen = len;
        msgRank = rank;
        msgTemplate = false;
    }

    /// Turns a raw message into chars (for code that edits the message).
    void materialize() {
        if (rawMsg != null) {
            if (msg.length < msgLen) {
                msg = new char[Math.max(msgLen, msg.length * 2)];
            }
            for (int i = 0; i < msgLen; i++) {
                msg[i] = (char) rawMsg[rawOff + i];
            }
            rawMsg = null;
        }
    }

    void setMessage(char[] c, int off, int len, int rank) {
        rawMsg = null;
        if (msg.length < len) {
            msg = new char[Math.max(len, msg.length * 2)];
        }
        System.arraycopy(c, off, msg, 0, len);
        msgLen = len;
        msgRank = rank;
        msgTemplate = false;
    }

    void setMessage(String s, int rank) {
        rawMsg = null;
        int len = s.length();
        if (msg.length < len) {
            msg = new char[Math.max(len, msg.length * 2)];
        }
        s.getChars(0, len, msg, 0);
        msgLen = len;
        msgRank = rank;
        msgTemplate = false;
    }

    String message() {
        if (rawMsg != null) {
            return new String(rawMsg, rawOff, msgLen, java.nio.charset.StandardCharsets.ISO_8859_1);
        }
        return new String(msg, 0, msgLen);
    }

    boolean hasMessage() {
        return msgRank != NONE;
    }

    boolean hasTime() {
        return time != LogStore.NO_TIME;
    }

    /// Takes the fields `inner` has (an application record nested in a container record's text):
    /// its message, level, service, status and user always; its time only when `preferInnerTime`.
    void overlay(Rec inner, boolean preferInnerTime) {
        if (inner.hasMessage()) {
            inner.materialize();
            setMessage(inner.msg, 0, inner.msgLen, 0);
        }
        if (inner.level != null) {
            level = inner.level;
            levelRank = 0;
        }
        if (inner.service != null) {
            service = inner.service;
        }
        if (inner.status != 0) {
            status = inner.status;
        }
        if (inner.userHash != 0) {
            userHash = inner.userHash;
        }
        if (preferInnerTime && inner.hasTime()) {
            time = inner.time;
            timeNaive = inner.timeNaive;
            naiveZone = inner.naiveZone;
            timeOffset = inner.timeOffset;
        }
    }
}
