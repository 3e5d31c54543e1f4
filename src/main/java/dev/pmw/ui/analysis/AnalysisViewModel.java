package dev.pmw.ui.analysis;

import dev.pmw.analysis.Analysis;
import dev.pmw.analysis.Boundary;
import dev.pmw.analysis.BoundaryKind;
import dev.pmw.analysis.Impact;
import dev.pmw.analysis.OpenQuestion;
import dev.pmw.analysis.Severity;
import dev.pmw.analysis.Symptom;
import dev.pmw.analysis.Trigger;
import dev.pmw.model.Attr;
import dev.pmw.model.EventKind;
import dev.pmw.timeline.Incident;
import dev.pmw.timeline.Row;
import dev.pmw.timeline.Timeline;
import dev.pmw.timeline.edit.Edit;
import dev.pmw.timeline.edit.Edits;
import dev.pmw.ui.editing.EditingViewModel;
import dev.pmw.ui.timeline.EvidenceFilter;
import dev.pmw.ui.timeline.TimeDisplay;
import dev.pmw.ui.timeline.TimeText;
import dev.pmw.ui.timeline.TimelineViewModel;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/// The analysis panel: the five lifecycle moments, the durations between them, the trigger and
/// its runners-up, the impact, the severity suggestion and the open questions, each leading to the
/// rows it rests on ([#showEvidence] filters the table to them and selects the deciding one).
/// A boundary can be pinned to another row; that is an edit like any other (undoable, saved), and
/// the analysis is computed again with it.
///
/// While a new analysis is computed after a change, the last one stays on screen with
/// [#updatingProperty()] set, so the panel does not flicker on every edit.
public final class AnalysisViewModel {
    private final ReadOnlyObjectProperty<Incident> incident;
    private final TimelineViewModel timeline;
    private final EditingViewModel editing;
    private final Edits edits;

    private final ObservableList<BoundaryItem> boundaries = FXCollections.observableArrayList();
    private final ObservableList<AnalysisItem> durations = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<AnalysisItem> trigger = new ReadOnlyObjectWrapper<>();
    private final ObservableList<AnalysisItem> runnersUp = FXCollections.observableArrayList();
    private final ObservableList<AnalysisItem> impact = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<AnalysisItem> severity = new ReadOnlyObjectWrapper<>();
    private final ObservableList<AnalysisItem> questions = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper updating = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper();
    private Analysis shown;

    public AnalysisViewModel(ReadOnlyObjectProperty<Analysis> analysis, ReadOnlyObjectProperty<Incident> incident,
                             TimelineViewModel timeline, EditingViewModel editing, Edits edits) {
        this.incident = incident;
        this.timeline = timeline;
        this.editing = editing;
        this.edits = edits;
        analysis.addListener((o, old, now) -> {
            if (now != null) {
                show(now);
            } else if (incident.get().isEmpty()) {
                show(null);
            } else {
                updating.set(true);
            }
        });
        timeline.time().zoneProperty().addListener(o -> show(shown));
        show(analysis.get());
    }

    // ---- properties ------------------------------------------------------------------------

    /// Impact start, detected, acknowledged, mitigated, resolved, in that order.
    public ObservableList<BoundaryItem> boundaries() { return boundaries; }
    /// Time to detect, acknowledge, mitigate, resolve.
    public ObservableList<AnalysisItem> durations() { return durations; }
    /// The suspected trigger, or an item saying why there is none (null before any analysis).
    public ReadOnlyObjectProperty<AnalysisItem> triggerProperty() { return trigger.getReadOnlyProperty(); }
    public ObservableList<AnalysisItem> runnersUp() { return runnersUp; }
    public ObservableList<AnalysisItem> impact() { return impact; }
    public ReadOnlyObjectProperty<AnalysisItem> severityProperty() { return severity.getReadOnlyProperty(); }
    public ObservableList<AnalysisItem> questions() { return questions; }
    /// A newer analysis is being computed; what is shown is the one before.
    public ReadOnlyBooleanProperty updatingProperty() { return updating.getReadOnlyProperty(); }
    /// There is an analysis to show.
    public ReadOnlyBooleanProperty availableProperty() { return available.getReadOnlyProperty(); }

    // ---- commands --------------------------------------------------------------------------

    /// Filters the table to the item's rows and selects the first.
    public void showEvidence(AnalysisItem item) {
        showEvidence(item.title(), item.evidence());
    }

    /// Filters the table to the boundary's rows and selects the deciding one.
    public void showEvidence(BoundaryItem item) {
        showEvidence(item.label(), item.evidence());
    }

