package dev.pmw.ui.ai;

import dev.pmw.draft.privacy.Category;
import dev.pmw.draft.privacy.Highlight;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReadablePayloadTest {
    @Test
    void messagesAreUnescapedAndEveryPlaceholderIsFoundAgain() {
        String json = "{\n  \"messages\" : [ {\n    \"content\" : \"Rules:\\n1. Cite.\",\n    \"role\" : \"system\"\n  }, {\n"
                + "    \"content\" : \"Ack by <NAME_1>; \\\"resolved\\\" by <NAME_1>.\",\n    \"role\" : \"user\"\n  } ],\n"
                + "  \"model\" : \"gpt-4o-mini\"\n}";
        String text = ReadablePayload.of(json);
        assertEquals("── system ──\nRules:\n1. Cite.\n\n── user ──\nAck by <NAME_1>; \"resolved\" by <NAME_1>.\n", text);
        int first = json.indexOf("<NAME_1>");
        List<Highlight> hs = ReadablePayload.highlights(text,
                List.of(new Highlight(first, first + 8, Category.NAME, "<NAME_1>")));
        assertEquals(2, hs.size());
        hs.forEach(h -> assertEquals("<NAME_1>", text.substring(h.start(), h.end())));
    }

    @Test
    void somethingThatIsNotJsonIsShownAsIs() {
        assertEquals("not json", ReadablePayload.of("not json"));
    }
}
