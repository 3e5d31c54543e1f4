package dev.pmw.ingest.csv;

import dev.pmw.ingest.Sniff;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/// A sniffed head read as CSV: the delimiter, the header and the first records. Every CSV-shaped
/// format (Datadog Log Explorer, PagerDuty, the alert timeline, generic CSV) detects from this.
///
/// @param delimiter the guessed delimiter
/// @param header    the first record as a header
/// @param rows      the records after the header in the head (at most 50)
public record CsvSniff(char delimiter, CsvHeader header, List<CsvReader.Row> rows) {
    private static final int SAMPLE = 50;

    /// The head as CSV, or null when it is JSON, has no delimiter, or has no data row.
    public static CsvSniff of(Sniff sniff) {
        char first = sniff.firstChar();
        if (first == '{' || first == '[' || first == '<' || first == 0) {
            return null;
        }
        List<String> lines = sniff.lines(SAMPLE);
        char d = Delimiters.sniff(lines);
        if (d == 0) {
            return null;
        }
        String text = sniff.text();
        if (!sniff.complete()) {
            int nl = text.lastIndexOf('\n');
            text = nl > 0 ? text.substring(0, nl) : text;
        }
        List<CsvReader.Row> rows = new ArrayList<>();
        try (CsvReader r = new CsvReader(new StringReader(text), d)) {
            CsvReader.Row row;
            while (rows.size() <= SAMPLE && (row = r.next()) != null) {
                rows.add(row);
            }
        } catch (IOException e) {
            return null;
        }
        if (rows.size() < 2) {
            return null;
        }
        return new CsvSniff(d, new CsvHeader(rows.getFirst().fields()), List.copyOf(rows.subList(1, rows.size())));
    }

    /// Whether the first record reads as column names: at least two, short, none empty, none a
    /// number or a timestamp (a log line or headerless data fails this).
    public boolean headerLooksNamed() {
        int named = 0;
        for (int i = 0; i < header.size(); i++) {
            String n = header.name(i);
            if (n.isEmpty()) {
                continue;
            }
            if (n.length() > 80 || header.key(i).isEmpty() || Character.isDigit(n.charAt(0))
                    || FlexibleTimes.looksLikeTime(n)) {
                return false;
            }
            named++;
        }
        return named >= 2 && named >= header.size() - 1;
    }

    /// Share of sampled records with as many cells as the header (0..1).
    public double consistency() {
        if (rows.isEmpty()) {
            return 0;
        }
        int same = 0;
        for (CsvReader.Row r : rows) {
            if (r.size() == header.size()) {
                same++;
            }
        }
        return (double) same / rows.size();
    }

    /// The sampled values of column `i`.
    public List<String> column(int i) {
        List<String> out = new ArrayList<>(rows.size());
        for (CsvReader.Row r : rows) {
            out.add(r.get(i));
        }
        return out;
    }
}
