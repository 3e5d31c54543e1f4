package dev.pmw.ui.ai;

import dev.pmw.draft.check.Problem;
import dev.pmw.draft.check.SentenceCheck;
import dev.pmw.draft.check.Status;
import dev.pmw.draft.diff.WordDiff;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DiffLayoutTest {
    private static final String MINE = "The alert fired at 02:12 UTC. Support saw tickets.";
    private static final String MODEL = "The alert fired at 02:05 UTC. Support saw 4 tickets.";

    @Test
    void removedThenAddedWordsWithTheChosenChangesMarked() {
        WordDiff d = WordDiff.of(MINE, MODEL);
        DiffLayout l = DiffLayout.of(d, Set.of(1), List.of());
        assertEquals("The alert fired at 02:1202:05 UTC. Support saw 4 tickets.", l.text());
        int removed = l.text().indexOf("02:12");
        assertEquals(0, l.changeAt(removed));
        assertTrue(l.runs().stream().anyMatch(r -> r.change() == 0 && r.classes().equals(Set.of(DiffLayout.REMOVED))));
        assertTrue(l.runs().stream().anyMatch(r -> r.change() == 1
                && r.classes().equals(Set.of(DiffLayout.ADDED, DiffLayout.SELECTED))));
        assertEquals(-1, l.changeAt(0));
    }

    @Test
    void aFlaggedSentenceOfTheProposalIsUnderlinedWhereverItIsShownButNotTheRemovedWords() {
        WordDiff d = WordDiff.of(MINE, MODEL);
        int end = MODEL.indexOf('.') + 1;
        SentenceCheck flagged = new SentenceCheck(0, end, Status.CONTRADICTED, List.of(),
                List.of(new Problem(19, 24, Problem.Kind.TIME, "02:05 is not in the cited rows")));
        DiffLayout l = DiffLayout.of(d, Set.of(), List.of(flagged));
        String shown = l.text();
        assertEquals("02:05 is not in the cited rows", l.reasonAt(shown.indexOf("alert")));
        assertEquals("02:05 is not in the cited rows", l.reasonAt(shown.indexOf("02:05")));
        assertNull(l.reasonAt(shown.indexOf("02:12")), "the removed words are not the model's sentence");
        assertNull(l.reasonAt(shown.indexOf("Support")));
        int at = 0;
        for (DiffLayout.Run r : l.runs()) {
            String piece = shown.substring(at, at + r.length());
            assertEquals(piece.contains("02:12") ? false : at < shown.indexOf(" Support"),
                    r.classes().contains(DiffLayout.CONTRADICTED), piece);
            at += r.length();
        }
    }
}
