package dev.pmw.draft.privacy;

/// A placeholder's position in a text, for highlighting it in the payload preview.
///
/// @param start       first character
/// @param end         one past the last character
/// @param category    what the hidden value is
/// @param placeholder the placeholder text (`<EMAIL_1>`)
public record Highlight(int start, int end, Category category, String placeholder) {
}
