package dev.pmw.ingest.git;

import dev.pmw.ingest.time.Timestamps;
import dev.pmw.ingest.vendor.Collector;
import dev.pmw.ingest.vendor.Lines;
import dev.pmw.work.Work;

import java.io.IOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/// Reads the block forms of `git log` (default/medium, `--pretty=fuller`, any `--date=`): a
/// `commit <sha>` line, header lines (`Merge:`, `Author:`, `AuthorDate:`, `Commit:`, `CommitDate:`,
/// `Date:`), a blank line and the message indented by four spaces. `--stat`/`-p` output after the
/// message is skipped.
final class GitBlocks {
    static final Pattern COMMIT = Pattern.compile("^commit ([0-9a-f]{7,64})(?: \\(from [0-9a-f]+\\))?(?: \\((.*)\\))?\\s*$");
    private static final Pattern HEADER = Pattern.compile("^([A-Za-z]+):\\s*(.*)$");
    private static final Pattern PERSON = Pattern.compile("^(.*?)\\s*<[^>]*>\\s*$");

    private GitBlocks() {
    }

    static void read(Lines lines, ZoneId zone, Collector out, Work work, Consumer<Commit> sink) throws IOException {
        Block b = null;
        String line;
        while ((line = lines.next()) != null) {
            if ((lines.number() & 4095) == 0) {
                work.check();
            }
            Matcher m = COMMIT.matcher(line);
            if (m.matches()) {
                emit(b, out, sink);
                b = new Block(m.group(1), m.group(2) == null ? "" : m.group(2), lines.number());
                continue;
            }
            if (b == null) {
                if (!line.isBlank()) {
                    out.warn(lines.number(), "text before the first `commit` line", line);
                }
                continue;
            }
            if (b.inHeader) {
                if (line.isBlank()) {
                    b.inHeader = false;
                    continue;
                }
                Matcher h = HEADER.matcher(line);
                if (h.matches()) {
                    b.header(h.group(1), h.group(2).strip(), zone);
                }
                continue;
            }
            if (line.startsWith("    ")) {
                if (!b.afterMessage) {
                    b.message.add(line.substring(4));
                }
            } else if (!line.isBlank()) {
                b.afterMessage = true; // --stat or patch output
            }
        }
        emit(b, out, sink);
    }

    private static void emit(Block b, Collector out, Consumer<Commit> sink) {
        if (b == null) {
            return;
        }
        if (b.authorDate == null && b.commitDate == null) {
            out.warn(b.line, b.badDate != null ? "the commit date is not readable: " + b.badDate
                    : "the commit has no date line", "commit " + b.sha);
            return;
        }
        int first = 0;
        while (first < b.message.size() && b.message.get(first).isBlank()) {
            first++;
        }
        String subject = first < b.message.size() ? b.message.get(first).strip() : "";
        String body = first + 1 < b.message.size()
                ? String.join("\n", b.message.subList(first + 1, b.message.size())).strip() : "";
        sink.accept(new Commit(b.sha, b.parents, b.author, b.authorDate, b.commitDate, subject, body, b.decorations, b.line));
    }

    private static final class Block {
        final String sha;
        final String decorations;
        final long line;
        List<String> parents = List.of();
        String author = "";
        Timestamps.Parsed authorDate;
        Timestamps.Parsed commitDate;
        String badDate;
        boolean inHeader = true;
        boolean afterMessage;
        final List<String> message = new ArrayList<>();

        Block(String sha, String decorations, long line) {
            this.sha = sha;
            this.decorations = decorations;
            this.line = line;
        }

        void header(String name, String value, ZoneId zone) {
            switch (name) {
                case "Merge" -> parents = List.of(value.split("\\s+"));
                case "Author" -> author = name(value);
                case "Date", "AuthorDate" -> authorDate = date(value, zone);
                case "CommitDate" -> commitDate = date(value, zone);
                default -> {
                    // Commit:, Reflog:, gpg … carry nothing for the timeline
                }
            }
        }

        private Timestamps.Parsed date(String value, ZoneId zone) {
            Timestamps.Parsed p = GitDates.parse(value, zone);
            if (p == null) {
                badDate = value;
            }
            return p;
        }

        /// "Name <mail>" → "Name"; a bare e-mail gives no name (e-mails never reach the text).
        private static String name(String value) {
            Matcher m = PERSON.matcher(value);
            String n = m.matches() ? m.group(1) : value;
            return n.contains("@") && !n.contains(" ") ? "" : n;
        }
    }
}
