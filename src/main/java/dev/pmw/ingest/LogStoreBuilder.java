package dev.pmw.ingest;

import dev.pmw.model.Level;
import dev.pmw.model.SourceRef;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/// Appends log lines to a [LogStore]. Not thread-safe: one builder per parsing thread.
///
/// The `char[]` entry points are the hot path: they allocate nothing per line (the message is
/// encoded straight into the chunk's UTF-8 arena, its template hashed in place). Hostile input is
/// bounded: a message is cut at [Limits#MAX_MESSAGE_CHARS], continuations stop there too, and past
/// [Limits#MAX_LOG_GROUPS] templates new templates share one overflow group per service and level.
public final class LogStoreBuilder {
    /// Template of the overflow group that takes new templates once [Limits#MAX_LOG_GROUPS] exist.
    public static final String OVERFLOW_TEMPLATE = "(more distinct messages than can be grouped)";
    /// Service name lines get once [Limits#MAX_LOG_SERVICES] distinct services exist.
    public static final String OVERFLOW_SERVICE = "(other services)";

    private final SourceRef source;
    private String assumedZone;
    private final List<long[]> time = new ArrayList<>();
    private final List<byte[]> level = new ArrayList<>();
    private final List<int[]> group = new ArrayList<>();
    private final List<int[]> line = new ArrayList<>();
    private final List<long[]> offset = new ArrayList<>();
    private final List<short[]> status = new ArrayList<>();
    private final List<int[]> user = new ArrayList<>();
    private final MessagePages pages = new MessagePages();
    private final LogGroups groups = new LogGroups();
    private final List<int[]> msgEnd = new ArrayList<>();
    // the last chunk's columns, held directly: the hot path writes here
    private long[] curTime;
    private byte[] curLevel;
    private int[] curGroup;
    private int[] curLine;
    private long[] curOffset;
    private short[] curStatus;
    private int[] curUser;
    private int[] curMsgEnd;
    private int size;
    /// Start of the last line's message in the current arena, for continuations.
    private int lastMsgStart;
    private int droppedContinuations;

    public LogStoreBuilder(SourceRef source, String assumedZone) {
        this.source = source;
        this.assumedZone = assumedZone;
    }

    public int size() {
        return size;
    }

    /// Sets the zone assumed for timestamps without offset (known only once all lines are read),
    /// or null when every time carried an offset or was an epoch.
    public void assumedZone(String zone) {
        this.assumedZone = zone;
    }

    /// Continuation lines dropped because the line they belonged to reached
    /// [Limits#MAX_MESSAGE_CHARS].
    public int droppedContinuations() {
        return droppedContinuations;
    }

    /// Adds one line whose message is `msg[off, off+len)`.
    public void add(long timeNanos, Level lvl, char[] msg, int off, int len, String service, int httpStatus,
                    String userId, int lineNo, long byteOffset) {
        add(timeNanos, lvl, msg, off, len, service, httpStatus, userHash(userId), lineNo, byteOffset);
    }

    public void add(long timeNanos, Level lvl, String msg, String service, int httpStatus, String userId, int lineNo,
                    long byteOffset) {
        char[] m = msg == null ? new char[0] : msg.toCharArray();
        add(timeNanos, lvl, m, 0, m.length, service, httpStatus, userHash(userId), lineNo, byteOffset);
    }

    /// The allocation-free form: `userHash` is [#userHash(CharSequence)] of the user id (0 = none).
    public void add(long timeNanos, Level lvl, char[] msg, int off, int len, String service, int httpStatus,
                    int userHash, int lineNo, long byteOffset) {
        int p = size & LogStore.MASK;
        if (p == 0) {
            newChunk();
        }
        Level l = lvl == null ? Level.UNKNOWN : lvl;
        int n = Math.min(len, Limits.MAX_MESSAGE_CHARS);
        if (n < len && Character.isHighSurrogate(msg[off + n - 1])) {
            n--; // never cut a surrogate pair in half
        }
        curTime[p] = timeNanos;
        curLevel[p] = (byte) l.ordinal();
        curLine[p] = lineNo;
        curOffset[p] = byteOffset;
        curStatus[p] = (short) Math.max(0, Math.min(httpStatus, 999));
        curUser[p] = userHash;
        int sid = groups.serviceId(service);
        curGroup[p] = groups.groupId(sid, l, msg, off, n);
        lastMsgStart = pages.pos();
        pages.writeChars(msg, off, n);
        curMsgEnd[p] = pages.pos();
        size++;
    }

    /// [#add(long, Level, char[], int, int, String, int, int, int, long)] for a message that is
    /// printable ASCII given as bytes (`ascii[off, off+len)`): copied into the arena as is.
    public void addAscii(long timeNanos, Level lvl, byte[] ascii, int off, int len, String service, int httpStatus,
                         int userHash, int lineNo, long byteOffset) {
        int p = size & LogStore.MASK;
        if (p == 0) {
            newChunk();
        }
        Level l = lvl == null ? Level.UNKNOWN : lvl;
        int n = Math.min(len, Limits.MAX_MESSAGE_CHARS);
        curTime[p] = timeNanos;
        curLevel[p] = (byte) l.ordinal();
        curLine[p] = lineNo;
        curOffset[p] = byteOffset;
        curStatus[p] = (short) Math.max(0, Math.min(httpStatus, 999));
        curUser[p] = userHash;
        int sid = groups.serviceId(service);
        curGroup[p] = groups.asciiGroupId(sid, l, ascii, off, n);
        lastMsgStart = pages.pos();
        pages.writeBytes(ascii, off, n);
        curMsgEnd[p] = pages.pos();
        size++;
    }

