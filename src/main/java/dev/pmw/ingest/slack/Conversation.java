package dev.pmw.ingest.slack;

/// A channel, private channel, DM or group DM of an export.
///
/// @param id     Slack id (`C…`, `G…`, `D…`), or the folder name when the lists do not know it
/// @param name   name shown in the timeline (`inc-payments`; DMs: "DM Ana, Ben")
/// @param folder the export folder holding its day files
record Conversation(String id, String name, String folder) {
}
