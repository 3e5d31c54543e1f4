package dev.pmw.draft.check;

import dev.pmw.draft.check.LintFinding.Category;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BlamelessLintTest {
    private final BlamelessLint lint = new BlamelessLint(List.of("Dani Ortega", "Marta Rius", "deploy-bot"));

    /// The text with every finding's rewrite applied, as "accept all quick fixes" would.
    private String fixed(String text) {
        StringBuilder sb = new StringBuilder(text);
        List<LintFinding> fs = lint.lint(text);
        for (int i = fs.size() - 1; i >= 0; i--) {
            LintFinding f = fs.get(i);
            if (f.rewrite() != null) {
                sb.replace(f.start(), f.end(), f.rewrite());
            }
        }
        return sb.toString();
    }

    @Test
    void aPersonAsTheCauseIsFlaggedWithANeutralRewrite() {
        String text = "Dani broke prod at 02:00.";
        LintFinding f = lint.lint(text).getFirst();
        assertEquals(Category.PERSON_AS_CAUSE, f.category());
        assertEquals("Dani broke prod", text.substring(f.start(), f.end()));
        assertEquals("prod broke after a change at 02:00.", fixed(text));
        assertEquals("a change contributed to the outage.", fixed("Marta Rius caused the outage."));
        assertEquals("nothing in the process prompted anyone to update the runbook.",
                fixed("She forgot to update the runbook."));
        assertEquals("the alert was not caught for two minutes.", fixed("Dani accidentally missed the alert for two minutes."));
        assertEquals(Category.PERSON_AS_CAUSE, lint.lint("The on-call engineer messed up the config.").getFirst().category());
    }

    @Test
    void neutralSentencesAboutPeopleAreNotFlagged() {
        assertEquals(List.of(), lint.lint("Dani acknowledged the page at 02:14 and found the pool exhausted. "
                + "Marta connected it to the job. The deploy-bot posted the change. Just before 02:12 the rate rose; "
                + "just 4 tickets came in."));
    }

    @Test
    void counterfactualsBecomeWhatHappened() {
        assertEquals("We did not catch this in review.", fixed("We should have caught this in review."));
        assertEquals("The team did not notice the warning.", fixed("The team failed to notice the warning."));
        assertEquals("We did not page the DBA.", fixed("We could have paged the DBA."));
        assertEquals("The job did not rotate the logs.", fixed("The job should've rotated the logs."));
        LintFinding would = lint.lint("A pool monitor would have paged earlier.").getFirst();
        assertEquals(Category.COUNTERFACTUAL, would.category());
        assertNull(would.rewrite(), "no mechanical rewrite for a hypothetical");
        assertEquals(Category.COUNTERFACTUAL, lint.lint("If only the pool had been larger.").getFirst().category());
    }

    @Test
    void hindsightWordsAreDeletedAndTheSentenceStillReads() {
        assertEquals("The fix was to raise the pool size.", fixed("The fix was simply to raise the pool size."));
        assertEquals("The pool was too small.", fixed("Obviously, the pool was too small."));
        assertEquals("They restarted the pods.", fixed("They just restarted the pods."));
        assertEquals("A change went out.", fixed("A careless change went out."));
        assertEquals(Category.HINDSIGHT, lint.lint("It was clearly the job.").getFirst().category());
    }

    @Test
    void singleRootCauseFramingUnlessContributingFactorsAreNamed() {
        String text = "The root cause was the schedule change.";
        LintFinding f = lint.lint(text).getFirst();
        assertEquals(Category.SINGLE_ROOT_CAUSE, f.category());
        assertEquals("One contributing factor was the schedule change.", fixed(text));
        assertEquals(List.of(), lint.lint("The root cause was the schedule change. Contributing factors: no pool alert."));
        assertEquals(List.of(), lint.lint("## Root cause\nThe job ran at 02:00."), "headings are the template's");
    }

    @Test
    void humanErrorIsAPersonAsCause() {
        assertEquals("The incident was a gap in the safeguards.", fixed("The incident was human error."));
    }

    @Test
    void everyFindingSpansTextInsideTheInput() {
        String text = "Dani failed to notice the alert; obviously he should have known. The root cause is the job.";
        List<LintFinding> fs = lint.lint(text);
        assertTrue(fs.size() >= 3);
        assertEquals(Category.PERSON_AS_CAUSE, fs.getFirst().category(), "one finding for 'Dani failed to', not two");
        for (int i = 1; i < fs.size(); i++) {
            assertTrue(fs.get(i - 1).end() <= fs.get(i).start(), "no overlaps");
        }
    }
}