    /// Appends every line of `other` (built over a later part of the same file, on another thread)
    /// after the lines here, its line numbers moved by `lineShift`; its groups join these. `other`
    /// is emptied as it goes, so both never need to be held in full at once.
    public void absorb(LogStoreBuilder other, int lineShift) {
        if (other.size == 0) {
            return;
        }
        other.pages.startChunk(); // closes its last chunk
        int[] remap = groups.absorb(other.groups);
        int chunks = other.time.size();
        for (int c = 0; c < chunks; c++) {
            int n = c < chunks - 1 ? LogStore.CHUNK : other.size - c * LogStore.CHUNK;
            long[] t = other.time.get(c);
            byte[] lv = other.level.get(c);
            int[] g = other.group.get(c);
            int[] ln = other.line.get(c);
            long[] of = other.offset.get(c);
            short[] st = other.status.get(c);
            int[] us = other.user.get(c);
            int[] me = other.msgEnd.get(c);
            for (int k = 0; k < n; k++) {
                int p = size & LogStore.MASK;
                if (p == 0) {
                    newChunk();
                }
                curTime[p] = t[k];
                curLevel[p] = lv[k];
                curGroup[p] = remap[g[k]];
                curLine[p] = ln[k] + lineShift;
                curOffset[p] = of[k];
                curStatus[p] = st[k];
                curUser[p] = us[k];
                lastMsgStart = pages.pos();
                pages.copy(other.pages, c, k == 0 ? 0 : me[k - 1], me[k]);
                curMsgEnd[p] = pages.pos();
                size++;
            }
            other.time.set(c, null);
            other.level.set(c, null);
            other.group.set(c, null);
            other.line.set(c, null);
            other.offset.set(c, null);
            other.status.set(c, null);
            other.user.set(c, null);
            other.msgEnd.set(c, null);
            other.pages.release(c);
        }
        droppedContinuations += other.droppedContinuations;
        other.size = 0;
    }

    /// Non-zero hash of a user id (the same for equal ids across sources), or 0 for none.
    public static int userHash(CharSequence userId) {
        if (userId == null || userId.isEmpty()) {
            return 0;
        }
        return nonZero(userId.toString().hashCode());
    }

    /// [#userHash(CharSequence)] of `c[off, off+len)` without building the string.
    public static int userHash(char[] c, int off, int len) {
        if (len <= 0) {
            return 0;
        }
        int h = 0;
        for (int i = off; i < off + len; i++) {
            h = 31 * h + c[i];
        }
        return nonZero(h);
    }

    /// Spreads the string hash (so ids differing in the last character stay distinct — `| 1` made
    /// `u_50000` and `u_50001` collide) and keeps 0 for "no user".
    private static int nonZero(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h == 0 ? 1 : h;
    }

    /// Appends a continuation line (stack trace, wrapped output) to the previous line's message.
    /// Returns false when there is no previous line.
    public boolean appendToLast(String continuation) {
        char[] c = continuation.toCharArray();
        return appendToLast(c, 0, c.length);
    }

    /// [#appendToLast(String)] for `c[off, off+len)`.
    public boolean appendToLast(char[] c, int off, int len) {
        if (size == 0) {
            return false;
        }
        int p = (size - 1) & LogStore.MASK;
        int room = Limits.MAX_MESSAGE_CHARS - (pages.pos() - lastMsgStart);
        if (room <= 1) {
            droppedContinuations++;
            return true;
        }
        pages.writeByte((byte) '\n');
        pages.writeChars(c, off, Math.min(len, room - 1));
        curMsgEnd[p] = pages.pos();
        return true;
    }

    public LogStore build() {
        int chunks = time.size();
        int last = size & LogStore.MASK;
        if (chunks > 0 && last != 0) {
            int c = chunks - 1;
            time.set(c, Arrays.copyOf(time.get(c), last));
            level.set(c, Arrays.copyOf(level.get(c), last));
            group.set(c, Arrays.copyOf(group.get(c), last));
            line.set(c, Arrays.copyOf(line.get(c), last));
            offset.set(c, Arrays.copyOf(offset.get(c), last));
            status.set(c, Arrays.copyOf(status.get(c), last));
            user.set(c, Arrays.copyOf(user.get(c), last));
            msgEnd.set(c, Arrays.copyOf(msgEnd.get(c), last));
        }
        List<LogGroup> out = groups.build();
        return new LogStore(source, assumedZone, size, time.toArray(long[][]::new), level.toArray(byte[][]::new),
                group.toArray(int[][]::new), line.toArray(int[][]::new), offset.toArray(long[][]::new),
                status.toArray(short[][]::new), user.toArray(int[][]::new),
                pages.build(),
                msgEnd.toArray(int[][]::new), out);
    }

    private void newChunk() {
        pages.startChunk();
        time.add(curTime = new long[LogStore.CHUNK]);
        level.add(curLevel = new byte[LogStore.CHUNK]);
        group.add(curGroup = new int[LogStore.CHUNK]);
        line.add(curLine = new int[LogStore.CHUNK]);
        offset.add(curOffset = new long[LogStore.CHUNK]);
        status.add(curStatus = new short[LogStore.CHUNK]);
        user.add(curUser = new int[LogStore.CHUNK]);
        msgEnd.add(curMsgEnd = new int[LogStore.CHUNK]);
        lastMsgStart = 0;
    }


}
