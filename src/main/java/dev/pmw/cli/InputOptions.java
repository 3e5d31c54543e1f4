package dev.pmw.cli;

import dev.pmw.ingest.ParseOptions;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;

/// The inputs shared by the commands that read exports.
public final class InputOptions {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Export files, folders or ZIP archives.")
    List<Path> paths;

    @Option(names = "--tz", paramLabel = "ZONE",
            description = "Zone for timestamps that carry none (e.g. Europe/Madrid). Default: this machine's zone.")
    String tz;

    ParseOptions parseOptions() {
        if (tz == null) {
            return ParseOptions.defaults();
        }
        try {
            return ParseOptions.zone(ZoneId.of(tz));
        } catch (DateTimeException e) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(new PmwCommand()),
                    "unknown time zone: " + tz + " (use an IANA id such as Europe/Madrid or UTC)");
        }
    }
}
