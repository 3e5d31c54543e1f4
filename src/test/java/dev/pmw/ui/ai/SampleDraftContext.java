package dev.pmw.ui.ai;

import dev.pmw.analysis.Analyzer;
import dev.pmw.draft.DraftContext;
import dev.pmw.ingest.ParseOptions;
import dev.pmw.timeline.Incident;
import dev.pmw.timeline.IncidentLoader;
import dev.pmw.work.Work;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/// The sample incident's analysis and timeline (the fake server's recorded answers cite its rows).
final class SampleDraftContext {
    private static DraftContext ctx;

    private SampleDraftContext() {
    }

    static synchronized DraftContext get() {
        if (ctx == null) {
            Incident incident = new Incident(new IncidentLoader().load(List.of(Path.of("samples/payment-service-outage")),
                    ParseOptions.zone(ZoneId.of("Europe/Madrid")), Work.NONE));
            ctx = new DraftContext(new Analyzer().analyze(incident.timeline()), incident.timeline(), LocalDate.of(2026, 2, 17));
        }
        return ctx;
    }
}
