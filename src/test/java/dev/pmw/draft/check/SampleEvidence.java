package dev.pmw.draft.check;

import dev.pmw.ingest.ParseOptions;
import dev.pmw.model.Event;
import dev.pmw.timeline.Incident;
import dev.pmw.timeline.IncidentLoader;
import dev.pmw.timeline.Row;
import dev.pmw.work.Work;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;

/// The sample incident's rows, loaded once for the check tests (ids are the real, stable ones).
final class SampleEvidence {
    /// Datadog export: `[payment-service] API error rate > 5%` triggered, 2026-02-16 02:12:00 UTC.
    static final String ALERT = "e-02kcmrf7yrn5";
    /// PagerDuty: acknowledged by Dani Ortega, 02:14:10 UTC.
    static final String ACK = "e-jv68e2sx7ydk";
    /// Slack, Marta Rius 02:19:34: "invoice-reconciliation moved to 02:00 UTC on Friday (#482) — it runs 40 workers …".
    static final String MARTA = "e-pfsq87c7jcbx";
    /// Slack, Priya Nair 02:20:36: "Support has 4 tickets from customers whose card payments failed …".
    static final String TICKETS = "e-v89t6kte433t";
    /// Slack, Rafa Llorente 03:10:21: "Resolving the incident. Impact 02:03–02:31 UTC, ~140 failed API calls …".
    static final String RESOLVE = "e-xax52vna5jkq";
    /// git: 389be0a296018f63a2bf27019b4cec9bd0e5d941 "invoice-reconciliation: move schedule to 02:00 UTC …(#482)".
    static final String SCHEDULE_COMMIT = "e-bm2j9wq5fggt";
    /// Slack deploy-bot 2026-02-13 11:31:44: invoice-reconciliation `v3.8.0` deployed by @Marta Rius.
    static final String DEPLOY = "e-rxp4cp9dr7zy";

    private static EvidenceIndex index;

    private SampleEvidence() {
    }

    static synchronized EvidenceIndex index() {
        if (index == null) {
            Incident incident = new Incident(new IncidentLoader().load(List.of(Path.of("samples/payment-service-outage")),
                    new ParseOptions(ZoneId.of("Europe/Madrid"), false, null, null), Work.NONE));
            List<Event> events = incident.timeline().rows().stream().map(Row::event).toList();
            index = EvidenceIndex.of(events);
        }
        return index;
    }
}
