package dev.pmw.ingest;

import dev.pmw.model.Level;
import dev.pmw.model.SourceRef;

import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/// Appends log lines to a [LogStore]. Not thread-safe: one builder per parsing thread.
public final class LogStoreBuilder {
    private final SourceRef source;
    private final String assumedZone;
    private final List<long[]> time = new ArrayList<>();
    private final List<byte[]> level = new ArrayList<>();
    private final List<int[]> group = new ArrayList<>();
    private final List<int[]> line = new ArrayList<>();
    private final List<long[]> offset = new ArrayList<>();
    private final List<short[]> status = new ArrayList<>();
    private final List<int[]> user = new ArrayList<>();
    private final List<byte[]> arena = new ArrayList<>();
    private final List<int[]> msgEnd = new ArrayList<>();
    private int size;
    private int arenaPos;

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

    /// Adds one line whose message is `msg[off, off+len)`.
    public void add(long timeNanos, Level lvl, char[] msg, int off, int len, String service, int httpStatus,
                    String userId, int lineNo, long byteOffset) {
        CharBuffer cs = CharBuffer.wrap(msg, off, len);
        addLine(timeNanos, lvl, cs, service, httpStatus, userId, lineNo, byteOffset);
    }

    public void add(long timeNanos, Level lvl, String msg, String service, int httpStatus, String userId, int lineNo,
                    long byteOffset) {
        addLine(timeNanos, lvl, msg == null ? "" : msg, service, httpStatus, userId, lineNo, byteOffset);
    }

    private void addLine(long timeNanos, Level lvl, CharSequence msg, String service, int httpStatus, String userId,
                         int lineNo, long byteOffset) {
        int p = size & LogStore.MASK;
        if (p == 0) {
            newChunk();
        }
        int c = time.size() - 1;
        Level l = lvl == null ? Level.UNKNOWN : lvl;
        time.get(c)[p] = timeNanos;
        level.get(c)[p] = (byte) l.ordinal();
        line.get(c)[p] = lineNo;
        offset.get(c)[p] = byteOffset;
        status.get(c)[p] = (short) Math.max(0, Math.min(httpStatus, 999));
        user.get(c)[p] = userId == null || userId.isEmpty() ? 0 : (userId.hashCode() | 1);
        int sid = serviceId(service);
        group.get(c)[p] = groupId(sid, l, msg);
        writeMessage(c, p, msg);
        size++;
    }

    /// Appends a continuation line (stack trace, wrapped output) to the previous line's message.
    /// Returns false when there is no previous line.
    public boolean appendToLast(String continuation) {
        if (size == 0) {
            return false;
        }
        int c = time.size() - 1;
        int p = (size - 1) & LogStore.MASK;
        byte[] bytes = ("\n" + continuation).getBytes(StandardCharsets.UTF_8);
        ensureArena(c, bytes.length);
        System.arraycopy(bytes, 0, arena.get(c), arenaPos, bytes.length);
        arenaPos += bytes.length;
        msgEnd.get(c)[p] = arenaPos;
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
        if (chunks > 0) {
            int c = chunks - 1;
            arena.set(c, Arrays.copyOf(arena.get(c), arenaPos));
        }
        List<LogGroup> out = new ArrayList<>(groups.size());
        for (int g = 0; g < groups.size(); g++) {
            GroupDraft d = groups.get(g);
            out.add(new LogGroup(g, services.get(d.service), d.level, d.template, d.example, d.count));
        }
        return new LogStore(source, assumedZone, size, time.toArray(long[][]::new), level.toArray(byte[][]::new),
                group.toArray(int[][]::new), line.toArray(int[][]::new), offset.toArray(long[][]::new),
                status.toArray(short[][]::new), user.toArray(int[][]::new), arena.toArray(byte[][]::new),
                msgEnd.toArray(int[][]::new), out);
    }

    private void newChunk() {
        if (!arena.isEmpty()) {
            int c = arena.size() - 1;
            arena.set(c, Arrays.copyOf(arena.get(c), arenaPos));
        }
        time.add(new long[LogStore.CHUNK]);
        level.add(new byte[LogStore.CHUNK]);
        group.add(new int[LogStore.CHUNK]);
        line.add(new int[LogStore.CHUNK]);
        offset.add(new long[LogStore.CHUNK]);
        status.add(new short[LogStore.CHUNK]);
        user.add(new int[LogStore.CHUNK]);
        msgEnd.add(new int[LogStore.CHUNK]);
        arena.add(new byte[1 << 20]);
        arenaPos = 0;
    }

    private void writeMessage(int c, int p, CharSequence msg) {
        int n = msg.length();
        ensureArena(c, n * 3);
        byte[] a = arena.get(c);
        int pos = arenaPos;
        for (int i = 0; i < n; i++) {
            char ch = msg.charAt(i);
            if (ch < 0x80) {
                a[pos++] = (byte) ch;
            } else {
                // rare: encode the rest through the JDK (handles surrogate pairs)
                byte[] rest = msg.subSequence(i, n).toString().getBytes(StandardCharsets.UTF_8);
                System.arraycopy(rest, 0, a, pos, rest.length);
                pos += rest.length;
                break;
            }
        }
        arenaPos = pos;
        msgEnd.get(c)[p] = pos;
    }

    private void ensureArena(int c, int extra) {
        byte[] a = arena.get(c);
        if (arenaPos + extra > a.length) {
            long want = Math.max((long) a.length * 2, (long) arenaPos + extra);
            if (want > Integer.MAX_VALUE - 16) {
                throw new IllegalStateException("log chunk arena over 2 GiB");
            }
            arena.set(c, Arrays.copyOf(a, (int) want));
        }
    }

    private int serviceId(String service) {
        String s = service == null ? "" : service;
        Integer id = serviceIds.get(s);
        if (id == null) {
            id = services.size();
            services.add(s);
            serviceIds.put(s, id);
        }
        return id;
    }

    private int groupId(int sid, Level l, CharSequence msg) {
        long key = Templates.hash(msg, 0, msg.length()) * 31 + sid * 7L + l.ordinal();
        key = key == 0 ? 1 : key;
        int mask = groupKeys.length - 1;
        int slot = (int) (mix(key) & mask);
        while (true) {
            long k = groupKeys[slot];
            if (k == key) {
                GroupDraft d = groups.get(groupVals[slot]);
                d.count++;
                return groupVals[slot];
            }
            if (k == 0) {
                int id = groups.size();
                String text = msg.toString();
                groups.add(new GroupDraft(sid, l, Templates.of(text), text.length() > 2000 ? text.substring(0, 2000) : text));
                groupKeys[slot] = key;
                groupVals[slot] = id;
                if (++groupFill * 2 > groupKeys.length) {
                    rehash();
                }
                return id;
            }
            slot = (slot + 1) & mask;
        }
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
