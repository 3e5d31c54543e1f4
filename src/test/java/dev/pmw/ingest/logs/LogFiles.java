package dev.pmw.ingest.logs;

import dev.pmw.ingest.Discovered;
import dev.pmw.ingest.Importer;
import dev.pmw.ingest.LogStore;
import dev.pmw.ingest.ParseOptions;
import dev.pmw.ingest.ParseResult;
import dev.pmw.model.Diagnostic;
import dev.pmw.model.Level;
import dev.pmw.work.Work;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/// Test helpers: read files the way the app does (discover + detect + parse through [Importer]).
final class LogFiles {
    static final ParseOptions UTC = new ParseOptions(ZoneId.of("UTC"), false, null, null);
    static final Path REAL = Path.of("src/test/resources/realworld");

    private LogFiles() {
    }

    static ParseResult parse(Path file) {
        return parse(file, UTC);
    }

    static ParseResult parse(Path file, ParseOptions options) {
        List<ParseResult> all = parseAll(file, options);
        assertEquals(1, all.size(), "sources found in " + file);
        return all.getFirst();
    }

    static List<ParseResult> parseAll(Path path, ParseOptions options) {
        Importer imp = new Importer();
        List<Discovered> found = imp.discover(List.of(path), Work.NONE);
        List<ParseResult> out = new ArrayList<>();
        for (Discovered d : found) {
            out.add(imp.parse(d, options, Work.NONE));
        }
        return out;
    }

    static ParseResult real(String relative) {
        return parse(REAL.resolve(relative));
    }

    /// Writes `content` (UTF-8) to `dir/name` and parses it.
    static ParseResult text(Path dir, String name, String content) {
        return text(dir, name, content, UTC);
    }

    static ParseResult text(Path dir, String name, String content, ParseOptions options) {
        try {
            Path f = dir.resolve(name);
            Files.writeString(f, content, StandardCharsets.UTF_8);
            return parse(f, options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<Level, Integer> levels(LogStore s) {
        Map<Level, Integer> m = new EnumMap<>(Level.class);
        for (int i = 0; i < s.size(); i++) {
            m.merge(s.level(i), 1, Integer::sum);
        }
        return m;
    }

    /// Index of the store line with 1-based file line `line` (the first when several share it).
    static int atLine(LogStore s, int line) {
        for (int i = 0; i < s.size(); i++) {
            if (s.line(i) == line) {
                return i;
            }
        }
        fail("no log line from file line " + line);
        return -1;
    }

    static int withMessage(LogStore s, String prefix) {
        for (int i = 0; i < s.size(); i++) {
            if (s.message(i).startsWith(prefix)) {
                return i;
            }
        }
        fail("no log line starting with " + prefix);
        return -1;
    }

    static Instant t(String iso) {
        return Instant.parse(iso);
    }

    static String messages(ParseResult r) {
        StringBuilder sb = new StringBuilder();
        for (Diagnostic d : r.diagnostics()) {
            sb.append(d).append('\n');
        }
        return sb.toString();
    }

    static boolean hasDiagnostic(ParseResult r, long line, String fragment) {
        return r.diagnostics().stream().anyMatch(d -> (line < 0 || d.line() == line) && d.message().contains(fragment));
    }
}
