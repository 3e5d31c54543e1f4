package dev.pmw.timeline.query;

import dev.pmw.timeline.Row;

/// Per-row facts that come from the user's edit layer.
public interface RowFlags {
    /// What the rows' edit state says (pinned by the user, any field edited).
    RowFlags STATE = new RowFlags() {
        @Override
        public boolean pinned(Row r) {
            return r.isPinned();
        }

        @Override
        public boolean edited(Row r) {
            return r.isEdited();
        }
    };

    RowFlags NONE = new RowFlags() {
        @Override
        public boolean pinned(Row r) {
            return false;
        }

        @Override
        public boolean edited(Row r) {
            return false;
        }
    };

    boolean pinned(Row r);

    boolean edited(Row r);
}
