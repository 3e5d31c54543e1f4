package dev.pmw.ui.timeline;

import dev.pmw.timeline.Timeline;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/// How times are shown everywhere in the window: the zone the user chose (UTC, this machine's zone
/// or any other), with the date when the incident spans more than one day in that zone, and
/// `T+hh:mm:ss` from the reference (impact start when known).
public final class TimeDisplay {
    private final ObjectProperty<ZoneId> zone = new SimpleObjectProperty<>(ZoneOffset.UTC);
    private final ReadOnlyObjectWrapper<Instant> reference = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<String> referenceLabel = new ReadOnlyObjectWrapper<>("");
    private final ReadOnlyBooleanWrapper withDate = new ReadOnlyBooleanWrapper();
    private Instant first;
    private Instant last;

    public TimeDisplay() {
        zone.addListener(o -> updateWithDate());
    }

    public ObjectProperty<ZoneId> zoneProperty() { return zone; }
    public ReadOnlyObjectProperty<Instant> referenceProperty() { return reference.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<String> referenceLabelProperty() { return referenceLabel.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty withDateProperty() { return withDate.getReadOnlyProperty(); }

    /// The span the rows cover decides whether dates are shown.
    void setSpan(Timeline t) {
        first = t.start();
        last = t.end();
        updateWithDate();
    }

    /// @param what "impact start", "first alert" …
    void setReference(Instant t, String what) {
        reference.set(t);
        referenceLabel.set(t == null ? "" : what);
    }

    public String clock(Instant t) {
        return t == null ? "" : TimeText.clock(t, zone.get(), withDate.get());
    }

    /// Clock time with the date regardless of the span (tooltips, detail).
    public String full(Instant t) {
        return t == null ? "" : TimeText.clock(t, zone.get(), true) + " " + zoneName();
    }

    public String relative(Instant t) {
        return TimeText.relative(t, reference.get());
    }

    /// "UTC", "Europe/Madrid".
    public String zoneName() {
        return name(zone.get());
    }

    public static String name(ZoneId z) {
        return z.equals(ZoneOffset.UTC) || z.getId().equals("Z") || z.getId().equals("Etc/UTC") ? "UTC" : z.getId();
    }

    private void updateWithDate() {
        if (first == null || last == null) {
            withDate.set(false);
            return;
        }
        LocalDate a = first.atZone(zone.get()).toLocalDate();
        LocalDate b = last.atZone(zone.get()).toLocalDate();
        withDate.set(!a.equals(b));
    }
}
