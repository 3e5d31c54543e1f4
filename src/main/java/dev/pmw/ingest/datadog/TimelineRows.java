package dev.pmw.ingest.datadog;

import dev.pmw.ingest.ParseOptions;
import dev.pmw.ingest.csv.FlexibleTimes;
import dev.pmw.ingest.time.Timestamps;
import dev.pmw.ingest.vendor.Collector;
import dev.pmw.model.Attr;
import dev.pmw.model.EventKind;
import dev.pmw.model.Event;
import dev.pmw.model.Level;
import dev.pmw.model.TimeFlag;
import dev.pmw.model.TimeInfo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/// Turns the rows of one alert-timeline table into monitor-transition events.
final class TimelineRows {
    private static final Pattern CLOCK_ONLY = Pattern.compile("^\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d+)?)?$");
    private static final Pattern SERVICE_PREFIX = Pattern.compile("^\\[([a-z0-9][a-z0-9._-]*)\\]\\s");

    private final TimelineColumns cols;
    private final ZoneId namedZone;
    private final ParseOptions options;
    private final Map<String, String> monitorIds;
    private final Collector out;
    private LocalDate lastDate;

    /// @param namedZone the zone the document states, or null to assume [ParseOptions#zone()]
    TimelineRows(TimelineColumns cols, ZoneId namedZone, ParseOptions options, Map<String, String> monitorIds,
                 Collector out) {
        this.cols = cols;
        this.namedZone = namedZone;
        this.options = options;
        this.monitorIds = monitorIds;
        this.out = out;
    }

    void row(List<String> cells, long line) {
        String excerpt = String.join(" | ", cells);
        String timeCell = get(cells, cols.time());
        Timestamps.Parsed t = time(timeCell);
        if (t == null) {
            out.warn(line, timeCell.isEmpty() ? "the row has no time" : "the time is not readable: " + timeCell, excerpt);
            return;
        }
        String monitor = get(cells, cols.monitor());
        String status = get(cells, cols.status());
        if (monitor.isEmpty() || status.isEmpty()) {
            out.warn(line, "the row has no " + (monitor.isEmpty() ? "monitor" : "status"), excerpt);
            return;
        }
        EventKind kind = Classifier.transition(status);
        if (kind == null) {
            kind = EventKind.STATUS_CHANGE;
        }
        String value = get(cells, cols.value());
        String threshold = get(cells, cols.threshold());
        StringBuilder text = new StringBuilder("[").append(status).append("] ").append(monitor);
        if (!value.isEmpty()) {
            text.append(" — ").append(value);
            if (!threshold.isEmpty()) {
                text.append(" (threshold ").append(threshold).append(')');
            }
        }
        String id = get(cells, cols.monitorId());
        if (id.isEmpty()) {
            id = listedId(monitor);
        }
        Matcher svc = SERVICE_PREFIX.matcher(monitor);
        String key = "row:" + line;
        out.add(Event.builder(out.id(key), t.instant(), out.ref(line, -1, monitor, key), kind)
                .timeInfo(t.info())
                .actor("Datadog")
                .text(text.toString())
                .level(kind == EventKind.ALERT_TRIGGERED ? Level.ERROR : kind == EventKind.ALERT_WARN ? Level.WARN
                        : kind == EventKind.ALERT_RECOVERED ? Level.INFO : Level.UNKNOWN)
                .attr(Attr.MONITOR, monitor)
                .attr(Attr.MONITOR_ID, id)
                .attr(Attr.STATUS, status)
                .attr(Attr.VALUE, value)
                .attr(Attr.THRESHOLD, threshold)
                .attr(Attr.SERVICE, svc.find() ? svc.group(1) : null)
                .attr(Attr.HOST, cols.group() >= 0 && get(cells, cols.group()).startsWith("host:")
                        ? get(cells, cols.group()).substring(5) : null)
                .build());
    }

    /// A full date-time in the stated zone (exact) or the assumed one (flagged); a clock time alone
    /// takes the date of the row before it, or the incident's reference date (flagged).
    private Timestamps.Parsed time(String cell) {
        if (cell.isEmpty()) {
            return null;
        }
        ZoneId zone = namedZone != null ? namedZone : options.zone();
        if (CLOCK_ONLY.matcher(cell).matches()) {
            LocalDate d = lastDate != null ? lastDate : options.referenceDate();
            if (d == null) {
                return null;
            }
            try {
                LocalTime lt = LocalTime.parse(cell.length() == 4 ? "0" + cell : cell);
                EnumSet<TimeFlag> flags = EnumSet.of(TimeFlag.DATE_ASSUMED);
                if (namedZone == null) {
                    flags.add(TimeFlag.ZONE_ASSUMED);
                }
                return Timestamps.check(d.atTime(lt).atZone(zone).toInstant(),
                        new TimeInfo(cell, namedZone == null ? zone.getId() : null, flags));
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        Timestamps.Parsed p = FlexibleTimes.parse(cell, zone, FlexibleTimes.Order.DAY_FIRST);
        if (p == null) {
            return null;
        }
        lastDate = p.instant().atZone(zone).toLocalDate();
        if (namedZone != null && p.info().has(TimeFlag.ZONE_ASSUMED)) {
            EnumSet<TimeFlag> flags = EnumSet.noneOf(TimeFlag.class);
            flags.addAll(p.info().flags());
            flags.remove(TimeFlag.ZONE_ASSUMED);
            return new Timestamps.Parsed(p.instant(), new TimeInfo(p.info().raw(), null, flags));
        }
        return p;
    }

    /// The id the document lists for this monitor; a multi-alert row names the monitor plus its
    /// group ("… > 85% on jobs-cron-5b8d-2") and still matches.
    private String listedId(String monitor) {
        String id = monitorIds.get(monitor);
        if (id != null) {
            return id;
        }
        String best = "";
        for (Map.Entry<String, String> e : monitorIds.entrySet()) {
            if (monitor.startsWith(e.getKey() + " on ") && e.getKey().length() > best.length()) {
                best = e.getKey();
                id = e.getValue();
            }
        }
        return id == null ? "" : id;
    }

    private static String get(List<String> cells, int i) {
        return i >= 0 && i < cells.size() ? cells.get(i).strip() : "";
    }
}
