package dev.pmw.ui.timeline;

import dev.pmw.timeline.Row;
import dev.pmw.timeline.query.TimelineIndex;

import java.util.AbstractList;
import java.util.RandomAccess;

/// The rows of a filter result as a list without copying them: index → row.
final class IndexedRows extends AbstractList<Row> implements RandomAccess {
    private final TimelineIndex index;
    private final int[] rows;

    IndexedRows(TimelineIndex index, int[] rows) {
        this.index = index;
        this.rows = rows;
    }

    @Override
    public Row get(int i) {
        return index.row(rows[i]);
    }

    @Override
    public int size() {
        return rows.length;
    }
}
