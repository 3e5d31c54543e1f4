package dev.pmw.cli;

import picocli.CommandLine.Command;

/// `pmw` — the top-level command; its subcommands do the work.
@Command(name = "pmw", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Postmortem Workbench: turn incident exports into an evidence-linked postmortem.%n"
                + "Run without arguments to open the window.",
        subcommands = {AnalyzeCommand.class, TimelineCommand.class, DraftCommand.class},
        footer = {"", "Exit codes: 0 success, 1 no input could be read, 2 bad usage."})
public final class PmwCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
