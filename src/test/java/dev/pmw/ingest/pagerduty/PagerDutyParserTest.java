package dev.pmw.ingest.pagerduty;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pmw.ingest.Json;
import dev.pmw.ingest.ParseResult;
import dev.pmw.model.Attr;
import dev.pmw.model.Diagnostic;
import dev.pmw.model.Event;
import dev.pmw.model.EventKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.pmw.ingest.vendor.Fixtures.assertDetected;
import static dev.pmw.ingest.vendor.Fixtures.byText;
import static dev.pmw.ingest.vendor.Fixtures.infos;
import static dev.pmw.ingest.vendor.Fixtures.only;
import static dev.pmw.ingest.vendor.Fixtures.parse;
import static dev.pmw.ingest.vendor.Fixtures.resource;
import static dev.pmw.ingest.vendor.Fixtures.warnings;
import static dev.pmw.ingest.vendor.Fixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/// No redistributable real PagerDuty export exists; the fixtures follow the REST v2 schema (all 17
/// log-entry types, an account zone of -05:00, newest first as the API returns them).
class PagerDutyParserTest {
    private static final Path ENTRIES = resource("fixtures/pagerduty/incident-2318-log-entries.json");
    private final PagerDutyParser parser = new PagerDutyParser();

    private static Event byId(ParseResult r, String id) {
        return only(r, e -> id.equals(e.source().recordKey()));
    }

    @Test
    void logEntriesAreDetected() {
        assertDetected(ENTRIES, PagerDutyParser.FORMAT);
    }

    @Test
    void everyLogEntryTypeHasItsKind() {
        ParseResult r = parse(parser, ENTRIES);
        assertEquals(21, r.events().size());
        Map<String, EventKind> expected = Map.ofEntries(
                Map.entry("trigger_log_entry", EventKind.PAGE),
                Map.entry("acknowledge_log_entry", EventKind.ACKNOWLEDGE),
                Map.entry("unacknowledge_log_entry", EventKind.STATUS_CHANGE),
                Map.entry("resolve_log_entry", EventKind.RESOLVE),
                Map.entry("assign_log_entry", EventKind.STATUS_CHANGE),
                Map.entry("delegate_log_entry", EventKind.ESCALATE),
                Map.entry("escalate_log_entry", EventKind.ESCALATE),
                Map.entry("exhaust_escalation_path_log_entry", EventKind.STATUS_CHANGE),
                Map.entry("notify_log_entry", EventKind.NOTIFY),
                Map.entry("annotate_log_entry", EventKind.NOTE),
                Map.entry("snooze_log_entry", EventKind.STATUS_CHANGE),
                Map.entry("reach_ack_limit_log_entry", EventKind.STATUS_CHANGE),
                Map.entry("reach_trigger_limit_log_entry", EventKind.STATUS_CHANGE),
                Map.entry("repeat_escalation_path_log_entry", EventKind.ESCALATE),
                Map.entry("urgency_change_log_entry", EventKind.STATUS_CHANGE),
                Map.entry("field_value_change_log_entry", EventKind.STATUS_CHANGE),
                Map.entry("custom_field_value_change_log_entry", EventKind.STATUS_CHANGE),
                Map.entry("responder_request_log_entry", EventKind.OTHER));
        for (Event e : r.events()) {
            assertEquals(expected.get(e.attr(Attr.SUBTYPE)), e.kind(), e.attr(Attr.SUBTYPE));
        }
        assertEquals(expected.keySet(), new java.util.HashSet<>(r.events().stream().map(e -> e.attr(Attr.SUBTYPE)).toList()));
    }

    @Test
    void accountZoneOffsetsGiveExactUtcTimes() {
        ParseResult r = parse(parser, ENTRIES);
        Event trigger = byId(r, "Q3TRG0A1B2C3D4");
        assertEquals(Instant.parse("2026-01-21T14:41:07Z"), trigger.time());
        assertEquals("2026-01-21T09:41:07-05:00", trigger.timeInfo().raw());
        assertFalse(r.info().zoneAssumed());
        assertEquals("offsets in source", r.info().timezone());
        assertEquals(Instant.parse("2026-01-21T15:20:31Z"), byId(r, "Q3RES0A1B2C3F3").time());
    }

