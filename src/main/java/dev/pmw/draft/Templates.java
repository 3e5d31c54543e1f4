package dev.pmw.draft;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static dev.pmw.draft.SectionIntent.*;

/// The built-in templates and the way to pick one by name or file.
///
/// - `standard`: the team template of the seed story (title, summary, impact, timeline, root cause,
///   contributing factors, action items, lessons learned);
/// - `rca`: impact &amp; timeline, root cause analysis with detection gaps, corrective actions,
///   preventive measures (the seed "optimization.postmortem" output template);
/// - `google-sre`: the Google SRE book layout, with trigger, detection and "where we got lucky".
public final class Templates {
    public static final String STANDARD = "standard";
    public static final String RCA = "rca";
    public static final String GOOGLE_SRE = "google-sre";

    private Templates() {
    }

    public static List<String> names() {
        return List.of(STANDARD, RCA, GOOGLE_SRE);
    }

    public static Template standard() {
        return new Template(STANDARD, "Standard (summary, impact, timeline, root cause, actions, lessons)", List.of(
                SectionSpec.of(SUMMARY, "Summary", "Two or three sentences: what broke, for how long, for whom, and the working hypothesis."),
                SectionSpec.of(IMPACT, "Impact", "Duration, failed requests, users affected, customer-visible symptoms, severity."),
                SectionSpec.of(TIMELINE, "Timeline", "The key moments in UTC, each linked to its evidence."),
                SectionSpec.of(ROOT_CAUSE, "Root cause", "The causal hypothesis and the evidence for and against it."),
                SectionSpec.of(CONTRIBUTING_FACTORS, "Contributing factors", "Systemic conditions that allowed or worsened the impact."),
                SectionSpec.of(ACTION_ITEMS, "Action items", "Specific, owned (by a team), prioritised and dated."),
                SectionSpec.of(LESSONS_LEARNED, "Lessons learned", "What went well, what did not, what to discuss.")), null, null);
    }

    public static Template rca() {
        String impactTimeline = "Impact & Timeline";
        String analysis = "Root Cause Analysis";
        return new Template(RCA, "Root cause analysis with corrective and preventive actions", List.of(
                SectionSpec.of(IMPACT, "Impact", "Severity, impact scope and duration.").inGroup(impactTimeline),
                SectionSpec.of(TIMELINE, "Timeline", "Sequence of events with timestamps and decision points.").inGroup(impactTimeline),
                SectionSpec.of(ROOT_CAUSE, "Primary cause", "The causal hypothesis and its evidence.").inGroup(analysis),
                SectionSpec.of(CONTRIBUTING_FACTORS, "Contributing factors", "Systemic conditions.").inGroup(analysis),
                new SectionSpec("detection_gaps", "Detection gaps", DETECTION, analysis, "How the incident was detected and what was missed."),
                SectionSpec.of(FIVE_WHYS, "Five whys", "A why-chain from the symptom to the systemic cause.").inGroup(analysis),
                SectionSpec.of(ACTION_ITEMS, "Corrective Actions", "Actions with owners (teams), due dates and status."),
                SectionSpec.of(PREVENTIVE_MEASURES, "Preventive Measures", "Monitoring updates, process improvements, follow-up reviews.")),
                null, null);
    }

    public static Template googleSre() {
        String causes = "Root Causes";
        String lessons = "Lessons Learned";
        return new Template(GOOGLE_SRE, "Google SRE postmortem", List.of(
                SectionSpec.of(STATUS, "Status", "Draft, in review or final."),
                SectionSpec.of(AUTHORS, "Authors", "Who wrote and who reviews this postmortem."),
                SectionSpec.of(SUMMARY, "Summary", "What happened, in two or three sentences."),
                SectionSpec.of(IMPACT, "Impact", "Who and what was affected, and how much."),
                SectionSpec.of(ROOT_CAUSE, "Hypothesis", "The causal hypothesis and its evidence.").inGroup(causes),
                SectionSpec.of(CONTRIBUTING_FACTORS, "Contributing factors", "Systemic conditions.").inGroup(causes),
                SectionSpec.of(TRIGGER, "Trigger", "The change or event that set the incident off."),
                SectionSpec.of(RESOLUTION, "Resolution", "What mitigated and what resolved the incident."),
                SectionSpec.of(DETECTION, "Detection", "How and when the incident was detected."),
                SectionSpec.of(ACTION_ITEMS, "Action Items", "Owned (by a team), prioritised and dated."),
                SectionSpec.of(WENT_WELL, "What went well", "").inGroup(lessons),
                SectionSpec.of(WENT_WRONG, "What went wrong", "").inGroup(lessons),
                SectionSpec.of(LUCKY, "Where we got lucky", "").inGroup(lessons),
                SectionSpec.of(TIMELINE, "Timeline", "The key moments in UTC, each linked to its evidence."),
                SectionSpec.of(SUPPORTING_INFORMATION, "Supporting information", "Sources, assumptions and the evidence appendix.")),
                null, null);
    }

    /// A built-in template by name (`standard`, `rca`, `google-sre`; `001`, `002`, `google` too).
    public static Template byName(String name) {
        return switch (name.trim().toLowerCase(Locale.ROOT)) {
            case STANDARD, "001", "default" -> standard();
            case RCA, "002", "corrective" -> rca();
            case GOOGLE_SRE, "google", "sre" -> googleSre();
            default -> throw new IllegalArgumentException("unknown template: " + name + " (built in: "
                    + String.join(", ", names()) + "; or a Markdown file with {{placeholders}})");
        };
    }

    /// A built-in name, or else a Markdown template file.
    public static Template resolve(String nameOrFile) throws IOException {
        Path p = Path.of(nameOrFile);
        if (Files.isRegularFile(p)) {
            String text = Files.readString(p, StandardCharsets.UTF_8);
            String file = p.getFileName().toString();
            return UserTemplates.parse(file, text);
        }
        return byName(nameOrFile);
    }
}
