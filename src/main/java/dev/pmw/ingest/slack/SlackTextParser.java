package dev.pmw.ingest.slack;

import dev.pmw.ingest.Diagnostics;
import dev.pmw.ingest.ParseOptions;
import dev.pmw.ingest.ParseResult;
import dev.pmw.ingest.Sniff;
import dev.pmw.ingest.Source;
import dev.pmw.ingest.SourceInfo;
import dev.pmw.ingest.SourceParser;
import dev.pmw.model.Event;
import dev.pmw.model.SourceRef;
import dev.pmw.work.Work;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/// Text copied from the Slack desktop client (formats.md §1.8): names, clock times, day separators
/// and message lines, no zone and often no year. Best effort: every time is read in the chosen zone
/// and flagged, dates without a year are flagged, and detection stays shy so that logs, CSV and JSON
/// never land here.
public final class SlackTextParser implements SourceParser {
    public static final String FORMAT = "slack-text";
    /// Low on purpose: any structured format that also matches should win.
    static final int CONFIDENCE = 30;
    private static final int SNIFF_LINES = 400;
    private static final int MAX_LINE_CHARS = 64 * 1024;
    private static final int MAX_LINES = 1_000_000;

    @Override
    public String format() {
        return FORMAT;
    }

    /// Two or more pairs of a short name-like line followed by a bare clock line.
    @Override
    public int detect(Sniff sniff) {
        char c = sniff.firstChar();
        if (c == '{' || c == '[' || c == '<') {
            return 0;
        }
        List<String> lines = sniff.lines(SNIFF_LINES);
        int pairs = 0;
        for (int i = 0; i + 1 < lines.size(); i++) {
            String name = lines.get(i).strip();
            if (ClientText.SNIFF_TIME.matcher(lines.get(i + 1).strip()).matches()
                    && ClientText.plausibleName(ClientText.withoutAppBadge(name))) {
                pairs++;
                i++;
            }
        }
        return pairs >= 2 ? CONFIDENCE : 0;
    }

    @Override
    public ParseResult parse(Source source, ParseOptions options, Work work) throws IOException {
        if (!(source instanceof Source.Single single)) {
            return ParseResult.failed(source.path(), FORMAT, "copied Slack text is a single text file");
        }
        Diagnostics diags = new Diagnostics(source.path());
        List<String> lines;
        try (Reader r = new InputStreamReader(single.openText(), StandardCharsets.UTF_8)) {
            lines = readLines(r, diags, work);
        }
        LocalDate reference = options.referenceDate() != null ? options.referenceDate() : LocalDate.now(options.zone());
        CopiedThread.Parsed parsed = CopiedThread.parse(lines, reference);
        work.progress().update(1, SourceRef.fileName(source.path()) + ": " + parsed.drafts().size() + " messages");
        List<Event> events = CopiedThreadEvents.build(parsed, options, reference, source.path(),
                source.name(), diags);
        if (events.isEmpty()) {
            diags.warn(0, "no messages found (expected a name line followed by a time line such as 10:42 AM)", "");
        }
        Map<String, Integer> parts = Map.of(parsed.channel() != null ? parsed.channel()
                : SourceRef.fileName(source.path()), events.size());
        SourceInfo info = new SourceInfo(source.path(), FORMAT, "", options.zone().getId(), !options.zoneExplicit(),
                single.sniff().encoding(), events.size(), parts);
        return new ParseResult(info, events, null, List.of(), diags.list(), diags.dropped());
    }

    /// Lines with hostile lengths cut (a copied conversation has short lines).
    private static List<String> readLines(Reader reader, Diagnostics diags, Work work) throws IOException {
        List<String> out = new ArrayList<>();
        BufferedReader r = new BufferedReader(reader, 1 << 16);
        StringBuilder sb = new StringBuilder();
        boolean cut = false;
        int c;
        while ((c = r.read()) >= 0) {
            if (c == '\n') {
                out.add(end(sb));
                sb.setLength(0);
                cut = false;
                if (out.size() >= MAX_LINES) {
                    diags.warn(out.size(), "more than " + MAX_LINES + " lines; the rest was not read", "");
                    return out;
                }
                if ((out.size() & 4095) == 0) {
                    work.check();
                }
            } else if (sb.length() < MAX_LINE_CHARS) {
                sb.append((char) c);
            } else if (!cut) {
                cut = true;
                diags.warn(out.size() + 1, "line longer than " + MAX_LINE_CHARS + " characters was cut", sb.toString());
            }
        }
        if (!sb.isEmpty()) {
            out.add(end(sb));
        }
        return out;
    }

    private static String end(StringBuilder sb) {
        int n = sb.length();
        return n > 0 && sb.charAt(n - 1) == '\r' ? sb.substring(0, n - 1) : sb.toString();
    }
}
