package dev.pmw.timeline;

import dev.pmw.timeline.edit.RelevanceOverride;

import java.util.ArrayList;
import java.util.List;

/// The user's word over the relevance rules, applied after scoring. Precedence: merged into
/// another row, hidden, pinned, demoted, promoted, added by the user, orphaned, then the rules.
/// Each override names itself in the reasons, so a row still explains why it is shown or hidden.
final class UserRelevance {
    /// Noise "rule" ids for rows the user hid, demoted or merged (see [RelevanceRules#label(String)]).
    static final String HIDDEN = "user-hidden";
    static final String DEMOTED = "user-demoted";
    static final String MERGED = "merged";

    private UserRelevance() {
    }

    static Relevance apply(Relevance r, RowState s) {
        if (s == RowState.SOURCE) {
            return r;
        }
        if (s.mergedInto() != null) {
            return hide(r, MERGED, "merged into another row");
        }
        if (s.hidden()) {
            return hide(r, HIDDEN, "hidden by you");
        }
        if (s.pinned()) {
            return show(r, 1.0, "pinned by you");
        }
        if (s.override() == RelevanceOverride.DEMOTED) {
            return hide(r, DEMOTED, "demoted by you");
        }
        if (s.override() == RelevanceOverride.PROMOTED) {
            return show(r, 0.9, "promoted by you");
        }
        if (s.origin() == RowState.Origin.MANUAL) {
            return show(r, 0.8, "added by you");
        }
        if (s.origin() == RowState.Origin.ORPHAN) {
            return show(r, 0.8, "edited, but no longer in its source");
        }
        return r;
    }

    private static Relevance hide(Relevance r, String id, String reason) {
        List<String> reasons = new ArrayList<>(r.reasons());
        reasons.add(reason);
        return new Relevance(Math.min(r.score(), 0.2), reasons, id);
    }

    private static Relevance show(Relevance r, double floor, String reason) {
        List<String> reasons = new ArrayList<>();
        reasons.add(reason);
        reasons.addAll(r.reasons());
        return new Relevance(Math.max(r.score(), floor), reasons, null);
    }
}
