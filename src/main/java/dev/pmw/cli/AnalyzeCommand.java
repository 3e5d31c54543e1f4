package dev.pmw.cli;

import dev.pmw.analysis.Analysis;
import dev.pmw.analysis.Analyzer;
import dev.pmw.ingest.ParseResult;
import dev.pmw.timeline.Row;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/// `pmw analyze PATH... [--tz ZONE] [--json]`: detect, parse, merge, analyse.
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Detect, parse and merge the inputs, and derive the incident's key facts.")
final class AnalyzeCommand implements Callable<Integer> {
    @Mixin
    InputOptions input;

    @Option(names = "--json", description = "Print the analysis as JSON (stable field names, times in UTC).")
    boolean json;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Loader.Loaded loaded = Loader.load(input.paths, input.parseOptions(), err);
        Analysis analysis = new Analyzer().analyze(loaded.timeline());
        if (json) {
            AnalyzeJson.write(out, loaded.results(), loaded.timeline(), analysis);
        } else {
            printText(out, loaded, analysis);
        }
        out.flush();
        return loaded.nothingRead() ? 1 : 0;
    }

    private static void printText(PrintWriter out, Loader.Loaded loaded, Analysis analysis) {
        out.println("Sources");
        for (dev.pmw.timeline.TimelineSource s : loaded.timeline().sources()) {
            ParseResult r = s.result();
            String zone = r.info().timezone() + (r.info().zoneAssumed() ? " (assumed)" : "");
            out.printf("  %-60s %-16s %8d records %4d warnings  %s%s%n", r.info().file(), r.info().format(),
                    r.records(), r.warnings(), zone, s.correction() == null ? "" : "; " + s.correction().describe());
        }
        out.println();
        AnalysisText.print(out, analysis);
        out.println();
        out.println("Key events (UTC)  " + loaded.timeline().hiddenSummary());
        for (Row r : loaded.timeline().keyRows()) {
            out.printf("  %s  %-16s %-18s %s%n", Text.utc(r.event().time()), r.event().kind().id(),
                    Text.cut(r.event().actor(), 18), Text.cut(Text.oneLine(r.event()), 110));
        }
    }
}
