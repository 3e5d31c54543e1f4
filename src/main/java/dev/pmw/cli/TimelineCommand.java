package dev.pmw.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.pmw.model.Event;
import dev.pmw.timeline.Row;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/// `pmw timeline PATH... [--all] [--format md|csv|json]`: the merged timeline.
@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = "Print the merged timeline: key rows by default, every row with --all.")
final class TimelineCommand implements Callable<Integer> {
    enum Format { md, csv, json }

    @Mixin
    InputOptions input;

    @Option(names = "--all", description = "Every row, including the ones hidden as noise.")
    boolean all;

    @Option(names = "--format", defaultValue = "md", description = "md (default), csv or json.")
    Format format;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Loader.Loaded loaded = Loader.load(input.paths, input.parseOptions(), spec.commandLine().getErr());
        List<Row> rows = all ? loaded.timeline().rows() : loaded.timeline().keyRows();
        switch (format) {
            case json -> json(out, rows);
            case csv -> csv(out, rows);
            case md -> md(out, rows, loaded);
        }
        out.flush();
        return loaded.nothingRead() ? 1 : 0;
    }

    private static void json(PrintWriter out, List<Row> rows) throws java.io.IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeArrayFieldStart("events");
            for (Row r : rows) {
                AnalyzeJson.writeRow(g, r);
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    private static void csv(PrintWriter out, List<Row> rows) {
        out.println("id,time,kind,actor,source,count,relevance,hidden_by,text");
        for (Row r : rows) {
            Event e = r.event();
            out.println(String.join(",", e.id(), e.time().toString(), e.kind().id(), csvCell(e.actor()),
                    csvCell(e.source().location()), Integer.toString(e.count()),
                    String.format(java.util.Locale.ROOT, "%.2f", r.relevance().score()),
                    r.relevance().hiddenBy() == null ? "" : r.relevance().hiddenBy(), csvCell(e.text())));
        }
    }

    private void md(PrintWriter out, List<Row> rows, Loader.Loaded loaded) {
        out.println("| Time (UTC) | Kind | Actor | Event | Source |");
        out.println("|---|---|---|---|---|");
        for (Row r : rows) {
            Event e = r.event();
            out.println("| " + Text.utc(e.time()) + " | " + e.kind().label() + " | " + mdCell(e.actor()) + " | "
                    + mdCell(Text.cut(Text.oneLine(e), 200)) + " | " + mdCell(e.source().location()) + " |");
        }
        if (!all) {
            out.println();
            out.println("_" + loaded.timeline().hiddenSummary() + "_");
        }
    }

    /// Cells that start with = + - @ are prefixed so spreadsheets do not run them as formulas.
    static String csvCell(String s) {
        String v = s.replace("\r", " ").replace("\n", " ");
        if (!v.isEmpty() && "=+-@\t".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"")) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    static String mdCell(String s) {
        return s.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ");
    }
}
