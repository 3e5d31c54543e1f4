package dev.pmw.draft.privacy;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/// Every file of the sample incident through the redactor: the personal data goes, and the
/// evidence (timestamps, shas, versions, ids) survives byte for byte.
class RedactorSampleIncidentTest {
    private static final Path SAMPLE = Path.of("samples/payment-service-outage");
    private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:Z|[+-]\\d{2}:\\d{2})");
    private static final Pattern SHA = Pattern.compile("\\b[0-9a-f]{40}\\b");
    private static final Pattern VERSION = Pattern.compile("\\bv\\d+\\.\\d+\\.\\d+\\b");
    private static final Pattern USER_FIELD = Pattern.compile("\"user_id\":\"([^\"]+)\"");

    private static final List<String> originals = new ArrayList<>();
    private static final List<String> redacted = new ArrayList<>();
    private static final RedactionMap map = new RedactionMap();
    private static final Set<String> userIds = new LinkedHashSet<>();

    @BeforeAll
    static void redactAll() throws IOException {
        Matcher m = USER_FIELD.matcher(Files.readString(SAMPLE.resolve("error-logs-2026-02-16.json")));
        while (m.find()) {
            userIds.add(m.group(1));
        }
        Redactor redactor = Redactor.standard().withUserIds(userIds);
        try (Stream<Path> files = Files.walk(SAMPLE)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                String text = Files.readString(f);
                originals.add(text);
                redacted.add(redactor.redact(text, map).text());
            }
        }
    }

    @Test
    void everyEMailPhoneTokenAndUserIdOfTheSampleIsGone() {
        String all = String.join("\n", redacted);
        assertFalse(all.contains("@ferropay.example"));
        assertFalse(all.contains("noreply@github.com"));
        assertFalse(all.contains("+34 612 345 678"));
        assertFalse(all.contains("FAKE0TOKEN0FOR0SAMPLE0DATA0ONLY0"));
        assertFalse(USER_FIELD.matcher(all).results().anyMatch(r -> !r.group(1).startsWith("<USER_")));
        Map<Category, Integer> counts = map.counts();
        assertEquals(userIds.size() + 15, counts.get(Category.USER_ID),
                "the logs' user ids and 15 Slack member ids written as \"user_id\" fields in the export");
        assertEquals(1, counts.get(Category.PHONE));
        assertEquals(1, counts.get(Category.TOKEN));
        assertEquals(43, counts.get(Category.EMAIL), "40 people, sam.okafor's contractor address, GitHub's two");
        assertEquals(Set.of(Category.EMAIL, Category.PHONE, Category.TOKEN, Category.USER_ID), counts.keySet(),
                "no IPs, cards or IBANs in the sample, so none may be found: " + map.summary());
    }

    @Test
    void timestampsShasAndVersionsSurviveUnchanged() {
        for (int i = 0; i < originals.size(); i++) {
            for (Pattern p : List.of(ISO, SHA, VERSION)) {
                List<String> before = p.matcher(originals.get(i)).results().map(r -> r.group()).toList();
                List<String> after = p.matcher(redacted.get(i)).results().map(r -> r.group()).toList();
                assertEquals(before, after, p.pattern());
            }
        }
        assertTrue(String.join("", redacted).contains("2026-02-16T02:12:00"));
    }

    @Test
    void restoringTheRedactedFilesGivesTheOriginalsBack() {
        for (int i = 0; i < originals.size(); i++) {
            assertEquals(originals.get(i), map.restore(redacted.get(i)));
        }
    }
}
