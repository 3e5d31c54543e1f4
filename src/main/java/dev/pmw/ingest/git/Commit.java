package dev.pmw.ingest.git;

import dev.pmw.ingest.time.Timestamps;

import java.util.List;

/// One commit as read from any `git log` form, before it becomes an event.
///
/// @param sha         full or abbreviated hash
/// @param parents     parent hashes when the format shows them (`Merge:` line, `%P`), else empty
/// @param author      author name (never the e-mail)
/// @param authorDate  `AuthorDate`/`Date`/`%ad`, or null
/// @param commitDate  `CommitDate`/`%cd`, or null
/// @param subject     first line of the message
/// @param body        the rest of the message, or empty
/// @param decorations `(HEAD -> main, tag: v1.2.0)` contents, or empty
/// @param line        1-based line where the commit starts
record Commit(String sha, List<String> parents, String author, Timestamps.Parsed authorDate,
              Timestamps.Parsed commitDate, String subject, String body, String decorations, long line) {

    /// The time a change reached the branch: the committer date when known (author dates survive
    /// rebases and cherry-picks and can be days older), else the author date.
    Timestamps.Parsed time() {
        return commitDate != null ? commitDate : authorDate;
    }

    boolean merge() {
        return parents.size() > 1 || subject.startsWith("Merge pull request ") || subject.startsWith("Merge branch ")
                || subject.startsWith("Merge remote-tracking branch ");
    }
}
