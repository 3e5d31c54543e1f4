package dev.pmw.analysis;

import dev.pmw.ingest.LogGroup;
import dev.pmw.ingest.LogStore;
import dev.pmw.ingest.time.Timestamps;
import dev.pmw.timeline.Row;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/// Counts the impact in the window from impact start to mitigation (or resolution): failed
/// requests by status and error message, distinct users among them, and the customer symptoms
/// and support tickets responders mention in chat. One pass over the log stores.
final class ImpactCounter {
    private static final int TOP_ERRORS = 5;
    private static final int MAX_SYMPTOMS = 8;
    private static final int EVIDENCE_ROWS = 5;

    private ImpactCounter() {
    }

    static Impact count(IncidentEvidence inc, Boundary start, Boundary mitigated, Boundary resolved) {
        Instant end = mitigated.present() ? mitigated.time() : resolved.present() ? resolved.time() : null;
        List<String> evidence = new ArrayList<>();
        Long failed = null;
        Long requests = null;
        Long users = null;
        Map<String, Long> byClass = new LinkedHashMap<>();
        Map<String, Long> byError = new LinkedHashMap<>();
        LogSignals s = inc.signals;
        if (start.present() && end != null && end.isAfter(start.time()) && !s.isEmpty()) {
            Tally t = tally(inc, Timestamps.toNanos(start.time()), Timestamps.toNanos(end));
            if (s.requestMode) {
                failed = t.failed;
                requests = t.requests;
                if (t.failed > 0) {
                    byClass.put("5xx", t.failed);
                }
            }
            t.byStatus.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .forEach(e -> byClass.put(e.getKey(), e.getValue()));
            t.byError(s).entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .limit(TOP_ERRORS).forEach(e -> byError.put(e.getKey(), e.getValue()));
            users = t.distinctUsers();
            evidence.addAll(t.topRows(inc));
        }
        List<Symptom> symptoms = symptoms(inc, start, resolved);
        Integer tickets = null;
        for (Symptom x : symptoms) {
            evidence.add(x.evidence());
            if (x.tickets() != null) {
                tickets = tickets == null ? x.tickets() : Math.max(tickets, x.tickets());
            }
        }
        return new Impact(Durations.minutes(start.time(), mitigated.time()), failed, requests, byClass, byError, users,
                tickets, symptoms, evidence.stream().distinct().toList());
    }

    /// Customer-facing symptoms and support tickets that responders mention, from half an hour
    /// before the impact start to six hours after the resolution.
    private static List<Symptom> symptoms(IncidentEvidence inc, Boundary start, Boundary resolved) {
        Instant from = start.present() ? start.time().minus(Duration.ofMinutes(30)) : inc.windowStart;
        Instant to = resolved.present() ? resolved.time().plus(Duration.ofHours(6)) : inc.windowEnd;
        List<Symptom> out = new ArrayList<>();
        for (Row r : inc.chat) {
            Instant t = r.event().time();
            if (from != null && t.isBefore(from) || to != null && t.isAfter(to) || !ChatCues.reportsSymptom(r.event())) {
                continue;
            }
            out.add(new Symptom(Words.cut(r.event().text(), 200), r.id(), ChatCues.tickets(r.event().text())));
            if (out.size() == MAX_SYMPTOMS) {
                break;
            }
        }
        return out;
    }

    private static final class Tally {
        long failed;
        long requests;
        final Map<String, Long> byStatus = new TreeMap<>();
        /// failing lines per (source << 32 | log group)
        final Map<Long, Long> byGroup = new HashMap<>();
        int[] users = new int[256];
        int nUsers;
        /// failing lines per (source << 32 | cluster), with one line ref each for the row lookup
        final Map<Long, long[]> clusters = new HashMap<>();

        /// Failing lines per error message (a group's first message, shortened).
        Map<String, Long> byError(LogSignals s) {
            Map<String, Long> out = new HashMap<>();
            byGroup.forEach((ref, n) -> {
                LogGroup g = s.store(ref & 0xffff_ffff_0000_0000L).store().groups().get((int) (long) ref);
                out.merge(Words.cut(g.example(), 100), n, Long::sum);
            });
            return out;
        }

        Long distinctUsers() {
            if (nUsers == 0) {
                return null;
            }
            int[] u = Arrays.copyOf(users, nUsers);
            Arrays.sort(u);
            long d = 1;
            for (int i = 1; i < u.length; i++) {
                if (u[i] != u[i - 1]) {
                    d++;
                }
            }
            return d;
        }

        List<String> topRows(IncidentEvidence inc) {
            return clusters.values().stream().sorted((a, b) -> Long.compare(b[0], a[0])).limit(EVIDENCE_ROWS)
                    .map(v -> inc.rowId(v[1])).filter(java.util.Objects::nonNull).toList();
        }
    }

    /// One pass over the lines in `[from, to)`, found by binary search in each store's time order.
    private static Tally tally(IncidentEvidence inc, long from, long to) {
        LogSignals s = inc.signals;
        Tally t = new Tally();
        long slack = 1_000_000_000L; // the time order is exact to well under a second
        for (LogSignals.Store st : s.stores) {
            LogStore ls = st.store();
            int[] order = ls.timeOrder();
            long ref0 = (long) st.source() << 32;
            int[] clusterOf = inc.bursts(st.source()).clusterOfLine();
            int k0 = TimeOrder.lowerBound(ls, order, from - st.offsetNanos() - slack);
            int k1 = TimeOrder.lowerBound(ls, order, to - st.offsetNanos() + slack);
            for (int k = k0; k < k1; k++) {
                int i = order[k];
                long time = ls.timeNanos(i);
                if (time == LogStore.NO_TIME) {
                    continue;
                }
                time += st.offsetNanos();
                if (time < from || time >= to) {
                    continue;
                }
                int status = ls.httpStatus(i);
                if (status > 0) {
                    t.requests++;
                }
                boolean failing = s.requestMode ? status >= 500 : ls.level(i).atLeast(dev.pmw.model.Level.ERROR);
                if (!failing) {
                    continue;
                }
                t.failed++;
                String key = s.requestMode ? Integer.toString(status) : ls.level(i).name();
                t.byStatus.merge(key, 1L, Long::sum);
                t.byGroup.merge(ref0 | ls.group(i), 1L, Long::sum);
                int u = ls.userHash(i);
                if (u != 0) {
                    if (t.nUsers == t.users.length) {
                        t.users = Arrays.copyOf(t.users, t.users.length * 2);
                    }
                    t.users[t.nUsers++] = u;
                }
                long lineRef = ref0 | i;
                long[] c = t.clusters.computeIfAbsent(ref0 | clusterOf[i], x -> new long[] {0, lineRef});
                c[0]++;
            }
        }
        return t;
    }
}
