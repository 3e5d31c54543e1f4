package dev.pmw.cli;

import dev.pmw.analysis.Analysis;
import dev.pmw.analysis.Analyzer;
import dev.pmw.draft.DocumentDrafter;
import dev.pmw.draft.DraftContext;
import dev.pmw.draft.PostmortemDocument;
import dev.pmw.draft.Template;
import dev.pmw.draft.TemplateProblem;
import dev.pmw.draft.Templates;
import dev.pmw.draft.offline.EvidenceDrafter;
import dev.pmw.export.ActionItemsCsv;
import dev.pmw.export.ExportOptions;
import dev.pmw.export.ExportResult;
import dev.pmw.export.Exporter;
import dev.pmw.export.Flavor;
import dev.pmw.export.JsonExport;
import dev.pmw.work.Work;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

/// `pmw draft PATH... -o FILE.md [--json FILE.json] [--template NAME] [--ai]`: reads the inputs,
/// analyses them and drafts the postmortem offline from the evidence, or with a model (`--ai`).
@Command(name = "draft", mixinStandardHelpOptions = true,
        description = "Draft a postmortem from the evidence (offline, or with an AI model) and write it as Markdown (and JSON).")
final class DraftCommand implements Callable<Integer> {
    @Mixin
    InputOptions input;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE.md", description = "Markdown file to write.")
    Path output;

    @Option(names = "--json", paramLabel = "FILE.json", description = "Also write the postmortem as JSON (the postmortem schema plus evidence ids).")
    Path json;

    @Option(names = "--csv", paramLabel = "FILE.csv", description = "Also write the action items as CSV for Jira's importer.")
    Path csv;

    @Option(names = "--template", defaultValue = Templates.STANDARD, paramLabel = "NAME",
            description = "standard (default), rca, google-sre, or a Markdown template file with {{placeholders}}.")
    String template;

    @Option(names = "--flavor", defaultValue = "gfm", paramLabel = "FLAVOR", description = "gfm (default), notion or confluence.")
    String flavor;

    @Option(names = "--include-personal-data",
            description = "Keep e-mail addresses and phone numbers in the files (secrets are removed regardless).")
    boolean includePersonalData;

    @Option(names = "--ai", description = "Draft the prose with the OpenAI-compatible model from OPENAI_BASE_URL, "
            + "OPENAI_API_KEY and PMW_MODEL (or the app's saved AI settings). Evidence is redacted before it is sent; "
            + "the redaction summary is printed and unsupported claims are marked. Without a key, drafts offline.")
    boolean ai;

    @Option(names = "--redact-name", paramLabel = "NAME", split = ",",
            description = "With --ai: also redact this name (repeat or separate with commas).")
    List<String> redactNames = new ArrayList<>();

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Template tpl = template();
        Flavor fl = flavor();
        for (TemplateProblem p : tpl.problems()) {
            err.println("pmw: template " + tpl.name() + ": " + p);
        }
        Loader.Loaded loaded = Loader.load(input.paths, input.parseOptions(), err);
        if (loaded.nothingRead()) {
            err.println("pmw: no input could be read; nothing drafted");
            return 1;
        }
        Analysis analysis = new Analyzer().analyze(loaded.timeline());
        DraftContext ctx = new DraftContext(analysis, loaded.timeline(), LocalDate.now(ZoneOffset.UTC));
        PostmortemDocument doc;
        int flagged = -1;
        Optional<AiDrafting> aiRun = ai ? AiDrafting.open(redactNames, out, err) : Optional.empty();
        if (aiRun.isPresent()) {
            try (AiDrafting run = aiRun.get()) {
                doc = DocumentDrafter.draft(run.drafter(new EvidenceDrafter()), ctx, tpl, Work.NONE);
                out.println(run.redactionSummary());
                AiDrafting.Marked marked = AiDrafting.markClaims(doc, ctx);
                doc = marked.document();
                flagged = marked.flagged();
            }
        } else {
            doc = DocumentDrafter.draft(new EvidenceDrafter(), ctx, tpl, Work.NONE);
        }
        ExportOptions options = new ExportOptions(includePersonalData);
        Set<String> warnings = new LinkedHashSet<>();
        ExportResult md = Exporter.export(doc, loaded.timeline(), fl, options);
        write(output, md.text());
        warnings.addAll(md.warnings());
        StringBuilder wrote = new StringBuilder("Wrote ").append(output);
        if (json != null) {
            ExportResult j = JsonExport.export(doc, loaded.timeline(), options);
            write(json, j.text());
            warnings.addAll(j.warnings());
            wrote.append(", ").append(json);
        }
        if (csv != null) {
            ExportResult c = ActionItemsCsv.export(doc, ActionItemsCsv.Target.JIRA, options);
            write(csv, c.text());
            wrote.append(", ").append(csv);
        }
        out.println(wrote + " (" + tpl.name() + " template, " + fl.id() + ", " + doc.sections().size() + " sections, "
                + doc.citations().size() + " cited rows, " + doc.actionItems().size() + " action items"
                + (md.redactionCount() > 0 ? ", " + md.redactionCount() + " redactions" : "") + ")");
        if (flagged >= 0) {
            out.println("Claim check: " + (flagged == 0 ? "every sentence of the model's draft is supported"
                    : flagged + (flagged == 1 ? " sentence" : " sentences")
                    + " of the model's draft unsupported or contradicted, marked with ⚠"));
        }
        for (String w : warnings) {
            err.println("pmw: warning: " + w);
        }
        out.flush();
        return 0;
    }

    private Template template() {
        try {
            return Templates.resolve(template);
        } catch (IllegalArgumentException | IOException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private Flavor flavor() {
        try {
            return Flavor.fromId(flavor);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /// Written next to the target first and moved into place, so a failed run leaves no half file.
    private static void write(Path target, String text) throws IOException {
        Path abs = target.toAbsolutePath();
        Path tmp = Files.createTempFile(abs.getParent(), "." + abs.getFileName(), ".tmp");
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
