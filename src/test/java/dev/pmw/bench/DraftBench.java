package dev.pmw.bench;

import dev.pmw.analysis.Analysis;
import dev.pmw.analysis.Analyzer;
import dev.pmw.draft.DocumentDrafter;
import dev.pmw.draft.DraftContext;
import dev.pmw.draft.PostmortemDocument;
import dev.pmw.draft.Template;
import dev.pmw.draft.Templates;
import dev.pmw.draft.offline.EvidenceDrafter;
import dev.pmw.export.ExportOptions;
import dev.pmw.export.ExportPreview;
import dev.pmw.ingest.ParseOptions;
import dev.pmw.timeline.Incident;
import dev.pmw.timeline.IncidentLoader;
import dev.pmw.timeline.Timeline;
import dev.pmw.work.Work;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/// Budget: the offline draft of the sample incident in ≤ 500 ms (ARCHITECTURE.md). Measures what the
/// user waits for after "Draft": analysis of the loaded timeline, drafting every section, and the
/// Markdown + JSON exports — once cold (first call in a fresh JVM) and as the median of warm runs.
/// Not a unit test (timed assertions do not belong there):
///
///     ./mvnw -q -o test-compile && java -cp target/test-classes:target/classes:$(cat cp.txt) dev.pmw.bench.DraftBench [PATH]
public final class DraftBench {
    private DraftBench() {
    }

    public static void main(String[] args) {
        Path sample = Path.of(args.length > 0 ? args[0] : "samples/payment-service-outage");
        long t0 = System.nanoTime();
        Incident incident = new Incident(new IncidentLoader().load(List.of(sample), ParseOptions.defaults(), Work.NONE));
        Timeline timeline = incident.timeline();
        System.out.printf(Locale.ROOT, "load + merge (not part of the budget): %.0f ms, %d rows%n", ms(t0), timeline.size());
        for (Template t : List.of(Templates.standard(), Templates.rca(), Templates.googleSre())) {
            long cold = System.nanoTime();
            run(timeline, t);
            double first = ms(cold);
            double[] warm = new double[15];
            for (int i = 0; i < warm.length; i++) {
                long s = System.nanoTime();
                run(timeline, t);
                warm[i] = ms(s);
            }
            Arrays.sort(warm);
            System.out.printf(Locale.ROOT, "%-11s analyse + draft + export: first %.1f ms, median %.1f ms, max %.1f ms (budget 500 ms)%n",
                    t.name(), first, warm[warm.length / 2], warm[warm.length - 1]);
        }
    }

    private static boolean detail = true;

    private static void run(Timeline timeline, Template t) {
        long s = System.nanoTime();
        Analysis a = new Analyzer().analyze(timeline);
        DraftContext ctx = new DraftContext(a, timeline, LocalDate.of(2026, 2, 17));
        double analyse = ms(s);
        s = System.nanoTime();
        PostmortemDocument doc = DocumentDrafter.draft(new EvidenceDrafter(), ctx, t, Work.NONE);
        double draft = ms(s);
        s = System.nanoTime();
        ExportPreview.render(doc, timeline, ExportPreview.Format.MARKDOWN_GFM, ExportOptions.DEFAULT);
        double md = ms(s);
        s = System.nanoTime();
        ExportPreview.render(doc, timeline, ExportPreview.Format.JSON, ExportOptions.DEFAULT);
        double json = ms(s);
        if (detail) {
            System.out.printf(Locale.ROOT, "  first run: analyse %.1f ms, draft %.1f ms, Markdown %.1f ms, JSON %.1f ms%n", analyse, draft, md, json);
            detail = false;
        }
    }

    private static double ms(long start) {
        return (System.nanoTime() - start) / 1e6;
    }
}