    public void showEvidence(String label, List<String> ids) {
        if (ids.isEmpty()) {
            return;
        }
        timeline.filter().evidenceProperty().set(new EvidenceFilter(label, ids, ids.getFirst()));
    }

    /// Whether `kind` can be pinned to `row` (a row is selected and the boundary is not already pinned there).
    public boolean canPin(BoundaryKind kind, Row row) {
        return row != null && !row.id().equals(currentTimeline().boundaryPins().get(kind.id()));
    }

    /// Pins the boundary to the row: the analysis takes the row's time for it from now on (undoable).
    public void pinBoundary(BoundaryKind kind, Row row) {
        if (canPin(kind, row)) {
            editing.apply(edits.pinBoundary(kind.id(), row));
        }
    }

    public boolean isPinned(BoundaryKind kind) {
        return currentTimeline().boundaryPins().containsKey(kind.id());
    }

    /// Lets the analysis derive the boundary again (undoable).
    public void unpinBoundary(BoundaryKind kind) {
        String id = currentTimeline().boundaryPins().get(kind.id());
        if (id == null) {
            return;
        }
        Row row = currentTimeline().byId(id);
        if (row != null) {
            editing.apply(edits.unpinBoundary(kind.id(), row));
            return;
        }
        // the pinned row is gone (its source was removed): unpin with the row as it was when pinned
        incident.get().edits().edits().reversed().stream()
                .filter(e -> e instanceof Edit.PinBoundary p && p.boundary().equals(kind.id()) && p.target().equals(id))
                .findFirst()
                .ifPresent(e -> editing.apply(new Edit.PinBoundary(id, Instant.now(), e.before(), kind.id(), false)));
    }

    // ---- internals -------------------------------------------------------------------------

    private Timeline currentTimeline() {
        Incident inc = incident.get();
        return inc.isEmpty() ? Timeline.empty() : inc.timeline();
    }

    private void show(Analysis a) {
        shown = a;
        updating.set(false);
        available.set(a != null);
        if (a == null) {
            boundaries.clear();
            durations.clear();
            trigger.set(null);
            runnersUp.clear();
            impact.clear();
            severity.set(null);
            questions.clear();
            return;
        }
        boundaries.setAll(boundaryItems(a));
        durations.setAll(durationItems(a));
        trigger.set(triggerItem(a.trigger(), a.missing().get("trigger"), "Trigger"));
        runnersUp.setAll(a.runnersUp().stream().map(t -> triggerItem(t, null, "Runner-up")).toList());
        impact.setAll(impactItems(a.impact()));
        severity.set(severityItem(a));
        questions.setAll(a.questions().stream().map(AnalysisViewModel::questionItem).toList());
    }

    private List<BoundaryItem> boundaryItems(Analysis a) {
        TimeDisplay time = timeline.time();
        Boundary start = a.boundary(BoundaryKind.IMPACT_START);
        Instant reference = start != null && start.present() ? start.time() : null;
        List<BoundaryItem> out = new ArrayList<>();
        for (BoundaryKind k : BoundaryKind.values()) {
            Boundary b = a.boundary(k);
            if (b == null || !b.present()) {
                out.add(new BoundaryItem(k, null, "—", "", "", b == null ? "not derived" : b.reason(), false, List.of()));
                continue;
            }
            String range = b.earliest() == null ? "" : "between " + clock(b.earliest()) + " and " + clock(b.latest());
            out.add(new BoundaryItem(k, b.time(), clock(b.time()), reference == null ? "" : TimeText.relative(b.time(), reference),
                    range, b.rule(), b.pinned(), b.evidence()));
        }
        return out;
    }

    private String clock(Instant t) {
        return TimeText.clock(t, timeline.time().zoneProperty().get(), false);
    }

    private static List<AnalysisItem> durationItems(Analysis a) {
        var d = a.durations();
        return List.of(
                duration("Time to detect", d.timeToDetect(), a, BoundaryKind.IMPACT_START, BoundaryKind.DETECTED),
                duration("Time to acknowledge", d.timeToAcknowledge(), a, BoundaryKind.DETECTED, BoundaryKind.ACKNOWLEDGED),
                duration("Time to mitigate", d.timeToMitigate(), a, BoundaryKind.IMPACT_START, BoundaryKind.MITIGATED),
                duration("Time to resolve", d.timeToResolve(), a, BoundaryKind.IMPACT_START, BoundaryKind.RESOLVED));
    }

