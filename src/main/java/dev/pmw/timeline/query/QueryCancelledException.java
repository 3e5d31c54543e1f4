package dev.pmw.timeline.query;

/// A query run was abandoned because a newer one replaced it, or a regular expression took too long.
public final class QueryCancelledException extends RuntimeException {
    public QueryCancelledException() {
        super("query cancelled", null, false, false);
    }
}
