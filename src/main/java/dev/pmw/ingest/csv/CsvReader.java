package dev.pmw.ingest.csv;

import dev.pmw.ingest.Limits;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/// RFC 4180 records from text: quoted fields with doubled quotes, delimiters and line breaks inside
/// quotes, CRLF or LF. Lenient the way spreadsheet exports need (a stray quote inside an unquoted
/// field is text). Cells are data: nothing is trimmed, unescaped or evaluated beyond the quoting, so
/// `=HYPERLINK(…)` stays that text. Blank lines are skipped.
public final class CsvReader implements Closeable {

    /// One record.
    ///
    /// @param fields  the cells
    /// @param line    1-based line where the record starts (a record with quoted line breaks spans
    ///                several lines)
    /// @param problem why the record is suspect (unterminated quote, cell too long), or null
    public record Row(List<String> fields, long line, String problem) {
        public String get(int i) {
            return i >= 0 && i < fields.size() ? fields.get(i) : "";
        }

        public int size() {
            return fields.size();
        }

        /// The record as one line of text, for diagnostics.
        public String excerpt() {
            return String.join(" | ", fields);
        }
    }

    private final Reader in;
    private final char delimiter;
    private final int maxCell;
    private final char[] buf = new char[1 << 16];
    private int pos;
    private int len;
    private long line = 1;
    private int pushback = -1;

    public CsvReader(Reader in, char delimiter) {
        this(in, delimiter, Limits.MAX_LINE_BYTES);
    }

    CsvReader(Reader in, char delimiter, int maxCell) {
        this.in = in;
        this.delimiter = delimiter;
        this.maxCell = maxCell;
    }

    /// The next non-blank record, or null at the end of the input.
    public Row next() throws IOException {
        while (true) {
            int c = read();
            if (c < 0) {
                return null;
            }
            if (c == '\n') {
                line++;
                continue;
            }
            if (c == '\r') {
                continue;
            }
            pushback = c;
            return record();
        }
    }

    private Row record() throws IOException {
        long start = line;
        List<String> fields = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        String problem = null;
        boolean quoted = false;
        boolean wasQuoted = false;
        while (true) {
            int c = read();
            if (c < 0) {
                if (quoted) {
                    problem = "a quoted cell is never closed (opened on line " + start + " or later)";
                }
                fields.add(cell.toString());
                return new Row(fields, start, problem);
            }
            if (quoted) {
                if (c == '"') {
                    int d = read();
                    if (d == '"') {
                        problem = append(cell, '"', problem);
                    } else {
                        quoted = false;
                        pushback = d;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    problem = append(cell, (char) c, problem);
                }
                continue;
            }
            if (c == delimiter) {
                fields.add(cell.toString());
                cell.setLength(0);
                wasQuoted = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r') {
                    int d = read();
                    if (d != '\n') {
                        pushback = d;
                    }
                }
                line++;
                fields.add(cell.toString());
                return new Row(fields, start, problem);
            } else if (c == '"' && cell.isEmpty() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else {
                problem = append(cell, (char) c, problem);
            }
        }
    }

    private String append(StringBuilder cell, char c, String problem) {
        if (cell.length() < maxCell) {
            cell.append(c);
            return problem;
        }
        return problem != null ? problem : "a cell is longer than " + maxCell + " characters; the rest was dropped";
    }

    private int read() throws IOException {
        if (pushback >= 0) {
            int c = pushback;
            pushback = -1;
            return c;
        }
        if (pos == len) {
            len = in.read(buf, 0, buf.length);
            pos = 0;
            if (len <= 0) {
                len = 0;
                return -1;
            }
        }
        return buf[pos++];
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
