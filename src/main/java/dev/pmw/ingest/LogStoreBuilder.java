package dev.pmw.ingest;

import dev.pmw.model.Level;
import dev.pmw.model.SourceRef;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
    /// Per chunk, its message pages (see [LogStore]); the last chunk's pages are [#pages].
    private final List<List<byte[]>> arena = new ArrayList<>();
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
    private List<byte[]> pages;
    private byte[] page;
    private int size;
    /// Virtual write position in the current chunk's pages.
    private int arenaPos;
    /// Start of the last line's message in the current arena, for continuations.
    private int lastMsgStart;
    private int droppedContinuations;

    private final Map<String, Integer> serviceIds = new HashMap<>();
    private final List<String> services = new ArrayList<>();
    private final List<GroupDraft> groups = new ArrayList<>();
    private long[] groupKeys = new long[1024];
    private int[] groupVals = new int[1024];
    private int groupFill;

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
        int sid = serviceId(service);
        curGroup[p] = groupId(sid, l, msg, off, n);
        lastMsgStart = arenaPos;
        writeMessage(msg, off, n);
        curMsgEnd[p] = arenaPos;
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
        int sid = serviceId(service);
        curGroup[p] = asciiGroupId(sid, l, ascii, off, n);
        lastMsgStart = arenaPos;
        writeBytes(ascii, off, n);
        curMsgEnd[p] = arenaPos;
        size++;
    }

    /// Non-zero hash of a user id (the same for equal ids across sources), or 0 for none.
    public static int userHash(CharSequence userId) {
        if (userId == null || userId.isEmpty()) {
            return 0;
        }
        return userId.toString().hashCode() | 1;
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
        return h | 1;
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
        int room = Limits.MAX_MESSAGE_CHARS - (arenaPos - lastMsgStart);
        if (room <= 1) {
            droppedContinuations++;
            return true;
        }
        writeByte((byte) '\n');
        writeMessage(c, off, Math.min(len, room - 1));
        curMsgEnd[p] = arenaPos;
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
        trimLastPage();
        List<LogGroup> out = new ArrayList<>(groups.size());
        for (int g = 0; g < groups.size(); g++) {
            GroupDraft d = groups.get(g);
            out.add(new LogGroup(g, services.get(d.service), d.level, d.template, d.example, d.count));
        }
        return new LogStore(source, assumedZone, size, time.toArray(long[][]::new), level.toArray(byte[][]::new),
                group.toArray(int[][]::new), line.toArray(int[][]::new), offset.toArray(long[][]::new),
                status.toArray(short[][]::new), user.toArray(int[][]::new),
                arena.stream().map(l -> l.toArray(byte[][]::new)).toArray(byte[][][]::new),
                msgEnd.toArray(int[][]::new), out);
    }

    private void newChunk() {
        trimLastPage();
        time.add(curTime = new long[LogStore.CHUNK]);
        level.add(curLevel = new byte[LogStore.CHUNK]);
        group.add(curGroup = new int[LogStore.CHUNK]);
        line.add(curLine = new int[LogStore.CHUNK]);
        offset.add(curOffset = new long[LogStore.CHUNK]);
        status.add(curStatus = new short[LogStore.CHUNK]);
        user.add(curUser = new int[LogStore.CHUNK]);
        msgEnd.add(curMsgEnd = new int[LogStore.CHUNK]);
        pages = new ArrayList<>();
        arena.add(pages);
        page = null;
        arenaPos = 0;
        lastMsgStart = 0;
    }

    /// The last page of a finished chunk is cut to what it holds.
    private void trimLastPage() {
        int used = arenaPos & (LogStore.PAGE - 1);
        if (page != null && used != 0 && used < page.length) {
            page = Arrays.copyOf(page, used);
            pages.set(pages.size() - 1, page);
        }
    }

    /// Room for at least one byte at [#arenaPos] (a new page when the current one is full).
    private void nextPage() {
        if (arenaPos > Integer.MAX_VALUE - LogStore.PAGE) {
            throw new IllegalStateException("log chunk arena over 2 GiB");
        }
        page = new byte[LogStore.PAGE];
        pages.add(page);
    }

    private void writeByte(byte b) {
        int pos = arenaPos & (LogStore.PAGE - 1);
        if (page == null || pos == 0 && arenaPos >>> LogStore.PAGE_BITS == pages.size()) {
            nextPage();
        }
        page[pos] = b;
        arenaPos++;
    }

    private void writeBytes(byte[] src, int off, int n) {
        while (n > 0) {
            int pos = arenaPos & (LogStore.PAGE - 1);
            if (page == null || pos == 0 && arenaPos >>> LogStore.PAGE_BITS == pages.size()) {
                nextPage();
            }
            int k = Math.min(n, LogStore.PAGE - pos);
            System.arraycopy(src, off, page, pos, k);
            arenaPos += k;
            off += k;
            n -= k;
        }
    }

    private final byte[] encodeBuf = new byte[4096];

    /// Encodes `m[off, off+n)` as UTF-8 into the pages, through a small buffer.
    private void writeMessage(char[] m, int off, int n) {
        int end = off + n;
        int i = off;
        while (i < end) {
            int room = encodeBuf.length - 4; // one more code point always fits
            int w = 0;
            while (i < end && w < room) {
                char ch = m[i];
                if (ch < 0x80) {
                    encodeBuf[w++] = (byte) ch;
                    i++;
                } else {
                    int used = encodeChar(encodeBuf, w, m, i, end);
                    w += used >>> 8;
                    i += used & 0xff;
                }
            }
            writeBytes(encodeBuf, 0, w);
        }
    }

    /// Encodes the char at `m[i]` (with its low surrogate); returns bytes written << 8 | chars used.
    private static int encodeChar(byte[] a, int pos, char[] m, int i, int end) {
        char ch = m[i];
        if (ch < 0x800) {
            a[pos] = (byte) (0xc0 | ch >> 6);
            a[pos + 1] = (byte) (0x80 | ch & 0x3f);
            return 2 << 8 | 1;
        }
        if (Character.isHighSurrogate(ch) && i + 1 < end && Character.isLowSurrogate(m[i + 1])) {
            int cp = Character.toCodePoint(ch, m[i + 1]);
            a[pos] = (byte) (0xf0 | cp >> 18);
            a[pos + 1] = (byte) (0x80 | cp >> 12 & 0x3f);
            a[pos + 2] = (byte) (0x80 | cp >> 6 & 0x3f);
            a[pos + 3] = (byte) (0x80 | cp & 0x3f);
            return 4 << 8 | 2;
        }
        if (Character.isSurrogate(ch)) {
            a[pos] = '?'; // unpaired surrogate, as String.getBytes does
            return 1 << 8 | 1;
        }
        a[pos] = (byte) (0xe0 | ch >> 12);
        a[pos + 1] = (byte) (0x80 | ch >> 6 & 0x3f);
        a[pos + 2] = (byte) (0x80 | ch & 0x3f);
        return 3 << 8 | 1;
    }

    private String lastService;
    private int lastServiceId;

    private int serviceId(String service) {
        String s = service == null ? "" : service;
        if (s == lastService) {
            return lastServiceId; // parsers intern service names, so the common case is one compare
        }
        Integer id = serviceIds.get(s);
        if (id == null) {
            if (services.size() >= Limits.MAX_LOG_SERVICES) {
                return serviceId(OVERFLOW_SERVICE.equals(s) ? s : OVERFLOW_SERVICE);
            }
            id = services.size();
            services.add(s);
            serviceIds.put(s, id);
        }
        lastService = s;
        lastServiceId = id;
        return id;
    }

    private int groupId(int sid, Level l, char[] m, int off, int len) {
        long key = Templates.hash(m, off, len) * 31 + sid * 7L + l.ordinal();
        int id = lookup(key);
        if (id >= 0) {
            groups.get(id).count++;
            return id;
        }
        if (groups.size() >= Limits.MAX_LOG_GROUPS) {
            long overflow = mix(0x5eedL + sid) * 31 + l.ordinal();
            id = lookup(overflow);
            if (id >= 0) {
                groups.get(id).count++;
                return id;
            }
            return insert(overflow, new GroupDraft(sid, l, OVERFLOW_TEMPLATE, example(m, off, len)));
        }
        String text = new String(m, off, len);
        return insert(key, new GroupDraft(sid, l, Templates.of(text), example(m, off, len)));
    }

    private int asciiGroupId(int sid, Level l, byte[] a, int off, int len) {
        long key = Templates.hashAscii(a, off, len) * 31 + sid * 7L + l.ordinal();
        int id = lookup(key);
        if (id >= 0) {
            groups.get(id).count++;
            return id;
        }
        // rare: a new template; build it through the char path (same hash for ASCII)
        char[] m = new char[len];
        for (int i = 0; i < len; i++) {
            m[i] = (char) a[off + i];
        }
        return groupId(sid, l, m, 0, len);
    }

    private static String example(char[] m, int off, int len) {
        return new String(m, off, Math.min(len, 2000));
    }

    private int lookup(long key) {
        long k0 = key == 0 ? 1 : key;
        int mask = groupKeys.length - 1;
        int slot = (int) (mix(k0) & mask);
        while (true) {
            long k = groupKeys[slot];
            if (k == k0) {
                return groupVals[slot];
            }
            if (k == 0) {
                return -1;
            }
            slot = (slot + 1) & mask;
        }
    }

    private int insert(long key, GroupDraft draft) {
        long k0 = key == 0 ? 1 : key;
        int mask = groupKeys.length - 1;
        int slot = (int) (mix(k0) & mask);
        while (groupKeys[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        int id = groups.size();
        groups.add(draft);
        groupKeys[slot] = k0;
        groupVals[slot] = id;
        if (++groupFill * 2 > groupKeys.length) {
            rehash();
        }
        return id;
    }

    private void rehash() {
        long[] oldK = groupKeys;
        int[] oldV = groupVals;
        groupKeys = new long[oldK.length * 2];
        groupVals = new int[oldK.length * 2];
        int mask = groupKeys.length - 1;
        for (int i = 0; i < oldK.length; i++) {
            if (oldK[i] != 0) {
                int slot = (int) (mix(oldK[i]) & mask);
                while (groupKeys[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                groupKeys[slot] = oldK[i];
                groupVals[slot] = oldV[i];
            }
        }
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        return z ^ (z >>> 33);
    }

    private static final class GroupDraft {
        final int service;
        final Level level;
        final String template;
        final String example;
        int count = 1;

        GroupDraft(int service, Level level, String template, String example) {
            this.service = service;
            this.level = level;
            this.template = template;
            this.example = example;
        }
    }
}
