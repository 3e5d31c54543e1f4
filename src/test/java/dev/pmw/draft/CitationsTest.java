package dev.pmw.draft;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CitationsTest {
    @Test
    void inlineCitationsAreBracketedIds() {
        String text = "Alert [e-02kcmrf7yrn5] then ack [e-jv68e2sx7ydk, e-02kcmrf7yrn5]. Not \\[e-aaaa1111bbbb], "
                + "not a [e-link0000000](https://x), not [e-ref00000000][x], not [E-UPPER], not [e-].";
        assertEquals(List.of("e-02kcmrf7yrn5", "e-jv68e2sx7ydk"), Citations.extract(text));
        assertEquals("[e-a1b2, e-c3d4]", Citations.cite(List.of("e-a1b2", "e-c3d4", "e-a1b2", "not-an-id")));
        assertEquals("", Citations.cite(List.of()));
        assertEquals("Alert then ack.", Citations.strip("Alert [e-02kcmrf7yrn5] then ack [e-jv68e2sx7ydk, e-02kcmrf7yrn5]."));
        assertEquals("x {1} y", Citations.replace("x [e-abcd] y", ids -> "{" + ids.size() + "}"));
    }

    @Test
    void theIndexResolvesRowsAndReportsUnknownIds() {
        SampleStory s = new SampleStory();
        CitationIndex index = new CitationIndex(s.timeline);
        CitationIndex.Cited c = index.resolve(s.alert.id()).orElseThrow();
        assertEquals("datadog-timeline.md:12", c.location());
        assertEquals(12, c.line());
        assertEquals("2026-02-16T02:12:00Z", c.time().toString());
        assertEquals(List.of("e-gone00000000"), index.unresolved(List.of(s.alert.id(), "e-gone00000000", "e-gone00000000")));
        assertTrue(index.resolve("e-gone00000000").isEmpty());
    }
}
