package dev.pmw.ingest.git;

import dev.pmw.ingest.ParseOptions;
import dev.pmw.ingest.ParseResult;
import dev.pmw.ingest.Sniff;
import dev.pmw.ingest.Source;
import dev.pmw.ingest.SourceParser;
import dev.pmw.ingest.time.Timestamps;
import dev.pmw.ingest.vendor.Collector;
import dev.pmw.ingest.vendor.Lines;
import dev.pmw.model.Attr;
import dev.pmw.model.Diagnostic;
import dev.pmw.model.Event;
import dev.pmw.model.EventKind;
import dev.pmw.work.Work;

import java.io.IOException;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/// `git-log`: commits as timeline events (kind `commit`) from the block forms (default, medium,
/// fuller, any `--date=`) and the one-line-per-commit forms with a separator (`%x1f`/`%x1e`, `|`,
/// tab, space with raw dates). The event time is the committer date when the log has one, the actor
/// the author's name, and the text the subject; e-mails never reach the timeline. `--oneline` has no
/// dates at all and is refused with the command that makes a usable log.
public final class GitLogParser implements SourceParser {
    public static final String FORMAT = "git-log";
    /// The log format we ask users for (formats.md §6.1): unit/record separators survive any subject.
    public static final String RECOMMENDED =
            "git log --date=iso-strict --pretty=format:'%H%x1f%aI%x1f%cI%x1f%an%x1f%ae%x1f%s%x1e'";
    static final Pattern ONELINE = Pattern.compile("^[0-9a-f]{7,12} \\S");
    private static final Pattern TAG = Pattern.compile("(?:^|, )tag: ([^,)]+)");
    private static final int BODY_CHARS = 500;
    /// `<someone@example.com>` in trailers such as `Co-authored-by:`; names stay, addresses go.
    private static final Pattern ANGLED_EMAIL = Pattern.compile("\\s*<[^<>\\s]+@[^<>\\s]+>");

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public int detect(Sniff sniff) {
        char c = sniff.firstChar();
        if (c == '{' || c == '[') {
            return 0;
        }
        List<String> lines = records(sniff);
        if (lines.isEmpty()) {
            return 0;
        }
        if (GitBlocks.COMMIT.matcher(lines.getFirst()).matches()) {
            return 95;
        }
        int dated = 0;
        int lettered = 0;
        int oneline = 0;
        for (String l : lines) {
            Commit commit = GitLines.parse(l, 0, ZoneOffset.UTC);
            if (commit != null) {
                dated++;
                if (commit.sha().chars().anyMatch(ch -> ch >= 'a' && ch <= 'f')) {
                    lettered++;
                }
            } else if (ONELINE.matcher(l).find()) {
                oneline++;
            }
        }
        int n = lines.size();
        if (dated >= 0.8 * n && lettered * 2 >= dated) {
            return 90;
        }
        return dated == 0 && oneline >= 0.8 * n ? 60 : 0;
    }

    private static List<String> records(Sniff sniff) {
        String text = sniff.text();
        if (text.indexOf('\u001e') < 0) {
            return sniff.lines(50);
        }
        String[] parts = text.split("\u001e", 51);
        return java.util.Arrays.stream(parts).limit(sniff.complete() ? 50 : Math.max(1, parts.length - 1))
                .map(GitLines::strip).filter(p -> !p.isBlank()).limit(50).toList();
    }

    @Override
    public ParseResult parse(Source source, ParseOptions options, Work work) throws IOException {
        if (!(source instanceof Source.Single single)) {
            return ParseResult.failed(source.path(), FORMAT, "a folder is not a git log");
        }
        Collector out = new Collector(source, FORMAT);
        Map<String, Integer> seen = new HashMap<>();
        String head = single.sniff().text();
        List<String> first = single.sniff().lines(1);
        if (!first.isEmpty() && GitBlocks.COMMIT.matcher(first.getFirst()).matches()) {
            out.dialect("medium");
            try (Lines lines = new Lines(single.openText())) {
                GitBlocks.read(lines, options.zone(), out, work, commit -> add(commit, out, seen));
            }
            if (head.contains("\nCommitDate: ")) {
                out.dialect("fuller");
            }
        } else {
            boolean records = head.indexOf('\u001e') >= 0;
            out.dialect(records ? "separated" : "one line per commit");
            int onelines = 0;
            int rejected = 0;
            try (Lines lines = records ? new Lines(single.openText(), '\u001e') : new Lines(single.openText())) {
                String rec;
                while ((rec = lines.next()) != null) {
                    if (rec.isBlank()) {
                        continue;
                    }
                    if ((lines.number() & 4095) == 0) {
                        work.check();
                    }
                    long line = lines.number() + leadingNewlines(rec);
                    Commit commit = GitLines.parse(rec, line, options.zone());
                    if (commit != null) {
                        add(commit, out, seen);
                    } else {
                        rejected++;
                        if (ONELINE.matcher(GitLines.strip(rec)).find()) {
                            onelines++;
                        } else {
                            out.warn(line, "not a commit line (expected a hash, a date and a subject)", GitLines.strip(rec));
                        }
                    }
                }
            }
            if (out.events().isEmpty() && onelines > 0) {
                out.diags().add(new Diagnostic(source.path(), 0, "git log --oneline has no dates, so its commits "
                        + "cannot be placed on the timeline; use " + RECOMMENDED, "", Diagnostic.Severity.ERROR));
            } else if (onelines > 0) {
                out.warn(0, onelines + " lines have a hash but no date and were skipped", "");
            }
            if (rejected > 0 && out.events().isEmpty() && onelines == 0) {
                out.diags().add(Diagnostic.error(source.path(), "no commit with a readable date; use " + RECOMMENDED));
            }
        }
        return out.result();
    }

    private static int leadingNewlines(String rec) {
        int n = 0;
        for (int i = 0; i < rec.length() && (rec.charAt(i) == '\n' || rec.charAt(i) == '\r'); i++) {
            if (rec.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }

    private static void add(Commit c, Collector out, Map<String, Integer> seen) {
        int n = seen.merge(c.sha(), 1, Integer::sum);
        String key = n == 1 ? c.sha() : c.sha() + "#" + n;
        Timestamps.Parsed t = c.time();
        String body = ANGLED_EMAIL.matcher(c.body()).replaceAll("");
        Event.Builder b = Event.builder(out.id(key), t.instant(), out.ref(c.line(), -1, null, c.sha()), EventKind.COMMIT)
                .timeInfo(t.info())
                .actor(c.author())
                .text(c.subject().isEmpty() ? "(no commit message)" : c.subject())
                .attr(Attr.COMMIT, c.sha())
                .attr(Attr.BODY, body.length() > BODY_CHARS ? body.substring(0, BODY_CHARS) : body);
        if (c.merge()) {
            b.attr(Attr.MERGE, "true");
        }
        if (c.commitDate() != null && c.authorDate() != null
                && !c.commitDate().instant().equals(c.authorDate().instant())) {
            b.attr(Attr.AUTHOR_DATE, c.authorDate().instant().toString());
        }
        Matcher tag = TAG.matcher(c.decorations());
        if (tag.find()) {
            b.attr(Attr.VERSION, tag.group(1).strip());
        }
        out.add(b.build());
    }
}