    @Test
    void entriesOfTheSameSecondFollowTheIncidentLifecycleWhateverTheFileOrder(@TempDir Path dir) throws Exception {
        ParseResult newestFirst = parse(parser, ENTRIES);
        List<String> order = newestFirst.events().stream().map(e -> e.source().recordKey()).toList();
        assertEquals(List.of("Q3TRG0A1B2C3D4", "Q3ASG0A1B2C3D5", "Q3NTF0A1B2C3D6"), order.subList(0, 3),
                "trigger, assign and the first notification share 09:41:07");
        for (int i = 1; i < newestFirst.events().size(); i++) {
            assertFalse(newestFirst.events().get(i).time().isBefore(newestFirst.events().get(i - 1).time()));
        }
        ObjectNode doc = (ObjectNode) Json.mapper().readTree(ENTRIES.toFile());
        ArrayNode reversed = Json.mapper().createArrayNode();
        List<JsonNode> all = new ArrayList<>();
        doc.get("log_entries").forEach(all::add);
        all.reversed().forEach(reversed::add);
        Path bare = dir.resolve("oldest-first.json");
        Files.writeString(bare, reversed.toString());
        assertDetected(bare, PagerDutyParser.FORMAT);
        ParseResult oldestFirst = parse(parser, bare);
        assertEquals(order, oldestFirst.events().stream().map(e -> e.source().recordKey()).toList());
    }

    @Test
    void actorIsTheAgentSummaryAsGiven() {
        ParseResult r = parse(parser, ENTRIES);
        assertEquals("Omar Haddad", byId(r, "Q3ACK0A1B2C3E0").actor());
        assertEquals("checkout-api", byId(r, "Q3NTF0A1B2C3D9").actor(), "a service_reference agent stays a service");
        assertEquals("Priya Nair", byId(r, "Q3ACK0A1B2C3E4").actor());
    }

    @Test
    void attributesCarryTheIncidentServiceAndMonitor() {
        ParseResult r = parse(parser, ENTRIES);
        Event trigger = byId(r, "Q3TRG0A1B2C3D4");
        assertEquals("[#2318] checkout-api: 5xx rate above 3%", trigger.attr(Attr.INCIDENT));
        assertEquals("checkout-api", trigger.attr(Attr.SERVICE));
        assertEquals("91234567", trigger.attr(Attr.MONITOR_ID));
        assertEquals("4.2%", trigger.attr(Attr.VALUE));
        assertEquals("Triggered through the API: [Triggered] checkout-api 5xx rate above 3%", trigger.text());
        assertEquals("Omar Haddad", byId(r, "Q3ESC0A1B2C3D8").attr(Attr.RESPONDER));
        assertEquals("Rolled back checkout-api to v2.14.1 at 15:00 UTC; 5xx rate back to 0.3%.",
                byId(r, "Q3ANN0A1B2C3E5").text(), "the note text, not 'Note added'");
        assertEquals("Rolled back checkout-api to v2.14.1 at 15:00 UTC; 5xx rate back to 0.3%.",
                byText(r, "Rolled back").text());
    }

    @Test
    void contactAddressesNeverReachTheTimeline() {
        ParseResult r = parse(parser, ENTRIES);
        for (Event e : r.events()) {
            String all = e.text() + " " + e.actor() + " " + e.attrs();
            for (String pii : List.of("415", "555-0132", "priya.nair@", "acme-retail.example", "7946")) {
                assertFalse(all.contains(pii), pii + " in " + all);
            }
        }
        assertEquals("Notified Priya Nair by SMS. (to (redacted phone), success)", byId(r, "Q3NTF0A1B2C3D6").text());
        assertEquals("Notified Priya Nair by email. (to (redacted e-mail), success)", byId(r, "Q3NTF0A1B2C3D7").text());
        assertEquals("sms", byId(r, "Q3NTF0A1B2C3D6").attr(Attr.VIA));
        Diagnostic note = only1(infos(r));
        assertEquals("3 contact addresses redacted", note.message());
        assertTrue(warnings(r).isEmpty(), r.diagnostics().toString());
    }

    private static Diagnostic only1(List<Diagnostic> list) {
        assertEquals(1, list.size(), list.toString());
        return list.getFirst();
    }

    @Test
    void malformedEntriesBecomeDiagnosticsAndMorePagesAreNoted(@TempDir Path dir) {
        Path f = write(dir, "page1.json", """
                {"log_entries": [
                  {"id": "R1", "type": "acknowledge_log_entry", "summary": "Acknowledged by Dani Ortega.",
                   "created_at": "2026-02-16T03:14:10+01:00", "agent": {"type": "user_reference", "summary": "Dani Ortega"}},
                  {"id": "R2", "type": "notify_log_entry", "summary": "Notified Dani Ortega by SMS."},
                  {"id": "R3", "type": "trigger_log_entry", "summary": "Triggered", "created_at": "16/02/2026"},
                  "not an entry"
                 ],
                 "limit": 4, "offset": 0, "more": true, "total": null}
                """);
        assertDetected(f, PagerDutyParser.FORMAT);
        ParseResult r = parse(parser, f);
        assertEquals("R1", only(r, e -> true).source().recordKey());
        List<Diagnostic> w = warnings(r);
        assertEquals(3, w.size(), w.toString());
        assertEquals(4, w.get(0).line());
        assertTrue(w.get(0).message().contains("no created_at"));
        assertTrue(w.get(1).message().contains("unreadable created_at: 16/02/2026"));
        assertTrue(w.get(2).message().contains("not an object"));
        assertTrue(infos(r).stream().anyMatch(d -> d.message().contains("more=true") && d.message().contains("offset=4")),
                r.diagnostics().toString());
    }

