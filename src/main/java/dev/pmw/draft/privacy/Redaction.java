package dev.pmw.draft.privacy;

import java.util.List;

/// One text after redaction.
///
/// @param text         the text with placeholders, as it will be sent
/// @param replacements what was replaced, in text order
/// @param map          the request's placeholders (shared by all texts of one request)
public record Redaction(String text, List<Replacement> replacements, RedactionMap map) {
    public Redaction {
        replacements = List.copyOf(replacements);
    }

    /// A replaced value.
    ///
    /// @param category      what it was
    /// @param placeholder   what replaced it
    /// @param originalStart its position in the original text
    /// @param originalEnd   one past its end in the original text
    /// @param start         the placeholder's position in [#text()]
    /// @param end           one past the placeholder's end in [#text()]
    public record Replacement(Category category, String placeholder, int originalStart, int originalEnd, int start,
                              int end) {
    }

    public boolean changed() {
        return !replacements.isEmpty();
    }

    @Override
    public String toString() {
        return "Redaction[" + replacements.size() + " replaced]";
    }
}
