package dev.pmw.draft;

/// Receives a section's text while it is being written. Drafters that produce text all at once (the
/// offline drafter) deliver it in a single call; streaming ones deliver it piece by piece. Called on
/// the drafting thread: implementations hand the text to the UI thread themselves.
@FunctionalInterface
public interface DraftStream {
    DraftStream NONE = chunk -> { };

    /// @param chunk the next piece of text (appended to what came before)
    void append(String chunk);
}
