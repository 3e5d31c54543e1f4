package dev.pmw.timeline.query;

import dev.pmw.timeline.Row;

/// Per-row facts that come from the user's edit layer rather than from the row itself.
public interface RowFlags {
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
