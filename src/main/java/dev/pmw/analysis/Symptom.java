package dev.pmw.analysis;

/// A customer-facing symptom reported in chat ("Support has 4 tickets from customers whose card
/// payments failed").
///
/// @param text     the message, shortened
/// @param evidence id of the chat row
/// @param tickets  support tickets the message counts, or null
public record Symptom(String text, String evidence, Integer tickets) {
}
