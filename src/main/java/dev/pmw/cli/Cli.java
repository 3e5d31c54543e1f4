package dev.pmw.cli;

import picocli.CommandLine;

import java.io.PrintWriter;

/// The `pmw` command line. Exit codes: 0 success, 1 no input could be read, 2 bad usage.
public final class Cli {
    private Cli() {
    }

    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = commandLine();
        cl.setOut(out);
        cl.setErr(err);
        return cl.execute(args);
    }

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new PmwCommand());
        cl.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            cmd.getErr().println("pmw: " + (ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage()));
            return 1;
        });
        return cl;
    }
}
