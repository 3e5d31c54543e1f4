package dev.pmw.ingest.datadog;

import dev.pmw.ingest.ParseResult;
import dev.pmw.model.MetricSeries;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Instant;

import static dev.pmw.ingest.vendor.Fixtures.assertDetected;
import static dev.pmw.ingest.vendor.Fixtures.parse;
import static dev.pmw.ingest.vendor.Fixtures.resource;
import static dev.pmw.ingest.vendor.Fixtures.warnings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatadogMetricsParserTest {
    private final DatadogMetricsParser parser = new DatadogMetricsParser();

    @Test
    void realQueryResponseIsOneSeriesOf288FiveMinutePoints() {
        Path f = resource("realworld/datadog/v1_metrics_query_timeseries_points.json");
        assertDetected(f, DatadogMetricsParser.FORMAT);
        ParseResult r = parse(parser, f);
        assertTrue(r.events().isEmpty(), "metrics are series, not timeline rows");
        assertEquals(1, r.series().size());
        MetricSeries s = r.series().getFirst();
        assertEquals("system.cpu.idle{*}", s.name());
        assertEquals("%", s.unit());
        assertEquals(288, s.size(), "the series says length 288");
        assertEquals(1641344100000L, s.times()[0]);
        assertEquals(91.4583840476142, s.values()[0]);
        assertEquals(1641430200000L, s.times()[287]);
        assertEquals(300_000L, s.times()[1] - s.times()[0], "interval 300 is seconds");
        for (double v : s.values()) {
            assertFalse(Double.isNaN(v), "the real response has no gap");
        }
        assertEquals(288, r.records());
    }

    @Test
    void nullPointsStayGapsAndFloatMillisecondsAreExact() {
        ParseResult r = parse(parser, resource("fixtures/datadog/metrics-5xx-share-with-gaps.json"));
        assertEquals(2, r.series().size());
        MetricSeries share = r.series().get(0);
        assertEquals("5xx share{env:prod,service:checkout-api}", share.name());
        assertEquals("%", share.unit());
        assertEquals(12, share.size(), "the malformed point is dropped, the nulls are kept");
        assertEquals(Instant.parse("2026-01-21T14:30:00Z").toEpochMilli(), share.times()[0]);
        assertTrue(Double.isNaN(share.values()[3]));
        assertTrue(Double.isNaN(share.values()[4]));
        assertEquals(5.1, share.values()[8]);
        assertEquals("req/s", r.series().get(1).unit());
        assertEquals(1, warnings(r).size());
        assertTrue(warnings(r).getFirst().message().contains("point 6 is not [time, value]"));
    }
}
