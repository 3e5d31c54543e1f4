package dev.pmw.ui.postmortem;

/// A row a section cites, for the evidence sidebar.
///
/// @param id       event id
/// @param clock    time in the display zone ("02:12:00"), or "" when the row is gone
/// @param kind     kind label ("Alert"), or ""
/// @param kindStyle style class of the kind's colour family (`kind-alert` …), or ""
/// @param actor    who, or ""
/// @param text     the row's text, or why it cannot be shown
/// @param resolved false when the id names no row of the timeline
public record EvidenceItem(String id, String clock, String kind, String kindStyle, String actor, String text,
                           boolean resolved) {
}
