package dev.pmw.ingest;

import dev.pmw.model.Diagnostic;
import dev.pmw.work.CancelledException;
import dev.pmw.work.Work;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Stream;

/// Turns dropped paths into parsed sources: expands folders and ZIPs, detects each format from
/// content, and parses the sources concurrently. A bad file never stops the others.
public final class Importer {
    private static final int MAX_DEPTH = 6;

    private final List<SourceParser> parsers;
    private final FormatDetector detector;

    public Importer() {
        this(Parsers.all());
    }

    public Importer(List<SourceParser> parsers) {
        this.parsers = List.copyOf(parsers);
        this.detector = new FormatDetector(parsers);
    }

    /// Expands `paths` (files, folders, ZIPs) into sources with their detected formats.
    /// `display` maps a path to the text shown for it (e.g. as typed on the command line).
    public List<Discovered> discover(List<Path> paths, Work work) {
        List<Discovered> out = new ArrayList<>();
        for (Path p : paths) {
            work.check();
            expand(p, p.toString(), false, 0, out, work);
        }
        return out;
    }

    private void expand(Path p, String display, boolean nested, int depth, List<Discovered> out, Work work) {
        work.check();
        try {
            if (Files.isDirectory(p)) {
                InputTree tree = Trees.folder(p, display);
                FormatDetector.Detection d = detector.detectTree(tree);
                if (d.found()) {
                    out.add(new Discovered(display, new Source.Tree(tree), d.parser(), d.confidence(), nested, null, null));
                    return;
                }
                if (depth >= MAX_DEPTH) {
                    return;
                }
                List<Path> children;
                try (Stream<Path> s = Files.list(p)) {
                    children = s.filter(c -> !c.getFileName().toString().startsWith(".")).sorted().toList();
                }
                for (Path c : children) {
                    expand(c, display + "/" + c.getFileName(), true, depth + 1, out, work);
                }
                return;
            }
            if (!Files.exists(p)) {
                out.add(problem(display, nested, "no such file or folder"));
                return;
            }
            if (!Files.isReadable(p)) {
                out.add(problem(display, nested, "cannot be read (permission denied)"));
                return;
            }
            if (Trees.isZip(p)) {
                expandZip(p, display, nested, out, work);
                return;
            }
            out.add(discoverSingle(Inputs.file(p, display), nested, List.of()));
        } catch (IOException e) {
            out.add(problem(display, nested, message(e)));
        }
    }

    private void expandZip(Path p, String display, boolean nested, List<Discovered> out, Work work) throws IOException {
        List<String> unsafe = new ArrayList<>();
        InputTree tree = Trees.zip(p, display, unsafe);
        List<Diagnostic> notes = unsafe.stream()
                .map(u -> Diagnostic.warning(display, 0, "skipped ZIP entry with an unsafe path", u)).toList();
        FormatDetector.Detection d = detector.detectTree(tree);
        if (d.found()) {
            out.add(new Discovered(display, new Source.Tree(tree), d.parser(), d.confidence(), nested, null, notes));
            return;
        }
        int before = out.size();
        for (String entry : tree.entries()) {
            work.check();
            try {
                out.add(discoverSingle(tree.entry(entry), true, out.size() == before ? notes : List.of()));
            } catch (IOException e) {
                out.add(problem(display + " › " + entry, true, message(e)));
            }
        }
        if (out.size() == before) {
            out.add(new Discovered(display, null, null, 0, nested, "the ZIP archive holds no readable files", notes));
        }
    }

    /// Detects the format of one input.
    public Discovered discoverSingle(Input input, boolean nested, List<Diagnostic> notes) {
        Sniff sniff;
        try {
            sniff = Inputs.sniff(input);
        } catch (IOException e) {
            return new Discovered(input.path(), null, null, 0, nested, message(e), notes);
        }
        Source.Single src = new Source.Single(input, sniff);
        if (sniff.isEmpty()) {
            return new Discovered(input.path(), src, null, 0, nested, "the file is empty", notes);
        }
        FormatDetector.Detection d = detector.detect(sniff);
        if (!d.found()) {
            String first = sniff.lines(1).stream().findFirst().orElse("");
            return new Discovered(input.path(), src, null, 0, nested,
                    "not a format we recognise (first line: " + Diagnostic.excerpt(first) + ")", notes);
        }
        return new Discovered(input.path(), src, d.parser(), d.confidence(), nested, null, notes);
    }

