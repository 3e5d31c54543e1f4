package dev.pmw.ingest;

/// How an input's bytes were turned into the UTF-8 text parsers see.
public enum Encoding {
    UTF8("UTF-8"),
    UTF8_BOM("UTF-8 with BOM"),
    UTF16LE("UTF-16LE"),
    UTF16BE("UTF-16BE"),
    WINDOWS_1252("Windows-1252 (not valid UTF-8)");

    private final String label;

    Encoding(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /// Whether the text handed to parsers differs byte-for-byte from the (decompressed) file, in
    /// which case byte offsets refer to the converted text.
    public boolean transcoded() {
        return this == UTF16LE || this == UTF16BE || this == WINDOWS_1252;
    }
}
