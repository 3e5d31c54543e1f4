package dev.pmw.analysis;

import java.time.Instant;

/// The error episode the incident is about, read from the per-minute log signals: where it departs
/// from the baseline (onset) and where it returns to it for good (recovery).
///
/// The anchor is the first alert (or, without alerts, the worst minute). From there the onset walks
/// back through the unbroken run of active minutes (elevated failures or incident-related
/// warnings), so an unrelated error earlier in the day, separated by quiet minutes, is not the
/// onset. A single quiet minute is crossed only when the two minutes before it are active too.
///
/// @param onset           first signal line of the run
/// @param onsetMinute     its grid minute
/// @param leadRef         the line that marks the onset (an incident-related warning or a failure)
/// @param firstFailRef    the first failure of the run, or -1
/// @param anchorMinute    the minute the walk started from
/// @param recovery        start of the first calm minute after the anchor that stays calm, or null
/// @param lastFailRef     the last failure before the recovery, or -1
/// @param recoveryMissing why there is no recovery (null when there is one)
record Episode(Instant onset, int onsetMinute, long leadRef, long firstFailRef, int anchorMinute, Instant recovery,
               long lastFailRef, String recoveryMissing) {

    /// Minutes a recovered error rate must stay calm.
    static final int STAY_CALM_MINUTES = 10;
    /// How far from the anchor the run may start or end.
    private static final int SEARCH_MINUTES = 30;

    /// The episode around `anchor`, or null when the logs show none.
    static Episode find(LogSignals s, Instant anchor) {
        if (s.isEmpty()) {
            return null;
        }
        int a = anchorMinute(s, anchor);
        if (a < 0) {
            return null;
        }
        int m = a;
        while (true) {
            if (s.active(m - 1)) {
                m--;
            } else if (s.active(m - 2) && s.active(m - 3)) {
                m -= 2;
            } else {
                break;
            }
        }
        long onsetNanos = Long.MAX_VALUE;
        long leadRef = -1;
        if (s.related[m] > 0) {
            onsetNanos = s.firstRelated[m];
            leadRef = s.firstRelatedRef[m];
        }
        if (s.elevated(m) && s.firstFailed[m] < onsetNanos) {
            onsetNanos = s.firstFailed[m];
            leadRef = s.firstFailedRef[m];
        }
        long firstFail = -1;
        for (int k = m; k < s.minutes && k <= a + SEARCH_MINUTES; k++) {
            if (s.elevated(k)) {
                firstFail = s.firstFailedRef[k];
                break;
            }
        }
        int r = recoveryMinute(s, a);
        Instant recovery = null;
        long lastFail = -1;
        String missing = null;
        if (r >= 0) {
            recovery = s.minuteStart(r);
            for (int k = r - 1; k >= m; k--) {
                if (s.failed[k] > 0) {
                    lastFail = s.lastFailedRef[k];
                    break;
                }
            }
        } else {
            missing = "the logs end before the " + s.failureNoun() + " share returned to its baseline and stayed there for "
                    + STAY_CALM_MINUTES + " minutes";
        }
        return new Episode(dev.pmw.ingest.time.Timestamps.ofNanos(onsetNanos), m, leadRef, firstFail, a, recovery,
                lastFail, missing);
    }

    /// The anchor minute: the first alert's minute when active, else the latest active minute up to
    /// half an hour before it, else the first one up to half an hour after it. Without an alert,
    /// the minute with the most failures.
    private static int anchorMinute(LogSignals s, Instant anchor) {
        if (anchor != null) {
            int am = s.minuteOf(anchor);
            for (int k = Math.min(am, s.minutes - 1); k >= Math.max(0, am - SEARCH_MINUTES); k--) {
                if (s.active(k)) {
                    return k;
                }
            }
            for (int k = Math.max(0, am + 1); k < s.minutes && k <= am + SEARCH_MINUTES; k++) {
                if (s.active(k)) {
                    return k;
                }
            }
            return -1;
        }
        int best = -1;
        for (int k = 0; k < s.minutes; k++) {
            if (s.elevated(k) && (best < 0 || s.failed[k] > s.failed[best])) {
                best = k;
            }
        }
        return best;
    }

    /// The first calm minute with traffic after the anchor whose next [#STAY_CALM_MINUTES] minutes
    /// are calm wherever there is traffic. Minutes without any line are no evidence either way: they
    /// neither break the stretch nor count for it (a silent logging pipeline is not a recovery), so
    /// at least three minutes of it must show traffic; near the end of the logs, three calm minutes
    /// with traffic are enough.
    private static int recoveryMinute(LogSignals s, int a) {
        int end = s.lastDataMinute;
        for (int r = a + 1; r <= end; r++) {
            if (s.total[r] == 0 || !s.calm(r)) {
                continue;
            }
            int until = Math.min(end, r + STAY_CALM_MINUTES - 1);
            int seen = 0;
            int broken = -1;
            for (int k = r; k <= until; k++) {
                if (s.total[k] > 0) {
                    if (!s.calm(k)) {
                        broken = k;
                        break;
                    }
                    seen++;
                }
            }
            if (broken >= 0) {
                r = broken;
            } else if (seen >= 3) {
                return r;
            }
        }
        return -1;
    }
}
