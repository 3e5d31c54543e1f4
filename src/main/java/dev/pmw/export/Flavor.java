package dev.pmw.export;

import java.util.Locale;

/// Where exported Markdown goes, and so which dialect it is written in.
///
/// - `gfm`: GitHub-flavoured Markdown for a git repository: pipe tables, footnote citations
///   (`[^e-…]`) resolving to the evidence appendix.
/// - `notion`: Markdown that Notion's importer turns into blocks: headings up to level 3, pipe tables,
///   no footnote syntax (Notion has none; `[^1]` would stay literal text), no raw HTML, no images;
///   citations are numbered references (`[1]`) to a numbered evidence list.
/// - `confluence`: Markdown for Confluence's Markdown import and paste conversion, which drop
///   footnotes, raw HTML and images: numbered references, tables with outer pipes and a header row.
public enum Flavor {
    GFM, NOTION, CONFLUENCE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Flavor fromId(String id) {
        return switch (id.trim().toLowerCase(Locale.ROOT)) {
            case "gfm", "github", "markdown", "md" -> GFM;
            case "notion" -> NOTION;
            case "confluence" -> CONFLUENCE;
            default -> throw new IllegalArgumentException("unknown flavor: " + id + " (gfm, notion or confluence)");
        };
    }

    /// True when citations are footnotes; otherwise they are numbered references.
    public boolean footnotes() {
        return this == GFM;
    }
}
