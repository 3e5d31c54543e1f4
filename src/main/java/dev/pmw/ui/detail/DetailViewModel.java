package dev.pmw.ui.detail;

import dev.pmw.model.Event;
import dev.pmw.model.SourceRef;
import dev.pmw.model.TimeFlag;
import dev.pmw.timeline.Incident;
import dev.pmw.timeline.RelevanceRules;
import dev.pmw.timeline.Row;
import dev.pmw.timeline.Timeline;
import dev.pmw.timeline.TimelineSource;
import dev.pmw.timeline.query.RowLabels;
import dev.pmw.ui.timeline.TimeDisplay;
import dev.pmw.ui.work.Background;
import dev.pmw.ui.work.LatestWins;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/// The detail pane of the selected row: when (in the chosen zone, relative, and as the source wrote
/// it), what, who, where it came from, why it is shown or hidden, the raw record, what surrounds
/// it, its Slack thread and a burst's lines. The record and its surroundings are read in the
/// background, the newest selection winning.
public final class DetailViewModel {

    private final ObjectProperty<Row> row;
    private final ReadOnlyObjectProperty<Incident> incident;
    private final TimeDisplay time;
    private final Background background;
    private final LatestWins loading;
    private Consumer<String> opener = uri -> { };

    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper when = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper rawTime = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper where = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper relevance = new ReadOnlyStringWrapper("");
    private final ObservableList<String> reasons = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper record = new ReadOnlyStringWrapper("");
    private final ObservableList<Details.ContextLine> context = FXCollections.observableArrayList();
    private final ObservableList<Row> thread = FXCollections.observableArrayList();
    private final ObservableList<Details.BurstLine> burst = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper burstTotal = new ReadOnlyIntegerWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper userChanges = new ReadOnlyStringWrapper("");
    private dev.pmw.ui.editing.EditingViewModel editing;
    private String folder;

    public DetailViewModel(ObjectProperty<Row> row, ReadOnlyObjectProperty<Incident> incident, TimeDisplay time,
                           Background background) {
        this.row = row;
        this.incident = incident;
        this.time = time;
        this.background = background;
        this.loading = new LatestWins(background);
        row.addListener((o, old, now) -> show(now));
        time.zoneProperty().addListener(o -> describe(row.get()));
        time.referenceProperty().addListener(o -> describe(row.get()));
        show(row.get());
    }

    // ---- properties ------------------------------------------------------------------------

