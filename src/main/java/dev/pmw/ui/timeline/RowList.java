package dev.pmw.ui.timeline;

import dev.pmw.timeline.Row;
import dev.pmw.timeline.query.TimelineIndex;
import javafx.collections.ObservableListBase;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/// The rows the table shows: a filter result (row numbers of a [TimelineIndex]) seen as an
/// observable list. A new result replaces the old one in O(1): no million-element copy into an
/// array list and none for the change event, whose "removed" part is a view of the old result.
public final class RowList extends ObservableListBase<Row> implements RandomAccess {
    private TimelineIndex index;
    private int[] rows = new int[0];

    /// Shows `rows` (ascending row numbers of `index`) in place of the current ones.
    public void setRows(TimelineIndex index, int[] rows) {
        TimelineIndex oldIndex = this.index;
        int[] oldRows = this.rows;
        this.index = index;
        this.rows = rows;
        if (oldRows.length == 0 && rows.length == 0) {
            return;
        }
        // one change "everything replaced"; ObservableListBase's change builder would copy the
        // removed rows element by element
        fireChange(new Replaced(this, view(oldIndex, oldRows), rows.length));
    }

    /// The row numbers shown (ascending), for binary searches.
    int[] rowNumbers() {
        return rows;
    }

    @Override
    public Row get(int i) {
        return index.row(rows[i]);
    }

    @Override
    public int size() {
        return rows.length;
    }

    private static List<Row> view(TimelineIndex ix, int[] r) {
        return new Rows(ix, r);
    }

    /// All old rows removed, all new rows added, as one change.
    private static final class Replaced extends javafx.collections.ListChangeListener.Change<Row> {
        private final List<Row> removed;
        private final int added;
        private int cursor = -1;

        Replaced(RowList list, List<Row> removed, int added) {
            super(list);
            this.removed = removed;
            this.added = added;
        }

        @Override
        public boolean next() {
            return ++cursor == 0;
        }

        @Override
        public void reset() {
            cursor = -1;
        }

        @Override
        public int getFrom() {
            check();
            return 0;
        }

        @Override
        public int getTo() {
            check();
            return added;
        }

        @Override
        public List<Row> getRemoved() {
            check();
            return removed;
        }

        @Override
        protected int[] getPermutation() {
            check();
            return new int[0];
        }

        private void check() {
            if (cursor != 0) {
                throw new IllegalStateException("call next() first");
            }
        }
    }

    private static final class Rows extends AbstractList<Row> implements RandomAccess {
        private final TimelineIndex ix;
        private final int[] r;

        Rows(TimelineIndex ix, int[] r) {
            this.ix = ix;
            this.r = r;
        }

        @Override
        public Row get(int i) {
            return ix.row(r[i]);
        }

        @Override
        public int size() {
            return r.length;
        }
    }
}
