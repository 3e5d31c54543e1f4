package dev.pmw.ingest.slack;

import dev.pmw.ingest.Discovered;
import dev.pmw.ingest.Importer;
import dev.pmw.ingest.ParseOptions;
import dev.pmw.ingest.ParseResult;
import dev.pmw.ingest.Parsers;
import dev.pmw.model.Event;
import dev.pmw.work.Work;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/// Imports paths the way the app does (discovery from content, then parsing).
final class SlackTesting {
    static final Path REALWORLD = Path.of("src/test/resources/realworld/slack-export");
    static final Path ZULIP = Path.of("src/test/resources/realworld/slack-export-zulip-fixtures");

    private SlackTesting() {
    }

    static ParseResult importOne(Path path, String expectedFormat) {
        return importOne(path, expectedFormat, ParseOptions.zone(ZoneOffset.UTC));
    }

    static ParseResult importOne(Path path, String expectedFormat, ParseOptions options) {
        Importer importer = new Importer(Parsers.all());
        List<Discovered> found = importer.discover(List.of(path), Work.NONE);
        assertEquals(1, found.size(), () -> "discovered " + found);
        assertEquals(expectedFormat, found.getFirst().format(), () -> "problem: " + found.getFirst().problem());
        return importer.parse(found.getFirst(), options, Work.NONE);
    }

    static Event only(ParseResult r, Predicate<Event> p) {
        List<Event> matches = r.events().stream().filter(p).toList();
        assertEquals(1, matches.size(), () -> "expected one event, found " + matches);
        return matches.getFirst();
    }

    static Event byTs(ParseResult r, String ts) {
        return only(r, e -> e.source().recordKey().endsWith(":" + ts));
    }

    static void assertNoWarnings(ParseResult r) {
        assertTrue(r.diagnostics().stream().allMatch(d -> d.severity() == dev.pmw.model.Diagnostic.Severity.INFO),
                () -> "unexpected diagnostics " + r.diagnostics());
    }
}