    @Test
    void flattenedLogEntryCsvIsReadInLifecycleOrderWithPhoneRedacted() {
        Path f = resource("fixtures/pagerduty/incident-2318-log-entries.csv");
        assertDetected(f, PagerDutyParser.FORMAT);
        ParseResult r = parse(parser, f);
        assertEquals(List.of(EventKind.PAGE, EventKind.STATUS_CHANGE, EventKind.NOTIFY, EventKind.ACKNOWLEDGE, EventKind.RESOLVE),
                r.events().stream().map(Event::kind).toList());
        Event notify = r.events().get(2);
        assertEquals("Notified Priya Nair by SMS at (redacted phone).", notify.text());
        assertEquals("sms", notify.attr(Attr.VIA));
        assertEquals(Instant.parse("2026-01-21T14:41:07Z"), notify.time());
        assertEquals("Omar Haddad", r.events().get(3).actor());
        assertEquals("Q2HV7XK9TR4MBN", r.events().get(3).attr(Attr.INCIDENT));
        Diagnostic bad = only1(warnings(r));
        assertEquals(7, bad.line());
        assertTrue(bad.message().contains("created_at"), bad.message());
        assertTrue(infos(r).stream().anyMatch(d -> d.message().equals("1 contact addresses redacted")));
    }

    @Test
    void incidentCsvGivesPageAcknowledgeAndResolve() {
        Path f = resource("fixtures/pagerduty/incidents-analytics.csv");
        assertDetected(f, PagerDutyParser.FORMAT);
        ParseResult r = parse(parser, f);
        assertEquals(4, r.events().size());
        List<Event> inc = r.events().stream().filter(e -> e.attr(Attr.INCIDENT).startsWith("[#2318]")).toList();
        assertEquals(List.of(EventKind.PAGE, EventKind.ACKNOWLEDGE, EventKind.RESOLVE), inc.stream().map(Event::kind).toList());
        assertEquals(Instant.parse("2026-01-21T14:41:07Z"), inc.get(0).time());
        assertEquals(Instant.parse("2026-01-21T14:47:30Z"), inc.get(1).time(), "created_on + seconds_to_first_ack 383");
        assertEquals(Instant.parse("2026-01-21T15:20:31Z"), inc.get(2).time());
        assertEquals("[#2318] checkout-api: 5xx rate above 3%", inc.get(0).attr(Attr.INCIDENT));
        assertEquals("checkout-api", inc.get(0).attr(Attr.SERVICE));
        assertEquals(EventKind.PAGE, only(r, e -> e.attr(Attr.INCIDENT).startsWith("[#2321]")).kind());
    }

    @Test
    void sampleIncidentLogEntries() {
        Path f = Path.of("samples/payment-service-outage/pagerduty-log-entries.json");
        assertDetected(f, PagerDutyParser.FORMAT);
        ParseResult r = parse(parser, f);
        assertEquals(9, r.events().size());
        assertEquals(List.of("RXW4Z4C48VMLGF", "R3Z7ZW719MZQLJ", "RHKOT4Y271QIWJ"),
                r.events().subList(0, 3).stream().map(e -> e.source().recordKey()).toList(),
                "trigger, assign, notify share 03:12:04+01:00; the file lists them newest first");
        Event trigger = byId(r, "RXW4Z4C48VMLGF");
        assertEquals(EventKind.PAGE, trigger.kind());
        assertEquals(Instant.parse("2026-02-16T02:12:04Z"), trigger.time());
        assertEquals("48213901", trigger.attr(Attr.MONITOR_ID));
        assertEquals("[#4711] payment-service: API error rate > 5%", trigger.attr(Attr.INCIDENT));
        Event ack = byId(r, "ROSK13J0FKSQ7F");
        assertEquals(EventKind.ACKNOWLEDGE, ack.kind());
        assertEquals(Instant.parse("2026-02-16T02:14:10Z"), ack.time());
        assertEquals("Dani Ortega", ack.actor());
        Event note = byId(r, "RKDQQWM4V139UT");
        assertEquals(EventKind.NOTE, note.kind());
        assertTrue(note.text().startsWith("Hotfix CHG-2291 applied 02:23 UTC"), note.text());
        assertEquals(Instant.parse("2026-02-16T03:10:00Z"), byId(r, "R6NTU6PB273GNN").time());
        for (Event e : r.events()) {
            String all = e.text() + " " + e.attrs();
            assertFalse(all.contains("612 345 678") || all.contains("dani.ortega@"), all);
        }
        assertTrue(infos(r).stream().anyMatch(d -> d.message().endsWith("contact addresses redacted")));
    }
}
