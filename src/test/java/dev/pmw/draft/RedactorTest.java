package dev.pmw.draft;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RedactorTest {
    private static final String TEXT = "Notified Dani by SMS at +34 612 345 678 and (415) 555-0132, e-mail dani.ortega@ferropay.example; "
            + "screenshot https://files.slack.com/files-pri/T0-F0/s.png?t=xoxe-000000000000-111111111111-FAKE0TOKEN&width=200, "
            + "Authorization: Bearer abcdefghijklmnopqrstuvwxyz012345, api_key=sk-proj-abcdefghijklmnopqrstuvwx, "
            + "host 10.12.0.7, card 4111 1111 1111 1111. At 2026-02-16 02:12:00, v1.14.2, 142 failed, CHG-2291, e-02kcmrf7yrn5.";

    @Test
    void exportsLoseSecretsAndPersonalData() {
        Redactor.Result r = Redactor.forExport(false).redact(TEXT);
        String s = r.text();
        assertFalse(s.contains("612 345 678") || s.contains("555-0132"), s);
        assertFalse(s.contains("dani.ortega@"), s);
        assertFalse(s.contains("xoxe-") || s.contains("FAKE0TOKEN"), s);
        assertTrue(s.contains("s.png?t=REDACTED&width=200"), "the URL stays usable: " + s);
        assertFalse(s.contains("abcdefghijklmnopqrstuvwxyz012345") || s.contains("sk-proj-"), s);
        assertTrue(s.contains("At 2026-02-16 02:12:00, v1.14.2, 142 failed, CHG-2291, e-02kcmrf7yrn5."), "facts stay: " + s);
        assertTrue(s.contains("10.12.0.7"), "IPs are for the model redactor only");
        assertEquals(2, r.counts().get(Redactor.Kind.PHONE));
        assertEquals(1, r.counts().get(Redactor.Kind.EMAIL));
    }

    @Test
    void optingInKeepsPersonalDataButNeverSecrets() {
        String s = Redactor.forExport(true).apply(TEXT);
        assertTrue(s.contains("+34 612 345 678") && s.contains("dani.ortega@ferropay.example"), s);
        assertFalse(s.contains("xoxe-") || s.contains("sk-proj-"), s);
    }

    @Test
    void theModelSeesNoIpsOrCardNumbers() {
        String s = Redactor.forModel().apply(TEXT);
        assertFalse(s.contains("10.12.0.7") || s.contains("4111 1111 1111 1111"), s);
        assertTrue(s.contains("CHG-2291"));
    }
}
