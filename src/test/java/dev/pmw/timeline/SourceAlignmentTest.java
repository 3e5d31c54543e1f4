package dev.pmw.timeline;

import dev.pmw.ingest.ParseOptions;
import dev.pmw.model.Attr;
import dev.pmw.model.EventKind;
import dev.pmw.model.TimeFlag;
import dev.pmw.work.Work;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/// The copied Slack thread carries Madrid clock times without a zone. Read on a machine in UTC it
/// would sit an hour late and duplicate every message; matching it against the export fixes both.
class SourceAlignmentTest {
    private static final Path EXPORT = Path.of("samples/payment-service-outage/incident-slack-export");
    private static final Path THREAD = Path.of("samples/payment-service-outage/incident-slack-thread.txt");

    @Test
    void copiedThreadReadInTheWrongZoneIsShiftedToMatchTheExportAndHiddenAsDuplicates() {
        Timeline t = load(ParseOptions.zone(ZoneId.of("UTC")).withZone(ZoneId.of("UTC")), false);
        TimelineSource thread = t.sources().stream().filter(s -> s.format().equals("slack-text")).findFirst().orElseThrow();
        assertNotNull(thread.correction(), "a correction is found");
        assertEquals(Duration.ofHours(-1), thread.correction().offset());
        assertTrue(thread.correction().matches() >= 50, thread.correction().describe());

        // Dani's finding: once in the export (key), once in the copy (hidden as duplicate), same minute
        List<Row> finding = t.rows().stream().filter(r -> r.event().text().startsWith("Found it: HikariPool-1")).toList();
        assertEquals(2, finding.size());
        for (Row r : finding) {
            assertEquals(Instant.parse("2026-02-16T02:17:00Z"), r.event().time().truncatedTo(java.time.temporal.ChronoUnit.MINUTES));
        }
        Row copy = finding.stream().filter(r -> r.event().source().format().equals("slack-text")).findFirst().orElseThrow();
        assertTrue(copy.event().timeInfo().has(TimeFlag.CORRECTED));
        assertNotNull(copy.event().attr(Attr.DUPLICATE_OF));
        assertEquals("duplicates", copy.relevance().hiddenBy());
        assertTrue(t.keyRows().stream().noneMatch(r -> r.event().source().format().equals("slack-text")),
                "no copied message is a key row when the export has it");
    }

    @Test
    void aZoneTheUserChoseIsNotCorrected() {
        // zoneAssumed=false (explicit zone): even a wrong choice is the user's to make, so only suggest
        Timeline t = load(ParseOptions.zone(ZoneId.of("Europe/Madrid")), true);
        TimelineSource thread = t.sources().stream().filter(s -> s.format().equals("slack-text")).findFirst().orElseThrow();
        assertNull(thread.correction(), "Madrid times already agree with the export");
        Row ack = t.keyRows().stream().filter(r -> r.event().kind() == EventKind.ACKNOWLEDGE).findFirst().orElseThrow();
        assertEquals("2026-02-16T02:14", ack.event().time().toString().substring(0, 16));
        assertFalse(t.keyRows().isEmpty());
    }

    private static Timeline load(ParseOptions options, boolean explicit) {
        ParseOptions o = explicit ? options : new ParseOptions(options.zone(), false, null, null);
        return new Incident(new IncidentLoader().load(List.of(EXPORT, THREAD), o, Work.NONE)).timeline();
    }
}
