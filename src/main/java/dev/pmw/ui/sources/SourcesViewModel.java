package dev.pmw.ui.sources;

import dev.pmw.timeline.Incident;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// The sources panel: every source of the incident with its format, counts, zone and diagnostics.
public final class SourcesViewModel {
    private final ObservableList<SourceItem> items = FXCollections.observableArrayList();
    private final ObjectProperty<SourceItem> selected = new SimpleObjectProperty<>();

    public SourcesViewModel(ReadOnlyObjectProperty<Incident> incident) {
        incident.addListener((obs, old, now) -> refresh(now));
        refresh(incident.get());
    }

    public ObservableList<SourceItem> items() {
        return items;
    }

    public ObjectProperty<SourceItem> selectedProperty() {
        return selected;
    }

    private void refresh(Incident incident) {
        String keep = selected.get() == null ? null : selected.get().path();
        items.setAll(incident.sources().stream().map(SourceItem::new).toList());
        selected.set(items.stream().filter(i -> i.path().equals(keep)).findFirst().orElse(null));
    }
}
