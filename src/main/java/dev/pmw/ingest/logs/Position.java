package dev.pmw.ingest.logs;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.base.ParserBase;

/// Where the parser's current token is in the file: 1-based line and byte offset. A parser may
/// cover only part of the file (a block of lines), so each reader supplies its own origin.
/// Reads Jackson's token counters directly: no location object per record.
final class Position {
    private long lineBase = 1;
    private long offsetBase;
    /// The bytes the parser reads when they are in memory (a block of lines), else null.
    private byte[] block;
    private int blockStart;

    /// The parser's line 1 / byte 0 are line `line` / byte `offset` of the file; `block` (may be
    /// null) holds the parsed bytes from index `blockStart` on.
    void origin(long line, long offset, byte[] block, int blockStart) {
        this.lineBase = line;
        this.offsetBase = offset;
        this.block = block;
        this.blockStart = blockStart;
    }

    long line(JsonParser p) {
        if (p instanceof ParserBase pb) {
            return lineBase + pb.getTokenLineNr() - 1;
        }
        return lineBase + p.currentTokenLocation().getLineNr() - 1;
    }

    /// Byte offset of the current token in the file.
    long offset(JsonParser p) {
        return offsetBase + relative(p);
    }

    private static long relative(JsonParser p) {
        if (p instanceof ParserBase pb) {
            return pb.getTokenCharacterOffset() - 1; // Jackson counts the token's first byte as consumed
        }
        return p.currentTokenLocation().getByteOffset();
    }

    /// The raw text of the record that started at file offset `recordOffset` and ends at the current
    /// token, when the bytes are in memory; else null.
    String raw(JsonParser p, long recordOffset) {
        if (block == null) {
            return null;
        }
        int from = blockStart + (int) (recordOffset - offsetBase);
        int to = blockStart + (int) relative(p) + 1;
        if (from < 0 || to > block.length || from >= to) {
            return null;
        }
        return new String(block, from, Math.min(to - from, 2000), java.nio.charset.StandardCharsets.UTF_8);
    }
}
