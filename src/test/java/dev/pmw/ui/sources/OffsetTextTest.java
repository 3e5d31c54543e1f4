package dev.pmw.ui.sources;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OffsetTextTest {
    @ParameterizedTest
    @CsvSource(textBlock = """
            +1:00,     3600,  +1:00
            -0:05:30,  -330,  −0:05:30
            −1:00,     -3600, −1:00
            90s,       90,    +0:01:30
            -2m,       -120,  −0:02
            1h,        3600,  +1:00
            '',        0,     +0:00
            """)
    void readsAndWritesOffsetsAsPeopleTypeThem(String text, long seconds, String shown) {
        Duration d = OffsetText.parse(text);
        assertEquals(Duration.ofSeconds(seconds), d);
        assertEquals(shown, OffsetText.format(d));
    }

    @ParameterizedTest
    @CsvSource({"soon", "1:2", "+:30", "12 parsecs"})
    void refusesWhatIsNotAnOffset(String text) {
        assertEquals(null, OffsetText.parse(text));
    }
}
