package dev.pmw.draft.privacy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConsentsTest {
    @Test
    void consentIsPerEndpointAndCanBeRevoked() {
        Instant t = Instant.parse("2026-02-17T09:00:00Z");
        Consents c = Consents.NONE.grant("https://api.openai.com/v1", t, "3 e-mails, 12 user ids");
        assertTrue(c.covers("https://api.openai.com/v1"));
        assertFalse(c.covers("http://localhost:11434/v1"), "another endpoint asks again");
        Consents again = c.grant("https://api.openai.com/v1", t.plusSeconds(60), "nothing redacted");
        assertEquals(1, again.granted().size(), "one record per endpoint");
        assertEquals("nothing redacted", again.granted().getFirst().redactionSummary());
        assertFalse(again.revoke("https://api.openai.com/v1").covers("https://api.openai.com/v1"));
    }

    @Test
    void itIsPlainDataAProjectFileCanStore() throws Exception {
        ObjectMapper m = new ObjectMapper().registerModule(new JavaTimeModule());
        Consents c = Consents.NONE.grant("https://api.openai.com/v1", Instant.parse("2026-02-17T09:00:00Z"), "1 phone");
        assertEquals(c, m.readValue(m.writeValueAsString(c), Consents.class));
    }
}
