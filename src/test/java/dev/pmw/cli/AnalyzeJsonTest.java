package dev.pmw.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pmw.analysis.Analysis;
import dev.pmw.analysis.Analyzer;
import dev.pmw.analysis.AnalyzerFixtures;
import dev.pmw.ingest.ParseResult;
import dev.pmw.timeline.Timeline;
import dev.pmw.timeline.TimelineBuilder;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/// `pmw analyze --json` fills every field of the ARCHITECTURE.md contract, and the text output
/// shows the same facts.
class AnalyzeJsonTest {

    @Test
    void everyContractFieldIsFilledFromTheAnalysis() throws Exception {
        List<ParseResult> results = AnalyzerFixtures.paymentOutage();
        Timeline tl = new TimelineBuilder().build(results);
        Analysis a = new Analyzer().analyze(tl);
        StringWriter w = new StringWriter();
        AnalyzeJson.write(w, results, tl, a);
        JsonNode j = new ObjectMapper().readTree(w.toString());

        assertEquals(5, j.get("sources").size());
        for (String k : List.of("impact_start", "detected", "acknowledged", "mitigated", "resolved")) {
            JsonNode b = j.get("boundaries").get(k);
            assertTrue(b.get("time").asText().endsWith("Z"), k);
            assertTrue(b.get("evidence").get(0).asText().startsWith("e-"), k);
            assertTrue(!b.get("rule").asText().isEmpty(), k);
        }
        assertEquals("2026-02-16T02:12:00Z", j.at("/boundaries/detected/time").asText());
        assertEquals("2026-02-16T02:03:05.043Z", j.at("/boundaries/impact_start/time").asText());
        assertEquals(8.9, j.at("/durations_minutes/time_to_detect").asDouble());
        assertEquals(2.2, j.at("/durations_minutes/time_to_acknowledge").asDouble());
        assertEquals(27.9, j.at("/durations_minutes/time_to_mitigate").asDouble());
        assertEquals(66.9, j.at("/durations_minutes/time_to_resolve").asDouble());
        JsonNode trig = j.get("trigger");
        assertEquals("2026-02-16T02:00:01.183Z", trig.get("time").asText());
        assertEquals("job", trig.get("kind").asText());
        assertEquals("invoice-reconciliation", trig.get("service").asText());
        assertEquals("v3.8.0", trig.get("version").asText());
        assertTrue(trig.get("commit").asText().startsWith("b9e4d2a"));
        assertTrue(trig.get("confidence").asDouble() > 0.8);
        assertTrue(trig.get("evidence").size() > 3);
        assertTrue(trig.get("why").size() >= 3);
        assertTrue(j.get("trigger_runners_up").size() >= 1);
        assertEquals(27.9, j.at("/impact/duration_minutes").asDouble());
        assertEquals(142, j.at("/impact/failed_requests").asInt());
        assertEquals(115, j.at("/impact/users_affected").asInt());
        assertEquals(4, j.at("/impact/support_tickets").asInt());
        assertEquals(142, j.at("/impact/failures_by_class/503").asInt());
        assertEquals(2, j.at("/impact/symptoms").size());
        assertEquals("SEV2", j.at("/severity/level").asText());
        assertEquals("SEV2: 115 users affected (> 100); matches the severity declared by Rafa Llorente at 02:13 UTC",
                j.at("/severity/reason").asText());
        assertEquals(2, j.get("open_questions").size());
        assertEquals("detection_lag", j.at("/open_questions/0/kind").asText());
        assertTrue(j.get("key_events").size() > 10);
        assertTrue(j.at("/counts/events").asLong() > 10_000);
        assertEquals(0, j.get("missing").size(), j.get("missing").toString());
    }

    @Test
    void missingFieldsAreNullWithAReason() throws Exception {
        List<ParseResult> results = AnalyzerFixtures.withoutAlerts();
        Timeline tl = new TimelineBuilder().build(results);
        StringWriter w = new StringWriter();
        AnalyzeJson.write(w, results, tl, new Analyzer().analyze(tl));
        JsonNode j = new ObjectMapper().readTree(w.toString());
        assertTrue(j.at("/boundaries/detected").isNull());
        assertTrue(j.at("/durations_minutes/time_to_detect").isNull());
        assertTrue(j.at("/missing/boundaries.detected").asText().startsWith("the sources contain no alert or page"));
    }

    @Test
    void theTextOutputShowsTheSameFacts() {
        List<ParseResult> results = AnalyzerFixtures.paymentOutage();
        Analysis a = new Analyzer().analyze(new TimelineBuilder().build(results));
        StringWriter w = new StringWriter();
        AnalysisText.print(new PrintWriter(w), a);
        String text = w.toString();
        assertTrue(text.contains("Impact start   2026-02-16 02:03:05"), text);
        assertTrue(text.contains("Detected       2026-02-16 02:12:00"), text);
        assertTrue(text.contains("Durations (min)  detect 8.9 · acknowledge 2.2 · mitigate 27.9 · resolve 66.9"), text);
        assertTrue(text.contains("Trigger          invoice-reconciliation scheduled run started at 02:00 UTC"), text);
        assertTrue(text.contains("142 failed requests (5.8% of "), text);
        assertTrue(text.contains("115 users · 4 support tickets"), text);
        assertTrue(text.contains("Severity         SEV2: 115 users affected (> 100); matches the severity declared"), text);
        assertTrue(text.contains("[detection_lag] Impact began 9 min before the first alert"), text);
    }
}
