package dev.pmw.draft.check.bench;

import dev.pmw.draft.check.AnalysisFacts;
import dev.pmw.draft.check.BlamelessLint;
import dev.pmw.draft.check.CheckReport;
import dev.pmw.draft.check.ClaimChecker;
import dev.pmw.draft.check.EvidenceIndex;
import dev.pmw.ingest.ParseOptions;
import dev.pmw.timeline.Incident;
import dev.pmw.timeline.IncidentLoader;
import dev.pmw.timeline.Row;
import dev.pmw.work.Work;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;

/// Claim check and blameless lint of a 3,000-word postmortem against the sample incident (budget:
/// well under 50 ms for both). Not a unit test; run with
/// `java -cp target/classes:target/test-classes:$(deps) dev.pmw.draft.check.bench.CheckBench`.
public final class CheckBench {
    private CheckBench() {
    }

    public static void main(String[] args) {
        Incident incident = new Incident(new IncidentLoader().load(List.of(Path.of("samples/payment-service-outage")),
                ParseOptions.zone(ZoneId.of("Europe/Madrid")), Work.NONE));
        List<dev.pmw.model.Event> events = incident.timeline().rows().stream().map(Row::event).toList();
        EvidenceIndex index = EvidenceIndex.of(events);
        String paragraph = "The error-rate alert fired at 02:12 [e-02kcmrf7yrn5] and Dani acknowledged it at 02:14 "
                + "[e-jv68e2sx7ydk], 2 minutes later. Support saw 4 tickets [e-v89t6kte433t]. About 140 failed API calls "
                + "were seen between 02:03 and 02:31 [e-xax52vna5jkq]. Commit 389be0a moved the job to 02:00 UTC "
                + "[e-bm2j9wq5fggt] and invoice-reconciliation v3.8.0 shipped it [e-rxp4cp9dr7zy]. Marta connected the "
                + "errors to the job at 02:19 [e-pfsq87c7jcbx]. Obviously the team should have caught this earlier.\n\n";
        StringBuilder doc = new StringBuilder();
        while (doc.toString().split("\\s+").length < 3000) {
            doc.append(paragraph);
        }
        String text = doc.toString();
        ClaimChecker checker = new ClaimChecker(index, AnalysisFacts.NONE, ZoneId.of("Europe/Madrid"));
        BlamelessLint lint = new BlamelessLint(index.people());
        int words = text.split("\\s+").length;
        var mx = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int round = 0; round < Integer.getInteger("rounds", 20); round++) {
            long c0 = mx.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            CheckReport r = checker.check(text);
            long t1 = System.nanoTime();
            long c1 = mx.getCurrentThreadCpuTime();
            int findings = lint.lint(text).size();
            long t2 = System.nanoTime();
            long c2 = mx.getCurrentThreadCpuTime();
            if (round % 5 == 4) {
                System.out.printf("%d words, %d sentences (%d flagged): check %.1f ms (%.1f CPU), lint %.1f ms (%.1f CPU,"
                                + " %d findings)%n", words, r.sentences().size(), r.flagged().size(), (t1 - t0) / 1e6,
                        (c1 - c0) / 1e6, (t2 - t1) / 1e6, (c2 - c1) / 1e6, findings);
            }
        }
    }
}
