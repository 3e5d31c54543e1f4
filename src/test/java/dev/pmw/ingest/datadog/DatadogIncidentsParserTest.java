package dev.pmw.ingest.datadog;

import dev.pmw.ingest.ParseResult;
import dev.pmw.model.Attr;
import dev.pmw.model.Event;
import dev.pmw.model.EventKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static dev.pmw.ingest.vendor.Fixtures.assertDetected;
import static dev.pmw.ingest.vendor.Fixtures.infos;
import static dev.pmw.ingest.vendor.Fixtures.only;
import static dev.pmw.ingest.vendor.Fixtures.parse;
import static dev.pmw.ingest.vendor.Fixtures.resource;
import static dev.pmw.ingest.vendor.Fixtures.warnings;
import static dev.pmw.ingest.vendor.Fixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatadogIncidentsParserTest {
    private static final Path REAL = resource("realworld/datadog/v2_incidents_list.json");
    private final DatadogIncidentsParser parser = new DatadogIncidentsParser();

    @Test
    void realIncidentListIsDetected() {
        assertDetected(REAL, DatadogIncidentsParser.FORMAT);
    }

    @Test
    void milestonesKeepSixFractionDigitsOfTheOffsetTimes() {
        ParseResult r = parse(parser, REAL);
        assertEquals(12, r.events().size(), "six incidents, each declared and detected");
        List<Event> ir338019 = r.events().stream().filter(e -> "IR-338019".equals(e.attr(Attr.INCIDENT))).toList();
        Event detected = only(r, e -> "IR-338019".equals(e.attr(Attr.INCIDENT)) && "detected".equals(e.attr(Attr.STATUS)));
        Event declared = only(r, e -> "IR-338019".equals(e.attr(Attr.INCIDENT)) && e.kind() == EventKind.DECLARE);
        assertEquals(2, ir338019.size());
        assertEquals(Instant.parse("2026-02-23T14:06:42.541Z"), detected.time());
        assertEquals("2026-02-23T14:06:42.541000+00:00", detected.timeInfo().raw());
        assertEquals(Instant.parse("2026-02-23T14:06:42.549748Z"), declared.time());
        assertEquals("2026-02-23T14:06:42.549748+00:00", declared.timeInfo().raw());
        assertEquals(EventKind.STATUS_CHANGE, detected.kind());
        assertEquals("IR-338019 declared: Test-Get_a_list_of_incidents_returns_OK_response-1771855602", declared.text());
        assertNull(declared.attr(Attr.SEVERITY), "UNKNOWN severity is no severity");
        assertEquals("UTC", r.info().timezone());
    }

    @Test
    void severityAndSlugComeFromTheIncident() {
        ParseResult r = parse(parser, REAL);
        Event e = only(r, x -> "IR-336084".equals(x.attr(Attr.INCIDENT)) && x.kind() == EventKind.DECLARE);
        assertEquals("SEV5", e.attr(Attr.SEVERITY), "SEV-5 normalised");
        assertEquals(Instant.parse("2025-01-01T00:00:00Z"), e.time());
    }

    @Test
    void aResolvedIncidentWithoutResolvedTimeIsNoted() {
        ParseResult r = parse(parser, REAL);
        assertTrue(r.events().stream().noneMatch(e -> e.kind() == EventKind.RESOLVE));
        assertTrue(infos(r).stream().anyMatch(d -> d.message().equals("incident IR-336599 is resolved but has no resolved time")),
                r.diagnostics().toString());
        assertTrue(warnings(r).isEmpty());
    }

    @Test
    void impactAndResolutionMilestones(@TempDir Path dir) {
        Path f = write(dir, "incident.json", """
                {"data": {"type": "incidents", "id": "0d8c6a1e-4f2b-4a55-9d1e-2b7f3c8a9e10",
                  "attributes": {"public_id": 412, "title": "checkout-api 5xx after v2.15.0", "severity": "SEV-2",
                    "customer_impact_start": "2026-01-21T14:38:00+00:00", "detected": "2026-01-21T14:41:00+00:00",
                    "declared": "2026-01-21T14:49:12.120000+00:00", "customer_impact_end": "2026-01-21T15:05:00+00:00",
                    "resolved": "2026-01-21T15:20:31+00:00", "created": "2026-01-21T14:49:12.120000+00:00",
                    "fields": {"slug": {"type": "textbox", "value": "IR-412"}}}}}
                """);
        assertDetected(f, DatadogIncidentsParser.FORMAT);
        ParseResult r = parse(parser, f);
        assertEquals(List.of(EventKind.STATUS_CHANGE, EventKind.STATUS_CHANGE, EventKind.DECLARE, EventKind.STATUS_CHANGE,
                EventKind.RESOLVE), r.events().stream().map(Event::kind).toList());
        assertEquals("customer_impact_start", r.events().getFirst().attr(Attr.STATUS));
        assertEquals("SEV2", r.events().getLast().attr(Attr.SEVERITY));
        assertEquals(Instant.parse("2026-01-21T15:20:31Z"), r.events().getLast().time());
        assertEquals("IR-412 resolved: checkout-api 5xx after v2.15.0", r.events().getLast().text());
    }
}
