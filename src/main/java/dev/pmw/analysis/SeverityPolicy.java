package dev.pmw.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/// An ordered list of clauses; the first clause with a condition the impact meets gives the
/// suggested severity. Conditions the evidence cannot decide (users unknown, revenue never
/// measured) are not met, and the reason says what was unknown.
///
/// @param clauses most severe first
public record SeverityPolicy(List<Clause> clauses) {

    public SeverityPolicy {
        clauses = List.copyOf(clauses);
    }

    /// @param level   the level this clause gives (`SEV1` …)
    /// @param anyOf   the clause holds when any condition holds
    public record Clause(String level, List<Condition> anyOf) {
        public Clause {
            anyOf = List.copyOf(anyOf);
        }
    }

    /// One test of the impact figures. [#test] returns the reason text when it holds, else null.
    public sealed interface Condition {
        String test(Impact impact);
    }

    /// More than `limit` distinct users among the failed requests.
    public record UsersAbove(long limit) implements Condition {
        public String test(Impact i) {
            return i.usersAffected() != null && i.usersAffected() > limit
                    ? i.usersAffected() + " users affected (> " + limit + ")" : null;
        }
    }

    /// Some users affected, but at most `limit` (or failures without user ids).
    public record UsersAtMost(long limit) implements Condition {
        public String test(Impact i) {
            if (i.usersAffected() != null) {
                return i.usersAffected() > 0 && i.usersAffected() <= limit
                        ? i.usersAffected() + " users affected (≤ " + limit + ")" : null;
            }
            return i.anyUserImpact() ? "user impact, number of users unknown" + failedNote(i) : null;
        }
    }

    /// More than `limit` failed requests.
    public record FailedRequestsAbove(long limit) implements Condition {
        public String test(Impact i) {
            return i.failedRequests() != null && i.failedRequests() > limit
                    ? i.failedRequests() + " failed requests (> " + limit + ")" : null;
        }
    }

    /// Revenue loss over `perHour` per hour. The evidence never measures revenue, so this holds
    /// only when a figure is supplied (a later edit layer may let the user enter it).
    public record RevenueLossAbove(double perHour, String currency, Double measuredPerHour) implements Condition {
        public String test(Impact i) {
            return measuredPerHour != null && measuredPerHour > perHour
                    ? String.format(Locale.ROOT, "revenue loss %s%.0f/hour (> %s%.0f)", currency, measuredPerHour,
                    currency, perHour) : null;
        }
    }

    /// The failed share over the impact window used up more than the error budget a monthly SLA
    /// of `target` (e.g. 0.999) allows: failed share × impact minutes > (1 − target) × 30 days.
    public record SlaBudgetExceeded(double target) implements Condition {
        public String test(Impact i) {
            Double share = i.failedShare();
            if (share == null || i.durationMinutes() == null) {
                return null;
            }
            double used = share * i.durationMinutes();
            double budget = (1 - target) * 30 * 24 * 60;
            return used > budget ? String.format(Locale.ROOT, "degraded SLA: %.1f%% of requests failed for %.0f min, "
                    + "%.1f min of full outage, over the %.1f-min monthly budget of a %s SLA", share * 100,
                    i.durationMinutes(), used, budget, Words.percent(target).replace(".0%", "%")) : null;
        }
    }

    /// No evidence of user impact.
    public record NoUserImpact() implements Condition {
        public String test(Impact i) {
            return i.anyUserImpact() ? null : "no failed requests, users or customer symptoms found (near miss)";
        }
    }

    /// Always holds (a catch-all last clause).
    public record Always(String reason) implements Condition {
        public String test(Impact i) {
            return reason;
        }
    }

    /// The seed policy (shared/seeds/000): SEV1 > 1000 users or revenue loss > £10k/hour; SEV2
    /// > 100 users or degraded SLA; SEV3 internal or < 100 users; SEV4 near miss, no user impact.
    public static SeverityPolicy seed() {
        return new SeverityPolicy(List.of(
                new Clause("SEV1", List.of(new UsersAbove(1000), new RevenueLossAbove(10_000, "£", null))),
                new Clause("SEV2", List.of(new UsersAbove(100), new SlaBudgetExceeded(0.999))),
                new Clause("SEV3", List.of(new UsersAtMost(100))),
                new Clause("SEV4", List.of(new NoUserImpact()))));
    }

    /// The first clause the impact meets, or null when none does (a policy without a catch-all).
    public Severity assess(Impact impact) {
        if (impact == null) {
            return null;
        }
        for (Clause c : clauses) {
            List<String> met = new ArrayList<>();
            for (Condition k : c.anyOf()) {
                String r = k.test(impact);
                if (r != null) {
                    met.add(r);
                }
            }
            if (!met.isEmpty()) {
                String reason = String.join("; ", met);
                return new Severity(c.level(), c.level() + ": " + reason + (reason.contains("unknown") ? "" : unknowns(impact)));
            }
        }
        return null;
    }

    private static String unknowns(Impact i) {
        return i.usersAffected() == null && i.anyUserImpact()
                ? " (user count unknown: the failed log lines carry no user id)" : "";
    }

    private static String failedNote(Impact i) {
        return i.failedRequests() != null ? " (" + i.failedRequests() + " failed requests)" : "";
    }
}
