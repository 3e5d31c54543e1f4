package dev.pmw.ui.shell;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/// Finds the bundled sample incident: `-Dpmw.samples=DIR`, then `samples/` in the working folder
/// (`./mvnw javafx:run`), then next to the jar or inside the packaged app image.
public final class SampleIncident {
    public static final String NAME = "payment-service-outage";

    private SampleIncident() {
    }

    public static Optional<Path> find() {
        List<Path> candidates = new ArrayList<>();
        String prop = System.getProperty("pmw.samples");
        if (prop != null) {
            candidates.add(Path.of(prop));
        }
        candidates.add(Path.of("samples"));
        try {
            Path code = Path.of(SampleIncident.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path dir = Files.isDirectory(code) ? code : code.getParent();
            for (Path p = dir; p != null && candidates.size() < 8; p = p.getParent()) {
                candidates.add(p.resolve("samples"));
            }
        } catch (Exception e) {
            // no code source (unusual class loader): the other candidates remain
        }
        return candidates.stream().map(p -> p.resolve(NAME)).filter(Files::isDirectory)
                .map(p -> p.toAbsolutePath().normalize()).findFirst();
    }
}
