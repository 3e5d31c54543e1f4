package dev.pmw.draft.privacy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RedactorTest {
    private final Redactor redactor = Redactor.standard();

    private String redact(String s) {
        return redactor.redact(s).text();
    }

    @Test
    void eMailsGetStablePlaceholdersAcrossTextsOfOneRequest() {
        RedactionMap map = new RedactionMap();
        Redaction a = redactor.redact("Paged dani.ortega@ferropay.example and marta@ferropay.example", map);
        Redaction b = redactor.redact("Reply from Dani.Ortega@ferropay.example", map);
        assertEquals("Paged <EMAIL_1> and <EMAIL_2>", a.text());
        assertEquals("Reply from <EMAIL_1>", b.text(), "same address in another case, same placeholder");
        assertEquals("2 e-mails", map.summary());
        assertEquals("Paged dani.ortega@ferropay.example and marta@ferropay.example", map.restore(a.text()));
    }

    @Test
    void replacementsCarryBothPositionsForHighlighting() {
        String in = "mail dani@x.example now";
        Redaction r = redactor.redact(in);
        Redaction.Replacement rep = r.replacements().getFirst();
        assertEquals("dani@x.example", in.substring(rep.originalStart(), rep.originalEnd()));
        assertEquals("<EMAIL_1>", r.text().substring(rep.start(), rep.end()));
        List<Highlight> hl = r.map().highlights("payload: <EMAIL_1> and <EMAIL_7>");
        assertEquals(1, hl.size(), "only placeholders this map issued are highlighted");
        assertEquals(9, hl.getFirst().start());
        assertEquals(Category.EMAIL, hl.getFirst().category());
    }

    @ParameterizedTest
    @ValueSource(strings = {"+34 612 345 678", "+1 (415) 555-0132", "+44 20 7946 0958", "0044 20 7946 0958",
            "(415) 555-0132", "415-555-0132", "415.555.0132", "020 7946 0958", "06 12 34 56 78", "612 345 678",
            "912 34 56 78", "+34612345678"})
    void phoneNumbersInInternationalAndLocalForms(String phone) {
        assertEquals("call <PHONE_1> now", redact("call " + phone + " now"), phone);
    }

    @Test
    void labelledPhoneKeepsItsLabel() {
        assertEquals("phone: <PHONE_1>", redact("phone: 612345678"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "2026-02-16T02:12:00Z", "2026-02-16 02:12:00", "2026-02-15T19:14:40+01:00", "02:12:04", "2:12 AM",
            "10.0.3", "v3.8.0", "fraud-scoring v1.14.2", "v1.2.3.4", "version 10.0.3.1",
            "61d5ef4258dc96ef7d13b53c83dc16bbdcf4ba22", "389be0a", "e-3fa9c0d1b2e4", "e-m0123456789a",
            "26 minutes", "1h 5m", "26.5 min", "48213901", "monitor id 48213917", "trace_id 68aa8a0ae7abc016",
            "active=10 idle=0 waiting=37 max=10", "7394 failed requests", "1771207920000", "HTTP 503",
            "Q0RZ7K3XW2N4PT", "C0A6IQMSXX3", "u_88298", "m_4432", "#482", "CHG-2291", "10 -> 50",
            "5.8%", "00:40:00", "01-02-2026", "std::vector", "de:ad:be:ef:00:01", "12:30:45.123",
            "4111 1111 1111 1112", "1234567890123456", "sk-test", "token count 123456"})
    void evidenceValuesAreNotRedacted(String value) {
        String in = "at " + value + " it";
        assertEquals(in, redact(in), value);
    }

    @Test
    void ipAddressesV4AndV6() {
        assertEquals("from <IP_1>:5432 and <IP_2>", redact("from 10.0.3.17:5432 and 192.168.1.1"));
        assertEquals("peer <IP_1> ok", redact("peer 2001:db8::8a2e:370:7334 ok"));
        assertEquals("peer <IP_1> ok", redact("peer 2001:0db8:85a3:0000:0000:8a2e:0370:7334 ok"));
        assertEquals("lo <IP_1>, mapped <IP_2>", redact("lo ::1, mapped ::ffff:10.0.0.1"));
        assertEquals("fe <IP_1>.", redact("fe fe80::1."));
    }

    @Test
    void apiKeysAndTokens() {
        String jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1XzEyMyJ9.dBjftJeZ4CVPmB92K27uhbUJU1p1r_wW1gFWFOEjXk";
        String in = "key sk-proj-abcdefghijklmnop1234 slack xoxb-1234567890-abcdefghij aws AKIAIOSFODNN7EXAMPLE "
                + "gh ghp_abcdefghijklmnopqrstuvwxyz0123456789 jwt " + jwt;
        assertEquals("key <TOKEN_1> slack <TOKEN_2> aws <TOKEN_3> gh <TOKEN_4> jwt <TOKEN_5>", redact(in));
        assertEquals("Authorization: Bearer <TOKEN_1>", redact("Authorization: Bearer abc.def-123_456"));
        assertEquals("GET /export?id=7&token=<TOKEN_1>&t=<TOKEN_2> 200",
                redact("GET /export?id=7&token=s3cr3tvalue&t=a8f9d0c1e2 200"));
        assertEquals("db password=<TOKEN_1> user", redact("db password=hunter22 user"));
        assertEquals("file <TOKEN_1>",
                redact("file xoxe-000000000000-111111111111-222222222222-FAKE0TOKEN0FOR0SAMPLE0DATA0ONLY0"));
    }

    @Test
    void cardNumbersOnlyWhenLuhnAndNetworkAgree() {
        assertEquals("card <CARD_1> declined", redact("card 4111 1111 1111 1111 declined"));
        assertEquals("card <CARD_1>", redact("card 4111-1111-1111-1111"));
        assertEquals("amex <CARD_1>", redact("amex 378282246310005"));
        assertEquals("mc <CARD_1>", redact("mc 5555555555554444"));
        assertEquals("order 4111111111111112", redact("order 4111111111111112"), "Luhn fails");
        assertEquals("id 9111111111111111", redact("id 9111111111111111"), "no network starts with 9");
    }

    @Test
    void ibansOnlyWithAValidChecksum() {
        assertEquals("refund to <IBAN_1> today", redact("refund to ES91 2100 0418 4502 0005 1332 today"));
        assertEquals("refund to <IBAN_1> THEN", redact("refund to ES9121000418450200051332 THEN"));
        assertEquals("to <IBAN_1>.", redact("to GB29 NWBK 6016 1331 9268 19."));
        assertEquals("to ES91 2100 0418 4502 0005 1333", redact("to ES91 2100 0418 4502 0005 1333"), "bad checksum");
    }

    @Test
    void userIdsFromTheLogsAreReplacedAsWholeValuesOnly() {
        Redactor r = Redactor.standard().withUserIds(Set.of("u_88298", "u_20448", "42", "1234"));
        RedactionMap map = new RedactionMap();
        String out = r.redact("user=u_88298 retried; u_20448 and u_88298 again; xu_88298 u_882981 at 02:42, 1234 rows",
                map).text();
        assertEquals("user=<USER_1> retried; <USER_2> and <USER_1> again; xu_88298 u_882981 at 02:42, 1234 rows", out);
        assertEquals("2 user ids", map.summary());
    }

    @Test
    void userFieldsWrittenIntoMessagesAreFoundWithoutAList() {
        assertEquals("POST /v1/payments 503 user_id=<USER_1>, retried for user=<USER_1>",
                redact("POST /v1/payments 503 user_id=u_88298, retried for user=u_88298"));
        assertEquals("{\"userId\": \"<USER_1>\", \"customer_id\":\"<USER_2>\"}",
                redact("{\"userId\": \"8f2c9a1e\", \"customer_id\":\"cus_N1x2Y3\"}"));
        assertEquals("user_id=null uid=anonymous", redact("user_id=null uid=anonymous"));
        assertEquals("the user: Dani", redact("the user: Dani"), "prose is not a field");
    }

    @Test
    void listedNamesAnyCaseWholeWords() {
        Redactor r = Redactor.standard().withNames(List.of("Dani Ortega", "Marta"));
        assertEquals("<NAME_1> paged <NAME_2>; <NAME_2> ack; Martan no",
                r.redact("Dani Ortega paged marta; MARTA ack; Martan no").text());
    }

    @Test
    void summaryCountsDistinctValuesPerCategoryInAFixedOrder() {
        Redactor r = Redactor.standard().withUserIds(List.of("u_1001", "u_1002"));
        RedactionMap map = new RedactionMap();
        r.redact("u_1001 u_1002 a@b.example +34 612 345 678 c@d.example e@f.example a@b.example", map);
        assertEquals("3 e-mails, 1 phone, 2 user ids", map.summary());
        assertEquals("nothing redacted", new RedactionMap().summary());
    }

    @Test
    void toStringNeverShowsAValue() {
        RedactionMap map = new RedactionMap();
        Redaction r = redactor.redact("key sk-proj-abcdefghijklmnop1234 mail a@b.example", map);
        assertFalse(map.toString().contains("sk-proj"));
        assertFalse(r.toString().contains("sk-proj"));
        assertFalse(map.entries().toString().contains("a@b.example"));
    }

    @Test
    void restoreMapsEscapedPlaceholdersBackAndLeavesUnknownOnes() {
        RedactionMap map = new RedactionMap();
        redactor.redact("a@b.example", map);
        assertEquals("a@b.example, a@b.example, a@b.example, <EMAIL_2>",
                map.restore("<EMAIL_1>, &lt;EMAIL_1&gt;, \\<EMAIL_1\\>, <EMAIL_2>"));
    }

    @Test
    void streamingRestoreHandlesPlaceholdersSplitAcrossPieces() {
        RedactionMap map = new RedactionMap();
        Redactor.standard().withUserIds(List.of("u_88298")).redact("u_88298 a@b.example", map);
        StreamingRestorer s = map.streamingRestorer();
        StringBuilder out = new StringBuilder();
        for (String piece : List.of("Retried by <US", "ER_", "1> and <", "EMAIL_1", "> at 02:12 R&", "D team <"))
        {
            out.append(s.push(piece));
        }
        out.append(s.flush());
        assertEquals("Retried by u_88298 and a@b.example at 02:12 R&D team <", out.toString());
    }

    @Test
    void aLogSliceKeepsItsTimestampsAndVersionsWhileIdsAndAddressesGo() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            sb.append("2026-02-16T02:03:05.").append(100 + i % 900).append("Z ERROR payment-service HikariPool-1 ")
                    .append("Connection is not available, request timed out after 30000ms user_id=u_").append(10000 + i)
                    .append(" ip=10.0.").append(i % 250).append(".7 v3.8.0\n");
        }
        List<String> ids = java.util.stream.IntStream.range(0, 2000).mapToObj(i -> "u_" + (10000 + i)).toList();
        Redaction r = Redactor.standard().withUserIds(ids).redact(sb.toString());
        assertEquals(4000, r.replacements().size());
        assertTrue(r.text().contains("2026-02-16T02:03:05.100Z ERROR"));
        assertTrue(r.map().summary().startsWith("250 IP addresses, 2000 user ids"), r.map().summary());
    }
}
