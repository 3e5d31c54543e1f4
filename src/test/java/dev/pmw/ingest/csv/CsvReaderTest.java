package dev.pmw.ingest.csv;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CsvReaderTest {

    private static List<CsvReader.Row> read(String text, char d) throws IOException {
        return read(text, d, 1_000);
    }

    private static List<CsvReader.Row> read(String text, char d, int maxCell) throws IOException {
        List<CsvReader.Row> rows = new ArrayList<>();
        try (CsvReader r = new CsvReader(new StringReader(text), d, maxCell)) {
            CsvReader.Row row;
            while ((row = r.next()) != null) {
                rows.add(row);
            }
        }
        return rows;
    }

    @Test
    void quotedCellsKeepDelimitersQuotesAndLineBreaksAndTheNextRowKnowsItsLine() throws IOException {
        List<CsvReader.Row> rows = read("a,b\r\n\"x, \"\"y\"\"\",\"two\r\nlines\"\r\n\r\nlast,row\r\n", ',');
        assertEquals(3, rows.size());
        assertEquals(List.of("x, \"y\"", "two\r\nlines"), rows.get(1).fields());
        assertEquals(2, rows.get(1).line());
        assertEquals(5, rows.get(2).line(), "after a quoted line break and a blank line");
        assertNull(rows.get(2).problem());
    }

    @Test
    void formulasAndStrayQuotesAreText() throws IOException {
        List<CsvReader.Row> rows = read("=1+1;say \"hi\";@cmd\n", ';');
        assertEquals(List.of("=1+1", "say \"hi\"", "@cmd"), rows.getFirst().fields());
    }

    @Test
    void anUnclosedQuoteAndAnOverlongCellAreReportedNotFatal() throws IOException {
        List<CsvReader.Row> open = read("a,\"never closed\nb,c\n", ',');
        assertEquals(1, open.size());
        assertTrue(open.getFirst().problem().contains("never closed"));
        List<CsvReader.Row> longCell = read("x".repeat(50) + ",ok\nnext,row\n", ',', 10);
        assertEquals("x".repeat(10), longCell.getFirst().get(0));
        assertTrue(longCell.getFirst().problem().contains("longer than 10"));
        assertEquals("next", longCell.get(1).get(0));
    }

    @Test
    void delimiterIsSniffedFromConsistentFieldCounts() {
        assertEquals(';', Delimiters.sniff(List.of("Zeit;Ereignis;Wert", "21.01.2026 15:41:07;Alarm;4,2", "21.01.2026 16:06:00;OK;0,3")));
        assertEquals('\t', Delimiters.sniff(List.of("time\tmessage", "2026-01-21T14:46:03Z\ta, b, c")));
        assertEquals(',', Delimiters.sniff(List.of("Date,Host,Service,Message", "2026,h,s,\"a; b\"")));
        assertEquals(0, Delimiters.sniff(List.of("just a line of text")));
    }
}
