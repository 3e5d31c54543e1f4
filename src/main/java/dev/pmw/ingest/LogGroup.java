package dev.pmw.ingest;

import dev.pmw.model.Level;

/// All lines of one service, level and message template in a [LogStore].
///
/// @param id       index in the store's group table
/// @param service  service name ("" when the lines carry none)
/// @param level    normalised level
/// @param template message template (see [Templates])
/// @param example  the first message of the group, verbatim
/// @param count    number of lines
public record LogGroup(int id, String service, Level level, String template, String example, int count) {
}
