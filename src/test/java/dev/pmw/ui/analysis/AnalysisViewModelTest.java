package dev.pmw.ui.analysis;

import dev.pmw.analysis.BoundaryKind;
import dev.pmw.timeline.Row;
import dev.pmw.ui.SampleData;
import dev.pmw.ui.shell.MainViewModel;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnalysisViewModelTest {

    @Test
    void theSamplesFiveMomentsAreShownInOrderWithTheirTimes() {
        MainViewModel w = SampleData.loaded();
        AnalysisViewModel a = w.analysisPanel();
        assertTrue(a.availableProperty().get());
        // the sample README: pool saturated 02:03, alert 02:12, ack 02:14, recovered 02:31, resolved 03:10 (UTC)
        assertEquals(List.of("02:03:05", "02:12:00", "02:14:10", "02:31:00", "03:10:00"),
                a.boundaries().stream().map(BoundaryItem::clock).toList());
        assertEquals(List.of(BoundaryKind.values()), a.boundaries().stream().map(BoundaryItem::kind).toList());
        assertEquals("T+00:08:54", a.boundaries().get(1).relative()); // impact start 02:03:05.6
        assertTrue(a.boundaries().getFirst().range().startsWith("between 02:03:05 and 02:04:27"));
        assertTrue(a.boundaries().stream().allMatch(b -> !b.evidence().isEmpty() && !b.pinned()));

        assertEquals(List.of("8.9 min", "2.2 min", "28 min", "1 h 7 min"), a.durations().stream().map(AnalysisItem::text).toList());
        assertTrue(a.triggerProperty().get().text().startsWith("invoice-reconciliation scheduled run started at 02:00 UTC"));
        assertTrue(a.triggerProperty().get().detail().contains("91 % confident"), a.triggerProperty().get().detail());
        assertEquals(3, a.runnersUp().size());
        assertEquals("SEV2", a.severityProperty().get().text());
        assertTrue(a.impact().stream().anyMatch(i -> i.title().equals("Failed requests") && i.text().equals("142")
                && i.detail().equals("6.3 % of 2,268 requests")), a.impact().toString());
        assertEquals(List.of("Detection lag", "Contradiction"), a.questions().stream().map(AnalysisItem::title).toList());

        w.timeline().time().zoneProperty().set(java.time.ZoneId.of("Europe/Madrid"));
        assertEquals("03:12:00", a.boundaries().get(1).clock(), "times follow the display zone");
    }

    @Test
    void clickingABoundaryShowsExactlyItsEvidenceRowsAndSelectsTheDecidingOne() {
        MainViewModel w = SampleData.loaded();
        BoundaryItem detected = w.analysisPanel().boundaries().get(1);
        assertEquals(BoundaryKind.DETECTED, detected.kind());
        int before = w.timeline().visibleRows().size();

        w.analysisPanel().showEvidence(detected);

        Set<String> shown = w.timeline().visibleRows().stream().map(Row::id).collect(Collectors.toSet());
        assertEquals(Set.copyOf(detected.evidence()), shown);
        assertEquals(detected.evidence().getFirst(), w.timeline().selectedProperty().get().id());
        assertTrue(w.timeline().selectedProperty().get().event().text().startsWith("[Triggered] [payment-service] API error rate"));
        assertEquals("Detected", w.timeline().filter().evidenceProperty().get().label());

        w.timeline().filter().evidenceProperty().set(null); // the chip's ×
        assertEquals(before, w.timeline().visibleRows().size(), "back to the filter as it was");
    }

    @Test
    void aQuestionAndTheTriggerLeadToTheirRowsToo() {
        MainViewModel w = SampleData.loaded();
        AnalysisItem contradiction = w.analysisPanel().questions().get(1);
        w.analysisPanel().showEvidence(contradiction);
        assertEquals(contradiction.evidence().size(), w.timeline().visibleRows().size());
        assertTrue(w.timeline().visibleRows().stream().anyMatch(r -> r.event().text().contains("fraud-scoring")));

        w.analysisPanel().showEvidence(w.analysisPanel().triggerProperty().get());
        assertTrue(w.timeline().selectedProperty().get().event().text().startsWith("Starting scheduled run invoice-reconciliation"));
    }

    @Test
    void pinningDetectedToAnotherRowMovesItAndUndoBringsTheDerivedOneBack() {
        MainViewModel w = SampleData.loaded();
        Row latency = w.incidentProperty().get().timeline().rows().stream()
                .filter(r -> r.event().text().startsWith("[Triggered] [payment-service] p99 latency")
                        && r.event().time().equals(Instant.parse("2026-02-16T02:12:30Z"))).findFirst().orElseThrow();
        assertTrue(w.analysisPanel().canPin(BoundaryKind.DETECTED, latency));

        w.analysisPanel().pinBoundary(BoundaryKind.DETECTED, latency);

        BoundaryItem detected = w.analysisPanel().boundaries().get(1);
        assertEquals(Instant.parse("2026-02-16T02:12:30Z"), detected.time());
        assertTrue(detected.pinned());
        assertEquals(List.of(latency.id()), detected.evidence());
        assertEquals("9.4 min", w.analysisPanel().durations().getFirst().text(), "time to detect follows the pin");
        assertEquals(1, w.editing().entries().size());
        assertTrue(w.editing().entries().getFirst().description().startsWith("Pinned detected to"));
        assertFalse(w.analysisPanel().canPin(BoundaryKind.DETECTED, latency), "already pinned there");
        assertTrue(w.project().dirtyProperty().get());

        w.editing().undo();
        assertEquals(Instant.parse("2026-02-16T02:12:00Z"), w.analysisPanel().boundaries().get(1).time());
        assertFalse(w.analysisPanel().boundaries().get(1).pinned());
        w.editing().redo();
        assertTrue(w.analysisPanel().isPinned(BoundaryKind.DETECTED));
        w.analysisPanel().unpinBoundary(BoundaryKind.DETECTED);
        assertEquals(Instant.parse("2026-02-16T02:12:00Z"), w.analysisPanel().boundaries().get(1).time());
    }

    @Test
    void closingTheIncidentEmptiesThePanel() {
        MainViewModel w = SampleData.loaded();
        assertNotNull(w.analysisPanel().triggerProperty().get());
        w.clear();
        assertFalse(w.analysisPanel().availableProperty().get());
        assertTrue(w.analysisPanel().boundaries().isEmpty());
        assertNull(w.analysisPanel().triggerProperty().get());
    }
}
