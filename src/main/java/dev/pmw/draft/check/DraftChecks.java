package dev.pmw.draft.check;

import dev.pmw.draft.DraftContext;
import dev.pmw.draft.People;
import dev.pmw.timeline.Row;

import java.time.ZoneId;
import java.util.List;

/// The claim checker and the blameless lint for one incident, built once from a draft context and
/// reused on every draft and every edit (both are immutable and thread-safe).
///
/// @param claims the claim checker over all timeline rows and the analysis
/// @param lint   the blameless lint, knowing the incident's people
public record DraftChecks(ClaimChecker claims, BlamelessLint lint) {

    /// @param zone the display zone (times in the text may be written in it or in UTC)
    public static DraftChecks of(DraftContext ctx, ZoneId zone) {
        EvidenceIndex index = EvidenceIndex.of(ctx.timeline().rows().stream().map(Row::event).toList());
        List<String> people = List.copyOf(People.of(ctx.timeline()));
        ClaimChecker checker = new ClaimChecker(index, AnalysisFacts.of(ctx.analysis()), zone).withPeople(people);
        return new DraftChecks(checker, new BlamelessLint(people));
    }
}
