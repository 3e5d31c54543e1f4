package dev.pmw.draft.diff;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WordDiffTest {
    private static final String MINE = "Payments failed for 28 minutes [e-xax52vna5jkq]. Support saw 4 tickets.";
    private static final String MODEL = "Card payments failed for 28 minutes [e-xax52vna5jkq]. Support received 4 tickets "
            + "[e-v89t6kte433t].";

    @Test
    void changesAreWordLevelAndReadOldToNew() {
        WordDiff d = WordDiff.of(MINE, MODEL);
        List<Segment.Change> c = d.changes();
        assertEquals(3, c.size(), d.toString());
        assertEquals(new Segment.Change(0, "Payments", "Card payments"), c.get(0));
        assertEquals(new Segment.Change(1, "saw", "received"), c.get(1));
        assertEquals(new Segment.Change(2, "", " [e-v89t6kte433t]"), c.get(2));
        assertTrue(c.get(2).isInsertion());
        assertEquals(MINE, d.current());
        assertEquals(MODEL, d.proposal());
    }

    @Test
    void takingSomeChangesLeavesTheOthersAsTheUserWroteThem() {
        WordDiff d = WordDiff.of(MINE, MODEL);
        assertEquals("Payments failed for 28 minutes [e-xax52vna5jkq]. Support received 4 tickets.", d.apply(Set.of(1)));
        assertEquals("Card payments failed for 28 minutes [e-xax52vna5jkq]. Support saw 4 tickets [e-v89t6kte433t].",
                d.apply(Set.of(0, 2)));
    }

    @Test
    void aRewrittenPhraseIsOneChangeNotOnePerWord() {
        WordDiff d = WordDiff.of("The pool ran out of connections at 02:03 UTC.",
                "The database connection pool was exhausted at 02:03 UTC.");
        assertEquals(List.of(new Segment.Change(0, "pool ran out of connections", "database connection pool was exhausted")),
                d.changes());
    }

    @Test
    void timesVersionsAndServiceNamesAreWholeWords() {
        WordDiff d = WordDiff.of("Deployed v2.3.1 of payment-service at 02:01.", "Deployed v2.3.2 of payment-service at 02:01.");
        assertEquals(List.of(new Segment.Change(0, "v2.3.1", "v2.3.2")), d.changes());
    }

    @Test
    void identicalTextsHaveNoChangesAndEmptyOnesWork() {
        assertTrue(WordDiff.of(MINE, MINE).isEmpty());
        WordDiff fromNothing = WordDiff.of("", "New text.");
        assertEquals(List.of(new Segment.Change(0, "", "New text.")), fromNothing.changes());
        assertEquals("", fromNothing.apply(Set.of()));
        assertEquals("", WordDiff.of("Old.", "").proposal());
    }

    @Test
    void aHugeRewriteFallsBackToSentencesAndStillRoundTrips() {
        String a = IntStream.range(0, 1500).mapToObj(i -> "Alpha " + i + " beta.").collect(Collectors.joining(" "));
        String b = IntStream.range(0, 1500).mapToObj(i -> "Gamma " + i + " delta.").collect(Collectors.joining(" "));
        WordDiff d = WordDiff.of(a, b);
        assertEquals(a, d.current());
        assertEquals(b, d.proposal());
        assertTrue(d.changes().size() >= 1);
    }
}