    public ReadOnlyObjectProperty<Row> rowProperty() { return row; }
    public ReadOnlyStringProperty headingProperty() { return heading.getReadOnlyProperty(); }
    public ReadOnlyStringProperty whenProperty() { return when.getReadOnlyProperty(); }
    public ReadOnlyStringProperty rawTimeProperty() { return rawTime.getReadOnlyProperty(); }
    public ReadOnlyStringProperty whereProperty() { return where.getReadOnlyProperty(); }
    public ReadOnlyStringProperty relevanceProperty() { return relevance.getReadOnlyProperty(); }
    public ObservableList<String> reasons() { return reasons; }
    public ReadOnlyStringProperty recordProperty() { return record.getReadOnlyProperty(); }
    public ObservableList<Details.ContextLine> context() { return context; }
    public ObservableList<Row> thread() { return thread; }
    public ObservableList<Details.BurstLine> burst() { return burst; }
    public ReadOnlyIntegerProperty burstTotalProperty() { return burstTotal.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    /// What the user did to the row: "Pinned · text edited (was “…”) · note: …", or "".
    public ReadOnlyStringProperty userChangesProperty() { return userChanges.getReadOnlyProperty(); }

    /// Where promote, demote, pin, hide, note and revert go.
    public void setEditing(dev.pmw.ui.editing.EditingViewModel e) {
        this.editing = e;
    }

    public dev.pmw.ui.editing.EditingViewModel editing() {
        return editing;
    }
    public TimeDisplay time() { return time; }

    /// How "reveal in source" opens a folder (the application's host services).
    public void setOpener(Consumer<String> opener) {
        this.opener = opener;
    }

    // ---- commands --------------------------------------------------------------------------

    /// Opens the folder that holds the row's source in the desktop's file manager.
    public boolean revealInSource() {
        String f = folder;
        if (f == null) {
            return false;
        }
        background.run(w -> {
            opener.accept(f);
            return f;
        }, (x, m) -> { }, x -> { }, e -> { });
        return true;
    }

    public boolean canReveal() {
        return folder != null;
    }

    /// Selects another row (a message of the context or the thread).
    public void select(String rowId) {
        Timeline t = incident.get().isEmpty() ? null : incident.get().timeline();
        Row r = t == null || rowId == null ? null : t.byId(rowId);
        if (r != null) {
            row.set(r);
        }
    }

    // ---- internals -------------------------------------------------------------------------

    private void show(Row r) {
        describe(r);
        record.set("");
        context.clear();
        thread.clear();
        burst.clear();
        burstTotal.set(0);
        folder = null;
        if (r == null || incident.get().isEmpty()) {
            loading.cancel();
            busy.set(false);
            return;
        }
        Incident inc = incident.get();
        Timeline t = inc.timeline();
        busy.set(true);
        record.set("Reading the source…");
        loading.submit(w -> {
            try {
                return Details.load(inc, t, r, w);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, d -> {
            busy.set(false);
            record.set(d.record());
            context.setAll(d.context());
            thread.setAll(d.thread());
            burst.setAll(d.burst());
            burstTotal.set(d.burstTotal());
            folder = d.folder();
        }, e -> {
            busy.set(false);
            Throwable c = e instanceof java.io.UncheckedIOException u ? u.getCause() : e;
            record.set("The source could not be read again: " + (c.getMessage() == null ? c.toString() : c.getMessage()));
        });
    }

    private void describe(Row r) {
        reasons.clear();
        if (r == null) {
            heading.set("");
            when.set("");
            rawTime.set("");
            where.set("");
            relevance.set("");
            userChanges.set("");
            return;
        }
        Event e = r.event();
        heading.set(e.kind().label() + (e.actor().isEmpty() ? "" : " · " + e.actor()) + " — " + RowLabels.text(r));
        String span = e.endTime() == null ? "" : " until " + time.full(e.endTime());
        String rel = time.relative(e.time());
        when.set(time.full(e.time()) + span + (rel.isEmpty() ? "" : "  (" + rel + ")"));
        rawTime.set(rawTime(e, r));
        where.set(where(e, r));
        relevance.set(String.format("Relevance %.2f · %s", r.relevance().score(), r.isKey() ? "key event"
                : "hidden as " + RelevanceRules.label(r.relevance().hiddenBy())));
        userChanges.set(UserChanges.describe(r, time));
        reasons.setAll(r.relevance().reasons().isEmpty() ? List.of("no rule matched") : r.relevance().reasons());
    }

    /// The time as the source wrote it, the zone assumed, and any correction.
    private String rawTime(Event e, Row r) {
        List<String> parts = new ArrayList<>();
        parts.add("As written in the source: " + (e.timeInfo().raw().isEmpty() ? "—" : e.timeInfo().raw()));
        if (e.timeInfo().assumedZone() != null) {
            parts.add("no zone in the source; read as " + e.timeInfo().assumedZone());
        }
        if (e.timeInfo().has(TimeFlag.DATE_ASSUMED)) {
            parts.add("no date in the source; the date was inferred");
        }
        if (e.timeInfo().has(TimeFlag.CORRECTED)) {
            Timeline t = incident.get().isEmpty() ? null : incident.get().timeline();
            TimelineSource s = t != null && r.source() >= 0 && r.source() < t.sources().size() ? t.sources().get(r.source()) : null;
            parts.add(s != null && s.correction() != null ? s.correction().describe()
                    : s != null && !s.settings().clockOffset().isZero() ? "shifted by the clock offset set for the source"
                    : "corrected");
        }
        if (e.timeInfo().has(TimeFlag.OUT_OF_RANGE)) {
            parts.add("implausible time (unit mix-up?)");
        }
        if (e.timeInfo().has(TimeFlag.UNPARSEABLE)) {
            parts.add("unreadable time; placed after the record before it");
        }
        parts.add("UTC " + e.time());
        return String.join("\n", parts);
    }

    /// What a source's `origin` is: a channel, a service, a monitor.
    private static String originLabel(String format) {
        if (format.startsWith("slack")) {
            return "channel #";
        }
        if (format.endsWith("-logs") || format.equals("pagerduty") || format.equals("opsgenie")) {
            return "service ";
        }
        if (format.startsWith("datadog")) {
            return "monitor ";
        }
        return "from ";
    }

    private static String where(Event e, Row r) {
        SourceRef s = e.source();
        if (r.source() < 0) {
            return "Added by hand";
        }
        List<String> parts = new ArrayList<>();
        parts.add(s.file());
        if (s.entry() != null && !s.entry().isEmpty()) {
            parts.add("› " + s.entry());
        }
        List<String> at = new ArrayList<>();
        if (s.line() > 0) {
            at.add("line " + s.line());
        }
        if (s.recordKey() != null) {
            at.add("record " + s.recordKey());
        }
        if (s.origin() != null) {
            at.add(originLabel(s.format()) + s.origin());
        }
        at.add(s.format());
        parts.add(String.join(" · ", at));
        return String.join("\n", parts);
    }
}
