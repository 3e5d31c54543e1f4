package dev.pmw.draft.check;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.BitSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ClaimExtractorTest {
    private final ClaimExtractor extractor = new ClaimExtractor(new NameFinder(List.of("Dani Ortega"), List.of("payment-service")));

    private List<String> kinds(String s) {
        return extractor.extract(s, 0, s.length(), new BitSet()).stream()
                .map(c -> c.getClass().getSimpleName() + ":" + c.text()).toList();
    }

    @Test
    void eachValueIsReadOnceAndAsWhatItIs() {
        assertEquals(List.of("Time:2026-02-16T02:12:00Z", "Elapsed:26.5 min", "Version:v3.8.0", "Commit:389be0a",
                "Count:142", "Name:Dani", "Name:payment-service"),
                kinds("At 2026-02-16T02:12:00Z, 26.5 min after v3.8.0 (389be0a), 142 requests failed; Dani saw payment-service."));
    }

    @Test
    void timesInTheirCommonForms() {
        assertEquals(List.of("Time:02:12", "Time:02:12:04", "Time:2:12 AM", "Time:2 pm", "Time:03:12 CET"),
                kinds("02:12, 02:12:04, 2:12 AM, 2 pm and 03:12 CET"));
        Claim.Time t = (Claim.Time) extractor.extract("2:12 PM", 0, 7, new BitSet()).getFirst();
        assertEquals(14 * 3600 + 12 * 60, t.secondOfDay());
    }

    @Test
    void durationsInTheirCommonForms() {
        String s = "26 minutes, 1h 5m, 1 hour 5 minutes, 90 s, 30000ms, 2 hours, 3 d 10 h";
        List<Duration> d = extractor.extract(s, 0, s.length(), new BitSet()).stream()
                .map(c -> ((Claim.Elapsed) c).value()).toList();
        assertEquals(List.of(Duration.ofMinutes(26), Duration.ofMinutes(65), Duration.ofMinutes(65), Duration.ofSeconds(90),
                Duration.ofSeconds(30), Duration.ofHours(2), Duration.ofHours(82)), d);
    }

    @Test
    void numbersThatAreNotCountsAreLeftAlone() {
        assertEquals(List.of(), kinds("At 5.8% on 16 February, in 2026 we saw it, e-3fa9c0d1b2e4, #482, T+12:30, SEV2"));
        // the offline timeline table's T− column for changes before the impact start
        assertEquals(List.of(), kinds("|T−3d 10:21| and |T−7:48:25| and |T−03:03| and T-2d"));
        assertEquals(List.of("Count:about 140", "Count:7,394", "Count:more than 40"),
                kinds("about 140 calls and 7,394 requests by more than 40 workers"));
    }

    @Test
    void hexWordsAreNotCommitsWithoutADigit() {
        assertEquals(List.of("Commit:deadbee1"), kinds("the facade added deadbeef and deadbee1"));
    }
}
