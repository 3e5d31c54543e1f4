package dev.pmw.ingest.pagerduty;

import dev.pmw.ingest.ParseOptions;
import dev.pmw.ingest.ParseResult;
import dev.pmw.ingest.Source;
import dev.pmw.ingest.csv.CsvHeader;
import dev.pmw.ingest.csv.CsvReader;
import dev.pmw.ingest.csv.CsvSniff;
import dev.pmw.ingest.csv.FlexibleTimes;
import dev.pmw.ingest.csv.HeaderZone;
import dev.pmw.ingest.time.Timestamps;
import dev.pmw.ingest.vendor.Collector;
import dev.pmw.model.Attr;
import dev.pmw.model.Event;
import dev.pmw.model.EventKind;
import dev.pmw.model.TimeInfo;
import dev.pmw.work.Work;

import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;

/// PagerDuty CSV exports. Two shapes are known: log entries flattened one per row
/// (`incident_id,created_at,type,user_or_agent_id,user_or_agent_summary,notification_type,
/// channel_type,summary`, as PagerDuty's support scripts write it) and one row per incident
/// (Analytics/Insights: `incident_number`, `created_on`, `resolved_on`, `seconds_to_first_ack`,
/// `urgency`, `service_name` …), which gives the page, first acknowledgement and resolution.
final class PagerDutyCsv {
    private static final String[] INCIDENT_TOKENS = {"incident_number", "created_on", "resolved_on",
            "seconds_to_first_ack", "seconds_to_resolve", "urgency", "service_name", "escalation_policy_name"};

    private PagerDutyCsv() {
    }

    static boolean logEntries(CsvHeader h) {
        return h.has("incident_id") && h.has("created_at") && h.has("type") && h.has("summary");
    }

    static boolean incidents(CsvHeader h) {
        return h.count(INCIDENT_TOKENS) >= 3 && h.has("created_on", "created_at", "created");
    }

    static ParseResult parse(Source.Single source, ParseOptions options, Work work) throws IOException {
        Collector out = new Collector(source, PagerDutyParser.FORMAT);
        CsvSniff csv = CsvSniff.of(source.sniff());
        if (csv == null || !logEntries(csv.header()) && !incidents(csv.header())) {
            return ParseResult.failed(source.path(), PagerDutyParser.FORMAT, "not a PagerDuty CSV export");
        }
        CsvHeader h = csv.header();
        boolean flat = logEntries(h);
        out.dialect(flat ? "log entries csv" : "incidents csv");
        int created = h.find("created_at", "created_on", "created");
        ZoneId named = HeaderZone.of(h.note(created));
        ZoneId zone = named != null ? named : options.zone();
        FlexibleTimes.Order order = FlexibleTimes.guessOrder(csv.column(created), csv.delimiter());
        LogEntries entries = new LogEntries(out);
        try (CsvReader r = new CsvReader(new InputStreamReader(source.openText(), StandardCharsets.UTF_8), csv.delimiter())) {
            r.next();
            CsvReader.Row row;
            int n = 0;
            while ((row = r.next()) != null) {
                if ((++n & 1023) == 0) {
                    work.check();
                }
                if (row.problem() != null) {
                    out.warn(row.line(), row.problem(), row.excerpt());
                }
                Timestamps.Parsed t = FlexibleTimes.parse(row.get(created), zone, order);
                if (t == null) {
                    out.warn(row.line(), "the " + h.name(created) + " cell is not a readable time", row.excerpt());
                    continue;
                }
                if (flat) {
                    flatRow(h, row, t, entries, out);
                } else {
                    incidentRow(h, row, t, zone, order, out);
                }
            }
        }
        entries.finish();
        return out.result();
    }

    private static void flatRow(CsvHeader h, CsvReader.Row row, Timestamps.Parsed t, LogEntries entries, Collector out) {
        String type = row.get(h.find("type")).strip();
        String key = "row:" + row.line();
        String summary = row.get(h.find("summary")).strip();
        if (EntryTypes.base(type).equals("notify")) {
            summary = entries.redactor().scrubCounting(summary);
        }
        String via = cell(row, h.find("notification_type"));
        Event e = Event.builder(out.id(key), t.instant(), out.ref(row.line(), -1, null, key), EntryTypes.kind(type))
                .timeInfo(t.info())
                .actor(row.get(h.find("user_or_agent_summary")).strip())
                .text(summary)
                .attr(Attr.INCIDENT, cell(row, h.find("incident_id")))
                .attr(Attr.SUBTYPE, type)
                .attr(Attr.VIA, via != null ? via : cell(row, h.find("channel_type")))
                .build();
        entries.add(e, type, key);
    }

    private static void incidentRow(CsvHeader h, CsvReader.Row row, Timestamps.Parsed created, ZoneId zone,
                                    FlexibleTimes.Order order, Collector out) {
        String number = cell(row, h.find("incident_number", "number", "incident_id", "id"));
        String title = cell(row, h.find("title", "description", "incident_title", "summary", "name"));
        String incident = (number == null ? "" : "[#" + number + "] ") + (title == null ? "" : title);
        String service = cell(row, h.find("service_name", "service"));
        String key = "incident:" + (number != null ? number : row.line());
        String urgency = cell(row, h.find("urgency"));
        add(out, row, key + ":trigger", created, EventKind.PAGE, incident.strip() + " triggered", incident, service, urgency);
        Timestamps.Parsed ack = time(row, h, zone, order, created, "seconds_to_first_ack",
                "acknowledged_on", "acknowledged_at", "first_acknowledged_at", "first_ack_at");
        if (ack != null) {
            add(out, row, key + ":ack", ack, EventKind.ACKNOWLEDGE, incident.strip() + " first acknowledged", incident,
                    service, urgency);
        }
        Timestamps.Parsed resolved = time(row, h, zone, order, created, "seconds_to_resolve",
                "resolved_on", "resolved_at", "resolved");
        if (resolved != null) {
            add(out, row, key + ":resolve", resolved, EventKind.RESOLVE, incident.strip() + " resolved", incident,
                    service, urgency);
        }
    }

    /// A time column when present, else `created` plus a seconds column (PagerDuty Analytics gives
    /// durations rather than times).
    private static Timestamps.Parsed time(CsvReader.Row row, CsvHeader h, ZoneId zone, FlexibleTimes.Order order,
                                          Timestamps.Parsed created, String secondsColumn, String... timeColumns) {
        String raw = cell(row, h.find(timeColumns));
        if (raw != null) {
            return FlexibleTimes.parse(raw, zone, order);
        }
        String secs = cell(row, h.find(secondsColumn));
        if (secs == null) {
            return null;
        }
        try {
            long nanos = new BigDecimal(secs).movePointRight(9).longValueExact();
            return new Timestamps.Parsed(created.instant().plusNanos(nanos), new TimeInfo(
                    created.info().raw() + " + " + secs + " s", created.info().assumedZone(), created.info().flags()));
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }

    private static void add(Collector out, CsvReader.Row row, String key, Timestamps.Parsed t, EventKind kind, String text,
                            String incident, String service, String urgency) {
        out.add(Event.builder(out.id(key), t.instant(), out.ref(row.line(), -1, service, key), kind)
                .timeInfo(t.info())
                .text(text)
                .attr(Attr.INCIDENT, incident.isBlank() ? null : incident.strip())
                .attr(Attr.SERVICE, service)
                .attr("urgency", urgency)
                .build());
    }

    private static String cell(CsvReader.Row row, int i) {
        if (i < 0) {
            return null;
        }
        String v = row.get(i).strip();
        return v.isEmpty() ? null : v;
    }
}
