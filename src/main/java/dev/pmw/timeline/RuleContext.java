package dev.pmw.timeline;

import java.time.Instant;
import java.util.Set;

/// What rules may know beyond the row itself.
///
/// @param responders actors who acknowledged, were paged, or posted a finding or action
/// @param windowStart start of the estimated incident window (null when unknown)
/// @param windowEnd   end of the estimated incident window (null when unknown)
/// @param paged       people the paging system paged, assigned or recorded acknowledging: their
///                    "on it" in chat is an acknowledgement, anyone else's is chatter
public record RuleContext(Set<String> responders, Instant windowStart, Instant windowEnd, Set<String> paged) {
    public static final RuleContext EMPTY = new RuleContext(Set.of(), null, null, Set.of());

    public RuleContext(Set<String> responders, Instant windowStart, Instant windowEnd) {
        this(responders, windowStart, windowEnd, Set.of());
    }

    /// Changes up to a day before the window still matter: they are trigger candidates.
    public boolean inLeadUp(Instant t) {
        return windowStart == null || !t.isBefore(windowStart.minus(java.time.Duration.ofHours(24)))
                && (windowEnd == null || !t.isAfter(windowEnd));
    }

    public boolean inWindow(Instant t) {
        return (windowStart == null || !t.isBefore(windowStart)) && (windowEnd == null || !t.isAfter(windowEnd));
    }
}
