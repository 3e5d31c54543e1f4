package dev.pmw.ingest.logs;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/// `docker compose logs`: `service-1  | text`. Compose adds no time of its own (unless run with
/// `-t`, which puts an RFC 3339 time first); a time inside the text (Redis' `25 Apr 2024
/// 05:32:35.018`) is used when there is one, read in the assumed zone.
final class ComposeLines implements TextLineHandler {
    private static final Pattern EMBEDDED_ISO = Pattern.compile("^(" + TextShape.RFC3339 + ") ");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\\d{4}) (\\d\\d:\\d\\d:\\d\\d(?:\\.\\d{1,9})?)\\b");
    private static final java.util.List<String> MONTHS = java.util.List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun",
            "Jul", "Aug", "Sep", "Oct", "Nov", "Dec");
    private final LogSink sink;
    private final Rec rec = new Rec();

    ComposeLines(LogSink sink) {
        this.sink = sink;
    }

    @Override
    public void line(String text, long line, long offset) {
        Matcher m = TextShape.COMPOSE.matcher(text);
        if (!m.matches()) {
            sink.continuation(line, text);
            return;
        }
        String service = m.group(1).replaceFirst("-\\d+$", "");
        String content = m.group(2);
        rec.reset();
        Matcher iso = EMBEDDED_ISO.matcher(content);
        Matcher dmy = DAY_MONTH_YEAR.matcher(content);
        if (iso.find()) {
            TextLineHandler.time(rec, iso.group(1), sink.options().zone());
            content = content.substring(iso.end());
        } else if (dmy.find() && dmy.start() < 24) {
            String t = String.format("%s-%02d-%02dT%s", dmy.group(3), MONTHS.indexOf(dmy.group(2)) + 1,
                    Integer.parseInt(dmy.group(1)), dmy.group(4));
            TextLineHandler.time(rec, t, sink.options().zone());
        }
        rec.setMessage(content, 0);
        rec.level = Levels.guess(Ansi.clean(content));
        rec.service = service;
        sink.add(rec, line, offset);
    }
}
