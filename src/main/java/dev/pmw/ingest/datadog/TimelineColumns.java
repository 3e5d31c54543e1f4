package dev.pmw.ingest.datadog;

import dev.pmw.ingest.csv.CsvHeader;

/// The columns of an exported alert timeline, matched loosely by name: `Time (UTC)`/`Date`/
/// `Timestamp`, `Monitor`/`Alert`/`Monitor name`, `Status`/`State`/`Transition`, `Value`,
/// `Threshold`, and optionally `Monitor ID` and `Group`/`Scope`.
record TimelineColumns(int time, int monitor, int status, int value, int threshold, int monitorId, int group) {

    static TimelineColumns of(CsvHeader h) {
        int time = h.find("time", "timestamp", "date", "datetime", "date time", "when", "triggered at", "event time");
        if (time < 0) {
            time = h.findContaining("time", "date");
        }
        int monitor = h.find("monitor", "monitor name", "alert", "alert name", "monitor title");
        int status = h.find("status", "state", "transition", "alert status", "event", "monitor status");
        return new TimelineColumns(time, monitor, status, h.find("value", "metric value", "observed", "current value"),
                h.find("threshold", "limit"), h.find("monitor id", "monitor_id", "id"),
                h.find("group", "scope", "tags", "host"));
    }

    /// A timeline needs a time, a monitor and a status column.
    boolean usable() {
        return time >= 0 && monitor >= 0 && status >= 0 && time != monitor && time != status && monitor != status;
    }
}
