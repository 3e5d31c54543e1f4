package dev.pmw.timeline.edit;

/// The user's one-click verdict on a row's relevance, over what the rules decided.
public enum RelevanceOverride {
    /// The rules decide (the default, and what "revert" restores).
    AUTO,
    /// A key row whatever the rules say.
    PROMOTED,
    /// Hidden from the key rows whatever the rules say.
    DEMOTED
}