    /// Parses one discovered source. Never throws except for cancellation.
    public ParseResult parse(Discovered d, ParseOptions options, Work work) {
        SourceParser parser = d.parser();
        if (options.formatOverride() != null) {
            parser = parsers.stream().filter(p -> p.format().equals(options.formatOverride())).findFirst().orElse(parser);
        }
        if (d.source() == null || parser == null) {
            String why = d.problem() != null ? d.problem() : "format not recognised";
            ParseResult r = d.nested() ? ParseResult.skipped(d.path(), "skipped: " + why)
                    : ParseResult.failed(d.path(), "unknown", why);
            return withNotes(r, d.notes());
        }
        try {
            return withNotes(parser.parse(d.source(), options, work), d.notes());
        } catch (CancelledException e) {
            throw e;
        } catch (IOException e) {
            return withNotes(ParseResult.failed(d.path(), parser.format(), message(e)), d.notes());
        } catch (StackOverflowError e) {
            return withNotes(ParseResult.failed(d.path(), parser.format(), "nesting too deep to read"), d.notes());
        } catch (OutOfMemoryError e) {
            return withNotes(ParseResult.failed(d.path(), parser.format(),
                    "too large to load in the memory available (" + (Runtime.getRuntime().maxMemory() >> 20) + " MiB)"),
                    d.notes());
        } catch (RuntimeException e) {
            return withNotes(ParseResult.failed(d.path(), parser.format(),
                    "could not be read: " + e.getClass().getSimpleName()
                            + (e.getMessage() == null ? "" : " — " + Diagnostic.excerpt(e.getMessage()))), d.notes());
        }
    }

    /// Parses all sources, a few at a time, each with the options `optionsFor` gives it. Progress
    /// is weighted by size; results keep the order of `sources`.
    public List<ParseResult> parseAll(List<Discovered> sources, Function<Discovered, ParseOptions> optionsFor, Work work) {
        if (sources.isEmpty()) {
            return List.of();
        }
        long[] weights = sources.stream().mapToLong(Importer::weight).toArray();
        long total = Math.max(1, java.util.Arrays.stream(weights).sum());
        AtomicLong done = new AtomicLong();
        int threads = Math.max(1, Math.min(sources.size(), Runtime.getRuntime().availableProcessors()));
        if (threads == 1) {
            List<ParseResult> out = new ArrayList<>();
            for (int i = 0; i < sources.size(); i++) {
                out.add(parseWeighted(sources.get(i), optionsFor, work, weights[i], total, done));
            }
            return out;
        }
        try (ExecutorService pool = Executors.newFixedThreadPool(threads, Thread.ofPlatform().daemon().name("ingest-", 0).factory())) {
            List<Future<ParseResult>> futures = new ArrayList<>();
            for (int i = 0; i < sources.size(); i++) {
                Discovered d = sources.get(i);
                long w = weights[i];
                futures.add(pool.submit(() -> parseWeighted(d, optionsFor, work, w, total, done)));
            }
            List<ParseResult> out = new ArrayList<>();
            for (Future<ParseResult> f : futures) {
                try {
                    out.add(f.get());
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof CancelledException c) {
                        futures.forEach(x -> x.cancel(true));
                        throw c;
                    }
                    throw new IllegalStateException(e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    futures.forEach(x -> x.cancel(true));
                    throw new CancelledException();
                }
            }
            return out;
        }
    }

    private ParseResult parseWeighted(Discovered d, Function<Discovered, ParseOptions> optionsFor, Work work, long w,
                                      long total, AtomicLong done) {
        work.check();
        double from = (double) done.get() / total;
        Work slice = work.slice(from, (double) w / total);
        ParseResult r = parse(d, optionsFor.apply(d), slice);
        long now = done.addAndGet(w);
        work.progress().update((double) now / total, "read " + dev.pmw.model.SourceRef.fileName(d.path()));
        return r;
    }

    private static long weight(Discovered d) {
        if (d.source() instanceof Source.Single s) {
            return Math.max(4096, s.input().size());
        }
        return 1 << 20;
    }

    private static ParseResult withNotes(ParseResult r, List<Diagnostic> notes) {
        if (notes.isEmpty()) {
            return r;
        }
        List<Diagnostic> all = new ArrayList<>(notes);
        all.addAll(r.diagnostics());
        return new ParseResult(r.info(), r.events(), r.logs(), r.series(), all, r.diagnosticsDropped());
    }

    private static Discovered problem(String display, boolean nested, String why) {
        return new Discovered(display, null, null, 0, nested, why, null);
    }

    static String message(IOException e) {
        if (e instanceof IngestException) {
            return e.getMessage();
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
