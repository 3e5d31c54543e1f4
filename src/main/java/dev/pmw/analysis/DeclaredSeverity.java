package dev.pmw.analysis;

import dev.pmw.model.EventKind;
import dev.pmw.timeline.Row;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/// The severity responders declared ("Declaring SEV2, I'm IC", a declaration event), the latest
/// one when it was raised or lowered later. Compared with the suggestion from the policy: they
/// should agree, and when they do not the review should decide.
///
/// @param level the declared level, upper case ("SEV2", "P1")
/// @param row   the declaring row
record DeclaredSeverity(String level, Row row) {
    private static final Pattern DECLARED = Pattern.compile("(?i)\\b(?:declar\\w*|this is(?: a| an)?|rais\\w* (?:it )?to|"
            + "upgrad\\w* (?:it )?to|downgrad\\w* (?:it )?to|bump\\w* (?:it )?to|now (?:a|an))\\s+(?:an? )?"
            + "(sev|p)\\s?-?([0-5])\\b");

    /// The latest declaration in the timeline, or null.
    static DeclaredSeverity find(IncidentEvidence inc) {
        DeclaredSeverity found = null;
        for (Row r : inc.rows) {
            EventKind k = r.event().kind();
            boolean person = k == EventKind.DECLARE || ChatCues.human(r.event());
            if (!person) {
                continue;
            }
            Matcher m = DECLARED.matcher(r.event().text());
            if (m.find()) {
                found = new DeclaredSeverity(m.group(1).toUpperCase(Locale.ROOT) + m.group(2), r);
            }
        }
        return found;
    }

    /// " by Rafa Llorente at 02:13 UTC"
    private String byWhomWhen() {
        String who = row.event().actor().isEmpty() ? "" : " by " + row.event().actor();
        return who + " at " + Words.hm(row.event().time()) + " UTC";
    }

    /// The suggestion with the declaration added to its reason.
    Severity annotate(Severity suggested) {
        String note = suggested.level().equalsIgnoreCase(level) ? "; matches the severity declared" + byWhomWhen()
                : "; " + level + " was declared" + byWhomWhen();
        return new Severity(suggested.level(), suggested.reason() + note);
    }

    /// A question when the suggestion and the declaration differ, else null.
    OpenQuestion disagreement(Severity suggested) {
        if (suggested == null || suggested.level().equalsIgnoreCase(level)) {
            return null;
        }
        return new OpenQuestion(OpenQuestion.CONTRADICTION, "The evidence suggests " + suggested.reason() + ", but "
                + level + " was declared" + byWhomWhen() + ". Which should the postmortem record, and is a figure the "
                + "severity policy needs missing from the evidence?", List.of(row.id()));
    }
}
