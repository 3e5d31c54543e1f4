package dev.pmw.cli;

import dev.pmw.analysis.Analysis;
import dev.pmw.analysis.Analyzer;
import dev.pmw.draft.DocumentDrafter;
import dev.pmw.draft.DocumentJson;
import dev.pmw.draft.DraftContext;
import dev.pmw.draft.PostmortemDocument;
import dev.pmw.draft.Templates;
import dev.pmw.draft.offline.EvidenceDrafter;
import dev.pmw.export.ActionItemsCsv;
import dev.pmw.export.ExportOptions;
import dev.pmw.export.ExportResult;
import dev.pmw.export.Exporter;
import dev.pmw.export.Flavor;
import dev.pmw.export.JsonExport;
import dev.pmw.project.Opened;
import dev.pmw.project.ProjectException;
import dev.pmw.project.ProjectStore;
import dev.pmw.project.SourceStatus;
import dev.pmw.timeline.Timeline;
import dev.pmw.work.Work;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;

/// `pmw export PROJECT.pmw -o FILE.md [--flavor gfm|notion|confluence]`: the saved postmortem of a
/// project, with the user's edits; drafted offline from its timeline when it has none yet.
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export a saved project's postmortem as Markdown (and optionally JSON and action-item CSV).")
final class ExportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "PROJECT.pmw", description = "A project saved by the app.")
    Path project;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE.md", description = "Markdown file to write.")
    Path output;

    @Option(names = "--flavor", defaultValue = "gfm", paramLabel = "FLAVOR", description = "gfm (default), notion or confluence.")
    String flavor;

    @Option(names = "--json", paramLabel = "FILE.json", description = "Also write the postmortem as JSON.")
    Path json;

    @Option(names = "--csv", paramLabel = "FILE.csv", description = "Also write the action items as CSV for Jira's importer.")
    Path csv;

    @Option(names = "--include-personal-data",
            description = "Keep e-mail addresses and phone numbers (secrets are always removed).")
    boolean includePersonalData;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Flavor fl;
        try {
            fl = Flavor.fromId(flavor);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        Opened opened;
        try {
            opened = new ProjectStore().open(project, Work.NONE);
        } catch (ProjectException e) {
            err.println("pmw: " + project + ": " + e.userMessage());
            return 1;
        }
        for (SourceStatus s : opened.problems()) {
            err.println("pmw: " + s.file() + ": " + s.note());
        }
        Timeline timeline = opened.project().incident().timeline();
        PostmortemDocument doc;
        if (opened.project().document() != null && !opened.project().document().isNull()) {
            doc = DocumentJson.fromJson(opened.project().document());
        } else {
            Analysis analysis = new Analyzer().analyze(timeline);
            String template = opened.project().settings().template();
            doc = DocumentDrafter.draft(new EvidenceDrafter(), new DraftContext(analysis, timeline, LocalDate.now(ZoneOffset.UTC)),
                    Templates.resolve(template == null ? Templates.STANDARD : template), Work.NONE);
            out.println("The project has no drafted postmortem yet; drafted it offline from the timeline.");
        }
        ExportOptions options = new ExportOptions(includePersonalData);
        ExportResult md = Exporter.export(doc, timeline, fl, options);
        DraftCommand.write(output, md.text());
        StringBuilder wrote = new StringBuilder("Wrote ").append(output);
        if (json != null) {
            DraftCommand.write(json, JsonExport.export(doc, timeline, options).text());
            wrote.append(", ").append(json);
        }
        if (csv != null) {
            DraftCommand.write(csv, ActionItemsCsv.export(doc, ActionItemsCsv.Target.JIRA, options).text());
            wrote.append(", ").append(csv);
        }
        out.println(wrote + " (" + fl.id() + ", " + doc.sections().size() + " sections)");
        md.warnings().forEach(w -> err.println("pmw: warning: " + w));
        out.flush();
        return 0;
    }
}
