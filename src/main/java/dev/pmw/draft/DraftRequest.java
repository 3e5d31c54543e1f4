package dev.pmw.draft;

/// A request to draft one section.
///
/// @param context  analysis, timeline, today
/// @param section  the template slot to fill
/// @param document the document as it stands (other sections may inform this one), or null
public record DraftRequest(DraftContext context, SectionSpec section, PostmortemDocument document) {
    public DraftRequest {
        if (context == null || section == null) {
            throw new IllegalArgumentException("a draft request needs a context and a section");
        }
    }
}
