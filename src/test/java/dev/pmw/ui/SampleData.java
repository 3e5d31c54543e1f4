package dev.pmw.ui;

import dev.pmw.ingest.ParseOptions;
import dev.pmw.timeline.Incident;
import dev.pmw.timeline.IncidentLoader;
import dev.pmw.timeline.Row;
import dev.pmw.ui.shell.MainViewModel;
import dev.pmw.ui.work.ImmediateBackground;
import dev.pmw.work.Work;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/// The sample incident (samples/payment-service-outage) read once per test run, and the seven key
/// moments its README lists, as a user would spot them in the table.
public final class SampleData {
    public static final Path FOLDER = Path.of("samples/payment-service-outage");
    private static Incident incident;

    /// time (UTC, to the second), kind id, and text the row starts with
    public record Moment(String time, String kind, String text) {
        public boolean matches(Row r) {
            return r.event().time().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).equals(Instant.parse(time))
                    && r.event().kind().id().equals(kind) && r.event().text().startsWith(text);
        }
    }

    /// 02:12 alert, 02:14 ack, 02:17 finding, 02:23 hotfix, 02:31 recovery, 02:45 queue drained, 03:10 resolved.
    public static final List<Moment> KEY_MOMENTS = List.of(
            new Moment("2026-02-16T02:12:00Z", "alert_triggered", "[Triggered] [payment-service] API error rate > 5%"),
            new Moment("2026-02-16T02:14:10Z", "acknowledge", "Acknowledged by Dani Ortega"),
            new Moment("2026-02-16T02:17:14Z", "chat", "Found it: HikariPool-1 in payment-service is exhausted"),
            new Moment("2026-02-16T02:23:05Z", "chat", "Applying hotfix: bumping db pool max size 10 -> 50"),
            new Moment("2026-02-16T02:31:00Z", "alert_recovered", "[Recovered] [payment-service] API error rate > 5%"),
            new Moment("2026-02-16T02:45:12Z", "chat", "Retry queue drained, all 137 queued transactions processed"),
            new Moment("2026-02-16T03:10:00Z", "resolve", "Resolved by Dani Ortega"));

    private SampleData() {
    }

    /// Read as the app reads a drop (zone-less times in the machine's zone, then aligned), timeline built.
    public static synchronized Incident incident() {
        if (incident == null) {
            incident = new Incident(new IncidentLoader().load(List.of(FOLDER), ParseOptions.defaults(), Work.NONE));
            incident.timeline();
        }
        return incident;
    }

    /// A window view model with the sample loaded, everything synchronous.
    public static MainViewModel loaded() {
        MainViewModel vm = new MainViewModel(new ImmediateBackground(), new IncidentLoader());
        vm.submit("Loading the sample…", (inc, w) -> incident());
        return vm;
    }
}
