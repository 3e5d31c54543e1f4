package dev.pmw.analysis;

import dev.pmw.model.Attr;
import dev.pmw.model.Event;
import dev.pmw.model.EventKind;
import dev.pmw.model.TimeFlag;
import dev.pmw.timeline.Row;
import dev.pmw.timeline.Timeline;

import dev.pmw.timeline.Bursts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/// What every analysis step reads: the timeline's usable rows, the estimated incident window, the
/// first alert, and the log and metric signals around it. Built once per analysis.
final class IncidentEvidence {
    final Timeline timeline;
    /// Rows in time order without duplicates and rows whose time could not be read.
    final List<Row> rows;
    final Instant windowStart;
    final Instant windowEnd;
    /// First alert trigger or page in the incident window, or null.
    final Row firstAlert;
    final LogSignals signals;
    final Episode episode;
    final List<MetricBreach> breaches;
    /// Deploys, rollbacks, config changes, commits and job runs, in time order; a deploy bot's chat
    /// announcement is read as the change it announces (see [ChatChanges]).
    final List<Row> changes;
    /// Human chat messages, in time order, with their text in lower case.
    final List<Row> chat;
    final List<String> chatLower;
    /// Service names the rows carry, lower case.
    final Set<String> services;
    private Map<Long, String> rowIds;
    private final Map<String, int[]> mentions = new HashMap<>();
    private ChatCues.Stance[] stances;

    IncidentEvidence(Timeline timeline) {
        this(timeline, LogSignals::of);
    }

    /// @param signalSource computes (or recalls) the log signals for a key
    IncidentEvidence(Timeline timeline, Function<LogSignals.Key, LogSignals> signalSource) {
        this.timeline = timeline;
        List<Row> usable = new ArrayList<>(timeline.size());
        for (Row r : timeline.rows()) {
            Event e = r.event();
            if (e.attr(Attr.DUPLICATE_OF) == null && !e.timeInfo().has(TimeFlag.UNPARSEABLE)
                    && !e.timeInfo().has(TimeFlag.OUT_OF_RANGE)) {
                usable.add(r);
            }
        }
        this.rows = usable;
        List<Row> ch = new ArrayList<>();
        List<Row> talk = new ArrayList<>();
        List<String> lower = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Row r : usable) {
            String svc = r.event().attr(Attr.SERVICE);
            if (svc != null && svc.length() >= 3) {
                names.add(svc.toLowerCase(Locale.ROOT));
            }
        }

        for (Row r : usable) {
            Row announced = ChatChanges.asChange(r, names);
            if (r.event().kind().isChange()) {
                ch.add(r);
            } else if (announced != null) {
                ch.add(announced);
            } else if (ChatCues.human(r.event())) {
                talk.add(r);
                lower.add(r.event().text().toLowerCase(Locale.ROOT));
            }
        }
        for (Row r : ch) {
            String svc = r.event().attr(Attr.SERVICE);
            if (svc != null && svc.length() >= 3) {
                names.add(svc.toLowerCase(Locale.ROOT));
            }
        }
        this.services = Set.copyOf(names);
        this.changes = ch;
        this.chat = talk;
        this.chatLower = lower;
        this.windowStart = timeline.context().windowStart();
        this.windowEnd = timeline.context().windowEnd();
        this.firstAlert = first(r -> isAlertStart(r.event()) && inWindow(r.event().time()), null);
        Instant anchor = firstAlert == null ? null : firstAlert.event().time();
        this.signals = signalSource.apply(LogSignals.key(timeline, anchor));
        this.episode = Episode.find(signals, anchor);
        this.breaches = MetricBreach.find(timeline, anchor);
    }

    static boolean isAlertStart(Event e) {
        return e.kind() == EventKind.ALERT_TRIGGERED || e.kind() == EventKind.PAGE;
    }

    boolean inWindow(Instant t) {
        return (windowStart == null || !t.isBefore(windowStart)) && (windowEnd == null || !t.isAfter(windowEnd));
    }

    /// Id of the timeline row (burst or single line) that shows a log line, or null.
    String rowId(long ref) {
        if (ref < 0) {
            return null;
        }
        if (rowIds == null) {
            Map<Long, String> ids = new HashMap<>();
            for (Row r : timeline.rows()) {
                String c = r.event().attr(Attr.CLUSTER);
                if (r.source() >= 0 && c != null) {
                    ids.putIfAbsent((long) r.source() << 32 | Integer.parseInt(c), r.id());
                }
            }
            rowIds = ids;
        }
        int source = (int) (ref >>> 32);
        return rowIds.get((long) source << 32 | bursts(source).clusterOfLine()[LogSignals.line(ref)]);
    }

    /// Indices into [#chat] of the messages that contain `nameLower`, ascending (computed once per name).
    int[] chatMentioning(String nameLower) {
        return mentions.computeIfAbsent(nameLower, n -> {
            int[] out = new int[8];
            int k = 0;
            for (int i = 0; i < chatLower.size(); i++) {
                if (chatLower.get(i).contains(n)) {
                    if (k == out.length) {
                        out = java.util.Arrays.copyOf(out, k * 2);
                    }
                    out[k++] = i;
                }
            }
            return java.util.Arrays.copyOf(out, k);
        });
    }

    /// How chat message `i` speaks about a change it names (computed once per message).
    ChatCues.Stance stance(int i) {
        if (stances == null) {
            stances = new ChatCues.Stance[chat.size()];
        }
        ChatCues.Stance s = stances[i];
        if (s == null) {
            s = ChatCues.stance(chat.get(i).event().text());
            stances[i] = s;
        }
        return s;
    }

    /// The burst clustering of a source's log lines.
    Bursts bursts(int source) {
        return timeline.sources().get(source).bursts();
    }

    /// The first row at or after `from` (null: from the start) that matches.
    Row first(Predicate<Row> test, Instant from) {
        for (Row r : rows) {
            if ((from == null || !r.event().time().isBefore(from)) && test.test(r)) {
                return r;
            }
        }
        return null;
    }

    /// Rows in `[from, to]` (either may be null for open ends) that match.
    List<Row> all(Predicate<Row> test, Instant from, Instant to) {
        List<Row> out = new ArrayList<>();
        for (Row r : rows) {
            Instant t = r.event().time();
            if ((from == null || !t.isBefore(from)) && (to == null || !t.isAfter(to)) && test.test(r)) {
                out.add(r);
            }
        }
        return out;
    }

    /// "alert “[payment-service] API error rate > 5%” by Datadog in datadog-timeline.md"
    static String describe(Event e) {
        String who = e.actor().isEmpty() ? "" : " by " + e.actor();
        String file = e.source().file().isEmpty() ? "" : " in " + dev.pmw.model.SourceRef.fileName(e.source().file());
        return noun(e.kind()) + " " + ChatCues.quote(e.text(), 70) + who + file;
    }

    static String noun(EventKind k) {
        return switch (k) {
            case ALERT_TRIGGERED -> "alert";
            case ALERT_WARN -> "alert warning";
            case ALERT_RECOVERED -> "recovery";
            case ACKNOWLEDGE -> "acknowledgement";
            case RESOLVE -> "resolution";
            case CONFIG_CHANGE -> "config change";
            case JOB -> "job run";
            case CHAT -> "message";
            case LOG_BURST -> "log burst";
            case STATUS_CHANGE -> "status change";
            default -> k.label().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
