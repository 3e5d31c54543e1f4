package dev.pmw.analysis;

import dev.pmw.ingest.ParseResult;

import java.util.List;

/// The synthetic payment-service outage for tests outside this package (CLI output, drafting).
public final class AnalyzerFixtures {
    private AnalyzerFixtures() {
    }

    public static List<ParseResult> paymentOutage() {
        return new PaymentOutage().results();
    }

    public static List<ParseResult> withoutAlerts() {
        PaymentOutage f = new PaymentOutage();
        f.alerts = false;
        f.pagerDuty = false;
        return f.results();
    }
}
