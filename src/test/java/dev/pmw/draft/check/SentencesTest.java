package dev.pmw.draft.check;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SentencesTest {
    private static List<String> split(String text) {
        return Sentences.split(text).stream().map(r -> text.substring(r[0], r[1])).toList();
    }

    @Test
    void fullStopsInsideNumbersVersionsAndAbbreviationsDoNotSplit() {
        assertEquals(List.of("It took 26.5 min, e.g. the v3.8.0 run at 02:00 vs. the old one.", "Then it stopped."),
                split("It took 26.5 min, e.g. the v3.8.0 run at 02:00 vs. the old one. Then it stopped."));
    }

    @Test
    void aCitationAfterTheFullStopStaysWithItsSentence() {
        assertEquals(List.of("The alert fired at 02:12. [e-02kcmrf7yrn5] [e-jv68e2sx7ydk]", "Dani acked."),
                split("The alert fired at 02:12. [e-02kcmrf7yrn5] [e-jv68e2sx7ydk] Dani acked."));
    }

    @Test
    void headingsAreSkippedListItemsAndTableRowsStandAlone() {
        String md = """
                ## Timeline

                - 02:12 alert fired [e-1111]
                - 02:14 Dani acknowledged
                  and started looking. He found it.
                1. first
                | Time | Event |
                |---|---|
                | 02:12 | Alert [e-1111] |
                A paragraph
                wrapped over two lines.
                """;
        assertEquals(List.of("02:12 alert fired [e-1111]", "02:14 Dani acknowledged\n  and started looking. He found it.",
                "first", "| Time | Event |", "| 02:12 | Alert [e-1111] |", "A paragraph\nwrapped over two lines."), split(md));
    }

    @Test
    void questionAndExclamationMarksSplit() {
        assertEquals(List.of("Why did nothing alert?", "No pool monitor!", "Fine."),
                split("Why did nothing alert? No pool monitor! Fine."));
    }
}