    private static AnalysisItem duration(String title, Double minutes, Analysis a, BoundaryKind from, BoundaryKind to) {
        LinkedHashSet<String> ids = new LinkedHashSet<>();
        Boundary f = a.boundary(from);
        Boundary t = a.boundary(to);
        if (f != null) {
            ids.addAll(f.evidence());
        }
        if (t != null) {
            ids.addAll(t.evidence());
        }
        String how = from.label() + " → " + to.label().toLowerCase(Locale.ROOT);
        return new AnalysisItem(title, minutes == null ? "—" : Minutes.text(minutes), how,
                minutes == null ? "Needs both " + from.label().toLowerCase(Locale.ROOT) + " and "
                        + to.label().toLowerCase(Locale.ROOT) : how, List.copyOf(ids));
    }

    private static AnalysisItem triggerItem(Trigger t, String missing, String title) {
        if (t == null) {
            return new AnalysisItem(title, "Not derived", missing == null ? "" : missing, "", List.of());
        }
        List<String> parts = new ArrayList<>();
        parts.add(t.kind().label().toLowerCase(Locale.ROOT));
        parts.add(Math.round(t.confidence() * 100) + " % confident");
        if (t.service() != null) {
            parts.add(t.service());
        }
        if (t.version() != null) {
            parts.add(t.version());
        }
        if (t.commit() != null) {
            parts.add(t.commit().length() > 7 ? t.commit().substring(0, 7) : t.commit());
        }
        return new AnalysisItem(title, t.summary(), String.join(" · ", parts),
                t.why().isEmpty() ? "" : "Why:\n• " + String.join("\n• ", t.why()), t.evidence());
    }

    private static List<AnalysisItem> impactItems(Impact i) {
        if (i == null) {
            return List.of();
        }
        List<AnalysisItem> out = new ArrayList<>();
        if (i.durationMinutes() != null) {
            out.add(new AnalysisItem("Duration", Minutes.text(i.durationMinutes()), "impact start to mitigation", "",
                    i.evidence()));
        }
        if (i.failedRequests() != null) {
            Double share = i.failedShare();
            out.add(new AnalysisItem("Failed requests", String.format("%,d", i.failedRequests()),
                    share == null ? "" : String.format("%.1f %% of %,d requests", share * 100, i.requests()),
                    String.join("\n", i.failuresByError().entrySet().stream()
                            .map(e -> String.format("%,d × %s", e.getValue(), e.getKey())).toList()), i.evidence()));
        } else if (!i.failuresByError().isEmpty()) {
            long lines = i.failuresByError().values().stream().mapToLong(Long::longValue).sum();
            out.add(new AnalysisItem("Failed lines", String.format("%,d", lines), "no HTTP status in the logs", "",
                    i.evidence()));
        }
        if (i.usersAffected() != null) {
            out.add(new AnalysisItem("Users affected", String.format("%,d", i.usersAffected()),
                    "distinct user ids among failed requests", "", i.evidence()));
        }
        if (i.supportTickets() != null) {
            out.add(new AnalysisItem("Support tickets", String.valueOf(i.supportTickets()), "mentioned in chat", "",
                    i.symptoms().stream().map(Symptom::evidence).toList()));
        }
        for (Symptom s : i.symptoms()) {
            out.add(new AnalysisItem("Symptom", "“" + s.text() + "”", "", "", List.of(s.evidence())));
        }
        return out;
    }

    private AnalysisItem severityItem(Analysis a) {
        Severity s = a.severity();
        List<String> ids = new ArrayList<>(a.impact() == null ? List.of() : a.impact().evidence());
        for (Row r : currentTimeline().rows()) {
            if (r.event().kind() == EventKind.DECLARE && r.event().attr(Attr.SEVERITY) != null) {
                ids.add(r.id());
            }
        }
        if (s == null || s.level() == null) {
            String why = a.missing().getOrDefault("severity", "no clause of the severity policy matches");
            return new AnalysisItem("Severity", "—", why, "", ids);
        }
        return new AnalysisItem("Severity", s.level(), s.reason(), s.reason(), ids);
    }

    private static AnalysisItem questionItem(OpenQuestion q) {
        String kind = switch (q.kind()) {
            case OpenQuestion.GAP -> "Gap";
            case OpenQuestion.CONTRADICTION -> "Contradiction";
            case OpenQuestion.ORDER -> "Order";
            case OpenQuestion.DETECTION_LAG -> "Detection lag";
            case OpenQuestion.MISSING -> "Missing";
            default -> q.kind();
        };
        return new AnalysisItem(kind, q.question(), "", q.question(), q.evidence());
    }
}
