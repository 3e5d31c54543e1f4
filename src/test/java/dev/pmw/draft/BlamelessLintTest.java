package dev.pmw.draft;

import dev.pmw.draft.check.BlamelessLint;
import dev.pmw.draft.check.LintFinding;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/// The offline drafter's text passes the same blameless lint the editor runs on every section.
class BlamelessLintTest {
    private static final Set<String> PEOPLE = Set.of("Marta Rius", "Dani Ortega");

    @Test
    void findsAPersonBeforeACauseVerb() {
        String text = "Marta's deploy caused the outage. The job triggered the saturation. Dani forgot to check the pool.";
        List<LintFinding> f = new BlamelessLint(PEOPLE).lint(text).stream()
                .filter(x -> x.category() == LintFinding.Category.PERSON_AS_CAUSE).toList();
        assertEquals(List.of("Marta", "Dani"), f.stream().map(x -> text.substring(x.start(), x.end()).split("[' ]")[0]).toList());
    }

    @Test
    void namesElsewhereAreFine() {
        assertTrue(new BlamelessLint(PEOPLE).lint("The deploy caused the outage; Dani Ortega acknowledged the page. "
                + "The config change was applied by Dani.").stream()
                .noneMatch(x -> x.category() == LintFinding.Category.PERSON_AS_CAUSE));
    }

    @Test
    void peopleAreReadFromTheTimeline() {
        Set<String> people = People.of(new SampleStory().timeline);
        assertEquals(Set.of("Dani Ortega", "Jordi Puig", "Marta Rius", "Priya Nair", "Rafa Llorente", "tomasv", "iker"), people);
    }
}
