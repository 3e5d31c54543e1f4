package dev.pmw.ingest.vendor;

import dev.pmw.ingest.FormatDetector;
import dev.pmw.ingest.Input;
import dev.pmw.ingest.Inputs;
import dev.pmw.ingest.ParseOptions;
import dev.pmw.ingest.ParseResult;
import dev.pmw.ingest.Parsers;
import dev.pmw.ingest.Sniff;
import dev.pmw.ingest.Source;
import dev.pmw.ingest.SourceParser;
import dev.pmw.model.Diagnostic;
import dev.pmw.model.Event;
import dev.pmw.work.Work;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/// Test helpers for the alerting and change parsers: resources, detection through the real
/// registry, parsing, finding events.
public final class Fixtures {
    /// Zone a user far from UTC might have: makes "assumed zone" mistakes visible.
    public static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

    private Fixtures() {
    }

    public static Path resource(String path) {
        URL url = Fixtures.class.getClassLoader().getResource(path);
        assertNotNull(url, "test resource " + path);
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Source.Single source(Path file) {
        Input in = Inputs.file(file);
        try {
            return new Source.Single(in, Inputs.sniff(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path write(Path dir, String name, String content) {
        try {
            Path p = dir.resolve(name);
            Files.writeString(p, content, StandardCharsets.UTF_8);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /// Asserts that the registry detects `file` as `format`, and that no other parser rates it as
    /// highly. Returns the winning confidence.
    public static int assertDetected(Path file, String format) {
        Sniff sniff = source(file).sniff();
        FormatDetector.Detection d = new FormatDetector(Parsers.all()).detect(sniff);
        assertTrue(d.found(), file.getFileName() + " was not recognised");
        assertEquals(format, d.parser().format(), "format of " + file.getFileName());
        for (SourceParser p : Parsers.all()) {
            if (!p.format().equals(format)) {
                int other = p.detect(sniff);
                assertTrue(other < d.confidence(), p.format() + " also claims " + file.getFileName() + " (" + other
                        + " vs " + d.confidence() + ")");
            }
        }
        return d.confidence();
    }

    public static ParseResult parse(SourceParser parser, Path file) {
        return parse(parser, file, ParseOptions.defaults().withZone(MADRID));
    }

    public static ParseResult parse(SourceParser parser, Path file, ParseOptions options) {
        try {
            return parser.parse(source(file), options, Work.NONE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Event only(ParseResult r, Predicate<Event> p) {
        List<Event> found = r.events().stream().filter(p).toList();
        assertEquals(1, found.size(), "events matching: " + found);
        return found.getFirst();
    }

    public static Event byText(ParseResult r, String textPart) {
        return only(r, e -> e.text().contains(textPart));
    }

    public static List<Diagnostic> warnings(ParseResult r) {
        return r.diagnostics().stream().filter(d -> d.severity() != Diagnostic.Severity.INFO).toList();
    }

    public static List<Diagnostic> infos(ParseResult r) {
        return r.diagnostics().stream().filter(d -> d.severity() == Diagnostic.Severity.INFO).toList();
    }
}
