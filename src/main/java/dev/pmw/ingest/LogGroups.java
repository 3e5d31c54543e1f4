package dev.pmw.ingest;

import dev.pmw.model.Level;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/// The service names and message-template groups of a [LogStore] being built: an open-addressing
/// table from (template hash, service, level) to group id, so that grouping a line costs one hash
/// over its message and one probe. Bounded by [Limits#MAX_LOG_GROUPS] and [Limits#MAX_LOG_SERVICES].
final class LogGroups {
    private final Map<String, Integer> serviceIds = new HashMap<>();
    private final List<String> services = new ArrayList<>();
    private final List<GroupDraft> groups = new ArrayList<>();
    private long[] groupKeys = new long[1024];
    private int[] groupVals = new int[1024];
    private int groupFill;

    private String lastService;
    private int lastServiceId;

    int serviceId(String service) {
        String s = service == null ? "" : service;
        if (s == lastService) {
            return lastServiceId; // parsers intern service names, so the common case is one compare
        }
        Integer id = serviceIds.get(s);
        if (id == null) {
            if (services.size() >= Limits.MAX_LOG_SERVICES) {
                return serviceId(LogStoreBuilder.OVERFLOW_SERVICE.equals(s) ? s : LogStoreBuilder.OVERFLOW_SERVICE);
            }
            id = services.size();
            services.add(s);
            serviceIds.put(s, id);
        }
        lastService = s;
        lastServiceId = id;
        return id;
    }

    /// The group of message `m[off, off+len)` of service `sid` at level `l`, counted.
    int groupId(int sid, Level l, char[] m, int off, int len) {
        long hash = Templates.hash(m, off, len);
        long key = key(hash, sid, l);
        int id = lookup(key);
        if (id >= 0) {
            groups.get(id).count++;
            return id;
        }
        if (groups.size() >= Limits.MAX_LOG_GROUPS) {
            long overflow = overflowKey(sid, l);
            id = lookup(overflow);
            if (id >= 0) {
                groups.get(id).count++;
                return id;
            }
            return insert(overflow, new GroupDraft(sid, l, LogStoreBuilder.OVERFLOW_TEMPLATE, example(m, off, len), 0));
        }
        String text = new String(m, off, len);
        return insert(key, new GroupDraft(sid, l, Templates.of(text), example(m, off, len), hash == 0 ? 1 : hash));
    }

    /// [#groupId] for a printable-ASCII message given as bytes.
    int asciiGroupId(int sid, Level l, byte[] a, int off, int len) {
        long key = key(Templates.hashAscii(a, off, len), sid, l);
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

    List<LogGroup> build() {
        List<LogGroup> out = new ArrayList<>(groups.size());
        for (int g = 0; g < groups.size(); g++) {
            GroupDraft d = groups.get(g);
            out.add(new LogGroup(g, services.get(d.service), d.level, d.template, d.example, d.count));
        }
        return out;
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
        /// Template hash, or 0 for an overflow group.
        final long hash;
        int count = 1;

        GroupDraft(int service, Level level, String template, String example, long hash) {
            this.service = service;
            this.level = level;
            this.template = template;
            this.example = example;
            this.hash = hash;
        }
    }

    /// Takes over the groups of `other` (built over another part of the same file): equal service,
    /// level and template become one group with the counts added. Returns, per group id of `other`,
    /// the id here.
    int[] absorb(LogGroups other) {
        int[] remap = new int[other.groups.size()];
        for (int g = 0; g < remap.length; g++) {
            GroupDraft d = other.groups.get(g);
            int sid = serviceId(other.services.get(d.service));
            long key = d.hash == 0 ? overflowKey(sid, d.level) : key(d.hash, sid, d.level);
            int id = lookup(key);
            if (id < 0) {
                id = insert(key, new GroupDraft(sid, d.level, d.template, d.example, d.hash));
                groups.get(id).count = d.count;
            } else {
                groups.get(id).count += d.count;
            }
            remap[g] = id;
        }
        return remap;
    }

    private static long key(long templateHash, int sid, Level l) {
        return templateHash * 31 + sid * 7L + l.ordinal();
    }

    private static long overflowKey(int sid, Level l) {
        return mix(0x5eedL + sid) * 31 + l.ordinal();
    }
}
