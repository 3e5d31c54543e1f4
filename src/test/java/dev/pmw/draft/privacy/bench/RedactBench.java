package dev.pmw.draft.privacy.bench;

import dev.pmw.draft.privacy.Redaction;
import dev.pmw.draft.privacy.Redactor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/// Redaction speed on the sample's 4 MB JSON log with its 11,261 user ids as the list (a prompt is
/// 10–100 KB; this is the worst case of previewing a whole log). Not a unit test; run with
/// `java -cp target/classes:target/test-classes dev.pmw.draft.privacy.bench.RedactBench`.
public final class RedactBench {
    private RedactBench() {
    }

    public static void main(String[] args) throws Exception {
        String text = Files.readString(Path.of("samples/payment-service-outage/error-logs-2026-02-16.json"));
        Set<String> ids = new LinkedHashSet<>();
        Matcher m = Pattern.compile("\"user_id\":\"([^\"]+)\"").matcher(text);
        while (m.find()) {
            ids.add(m.group(1));
        }
        Redactor r = Redactor.standard().withUserIds(ids);
        var mx = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int round = 0; round < 6; round++) {
            long c0 = mx.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            Redaction red = r.redact(text);
            long t1 = System.nanoTime();
            long c1 = mx.getCurrentThreadCpuTime();
            System.out.printf("%,d chars, %,d replacements (%s): %.0f ms wall, %.0f ms CPU%n", text.length(),
                    red.replacements().size(), red.map().summary(), (t1 - t0) / 1e6, (c1 - c0) / 1e6);
        }
    }
}
