package dev.pmw.analysis;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/// The seed policy's clauses, first match wins, and the reason names the numbers.
class SeverityPolicyTest {
    private static final SeverityPolicy SEED = SeverityPolicy.seed();

    private static Impact impact(Double minutes, Long failed, Long requests, Long users, List<Symptom> symptoms) {
        return new Impact(minutes, failed, requests, Map.of(), Map.of(), users, null, symptoms, List.of());
    }

    @Test
    void moreThanAThousandUsersIsSev1() {
        assertEquals(new Severity("SEV1", "SEV1: 1204 users affected (> 1000)"),
                SEED.assess(impact(12.0, 3000L, 90_000L, 1204L, List.of())));
    }

    @Test
    void moreThanAHundredUsersIsSev2() {
        assertEquals(new Severity("SEV2", "SEV2: 101 users affected (> 100)"),
                SEED.assess(impact(28.0, 142L, 2430L, 101L, List.of())));
    }

    @Test
    void anOutageThatUsesUpTheMonthlyErrorBudgetIsADegradedSlaEvenWithFewUsers() {
        // 60% of requests failed for 90 minutes: 54 min of full outage > 43.2 min of a 99.9% month
        Severity s = SEED.assess(impact(90.0, 6000L, 10_000L, 40L, List.of()));
        assertEquals("SEV2", s.level());
        assertEquals("SEV2: degraded SLA: 60.0% of requests failed for 90 min, 54.0 min of full outage, over the "
                + "43.2-min monthly budget of a 99.9% SLA", s.reason());
    }

    @Test
    void aHundredUsersOrFewerIsSev3AndUnknownUsersAreSaid() {
        assertEquals(new Severity("SEV3", "SEV3: 100 users affected (≤ 100)"),
                SEED.assess(impact(28.0, 142L, 2430L, 100L, List.of())));
        assertEquals(new Severity("SEV3", "SEV3: user impact, number of users unknown (142 failed requests)"),
                SEED.assess(impact(28.0, 142L, 2430L, null, List.of())));
        assertEquals("SEV3", SEED.assess(impact(null, null, null, null,
                List.of(new Symptom("customers report failed payments", "e-1", null)))).level());
    }

    @Test
    void noUserImpactIsANearMissSev4() {
        assertEquals(new Severity("SEV4", "SEV4: no failed requests, users or customer symptoms found (near miss)"),
                SEED.assess(impact(10.0, 0L, 5000L, null, List.of())));
    }

    @Test
    void aCustomPolicyIsReadInOrderAndMayMatchNothing() {
        SeverityPolicy strict = new SeverityPolicy(List.of(
                new SeverityPolicy.Clause("P1", List.of(new SeverityPolicy.FailedRequestsAbove(100))),
                new SeverityPolicy.Clause("P2", List.of(new SeverityPolicy.UsersAbove(10)))));
        assertEquals(new Severity("P1", "P1: 142 failed requests (> 100)"),
                strict.assess(impact(28.0, 142L, 2430L, 115L, List.of())));
        assertEquals("P2", strict.assess(impact(28.0, 50L, 2430L, 11L, List.of())).level());
        assertNull(strict.assess(impact(28.0, 5L, 2430L, 2L, List.of())));
        SeverityPolicy revenue = new SeverityPolicy(List.of(new SeverityPolicy.Clause("SEV1",
                List.of(new SeverityPolicy.RevenueLossAbove(10_000, "£", 25_000.0)))));
        assertEquals("SEV1: revenue loss £25000/hour (> £10000)", revenue.assess(impact(5.0, 1L, 10L, 1L, List.of())).reason());
    }
}
