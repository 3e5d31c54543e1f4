package dev.pmw.draft;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BlamelessLintTest {
    private static final Set<String> PEOPLE = Set.of("Marta Rius", "Dani Ortega");

    @Test
    void findsAPersonBeforeACauseVerb() {
        List<BlamelessLint.Finding> f = BlamelessLint.check(
                "Marta's deploy caused the outage. The job triggered the saturation. Dani forgot to check the pool.\n"
                        + "| Marta Rius | merged #482 |", PEOPLE);
        assertEquals(List.of("Marta", "Dani"), f.stream().map(BlamelessLint.Finding::person).toList());
        assertEquals("caused", f.getFirst().verb());
    }

    @Test
    void namesElsewhereAreFine() {
        assertEquals(List.of(), BlamelessLint.check("The deploy caused the outage; Dani Ortega acknowledged the page. "
                + "The config change was applied by Dani.", PEOPLE));
    }

    @Test
    void peopleAreReadFromTheTimeline() {
        Set<String> people = People.of(new SampleStory().timeline);
        assertEquals(Set.of("Dani Ortega", "Jordi Puig", "Marta Rius", "Priya Nair", "Rafa Llorente", "tomasv", "iker"), people);
    }
}
