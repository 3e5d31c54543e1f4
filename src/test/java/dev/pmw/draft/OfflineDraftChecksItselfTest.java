package dev.pmw.draft;

import dev.pmw.analysis.Analysis;
import dev.pmw.analysis.Analyzer;
import dev.pmw.draft.check.DraftChecks;
import dev.pmw.draft.check.SentenceCheck;
import dev.pmw.draft.offline.EvidenceDrafter;
import dev.pmw.ingest.ParseOptions;
import dev.pmw.timeline.Incident;
import dev.pmw.timeline.IncidentLoader;
import dev.pmw.work.Work;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/// The offline draft of the real sample incident passes its own checks: a user who drafts and opens
/// the Postmortem workspace sees no "to check" badge on text the workbench wrote itself.
class OfflineDraftChecksItselfTest {
    @Test
    void noSentenceOfTheOfflineDraftIsFlaggedOrLinted() {
        Incident incident = new Incident(new IncidentLoader().load(List.of(Path.of("samples/payment-service-outage")),
                ParseOptions.defaults(), Work.NONE));
        Analysis analysis = new Analyzer().analyze(incident.timeline());
        DraftContext ctx = new DraftContext(analysis, incident.timeline(), LocalDate.of(2026, 2, 17));
        DraftChecks checks = DraftChecks.of(ctx, ZoneOffset.UTC);
        for (Template t : List.of(Templates.standard(), Templates.byName("rca"), Templates.byName("google-sre"))) {
            PostmortemDocument doc = DocumentDrafter.draft(new EvidenceDrafter(), ctx, t, Work.NONE);
            List<String> found = new ArrayList<>();
            for (Section s : doc.sections()) {
                for (SentenceCheck c : checks.claims().check(s.text()).flagged()) {
                    found.add(t.name() + "/" + s.key() + ": «" + s.text().substring(c.start(), c.end()) + "» " + c.reason());
                }
                checks.lint().lint(s.text()).forEach(f -> found.add(t.name() + "/" + s.key() + " lint: " + f));
            }
            assertEquals(List.of(), found, String.join("\n", found));
        }
    }
}
