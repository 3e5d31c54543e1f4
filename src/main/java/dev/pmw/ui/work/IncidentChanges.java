package dev.pmw.ui.work;

import dev.pmw.timeline.Incident;
import dev.pmw.work.Work;

import java.util.function.BiFunction;

/// Where view models send changes to the incident (a source re-read in another zone, a rule
/// switched off). Changes run one after another in the background, each on the result of the one
/// before; the merged timeline of the result is built there too, never on the FX thread.
public interface IncidentChanges {

    /// @param status what the status bar says while it runs ("Re-reading app.log in Europe/Madrid…")
    /// @param change the new incident from the current one
    default void submit(String status, BiFunction<Incident, Work, Incident> change) {
        submit(status, change, next -> { });
    }

    /// @param applied runs on the FX thread once the new incident is in place
    void submit(String status, BiFunction<Incident, Work, Incident> change, java.util.function.Consumer<Incident> applied);
}
