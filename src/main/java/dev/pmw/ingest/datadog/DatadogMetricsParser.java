package dev.pmw.ingest.datadog;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pmw.ingest.IngestException;
import dev.pmw.ingest.Json;
import dev.pmw.ingest.ParseOptions;
import dev.pmw.ingest.ParseResult;
import dev.pmw.ingest.Sniff;
import dev.pmw.ingest.Source;
import dev.pmw.ingest.SourceParser;
import dev.pmw.ingest.vendor.Collector;
import dev.pmw.ingest.vendor.JsonHead;
import dev.pmw.ingest.vendor.Nodes;
import dev.pmw.model.MetricSeries;
import dev.pmw.work.Work;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/// `datadog-metrics`: a metric query response (`GET /api/v1/query`, what a graph's "export via
/// API" returns) as [MetricSeries] for charts and analysis, not as timeline rows. Point times are
/// float milliseconds; `null` values are gaps and stay gaps (NaN). Also reads the columnar v2
/// `/api/v2/query/timeseries` response.
public final class DatadogMetricsParser implements SourceParser {
    public static final String FORMAT = "datadog-metrics";

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public int detect(Sniff sniff) {
        JsonNode root = JsonHead.of(sniff);
        if (root == null || !root.isObject()) {
            return 0;
        }
        JsonNode series = root.path("series");
        if (series.isArray() && (JsonHead.first(series).has("pointlist") || series.isEmpty()
                && "time_series".equals(Nodes.text(root, "res_type")))) {
            return 95;
        }
        JsonNode attrs = root.path("data").path("attributes");
        return "timeseries_response".equals(Nodes.text(root, "data", "type")) || attrs.has("times") && attrs.has("values")
                ? 90 : 0;
    }

    @Override
    public ParseResult parse(Source source, ParseOptions options, Work work) throws IOException {
        if (!(source instanceof Source.Single single)) {
            return ParseResult.failed(source.path(), FORMAT, "a folder is not a Datadog metric query");
        }
        Collector out = new Collector(source, FORMAT);
        JsonNode root;
        try (InputStream in = single.openText()) {
            root = Json.mapper().readTree(in);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IngestException("not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IngestException("not a Datadog metric query response");
        }
        JsonNode series = root.path("series");
        if (series.isArray()) {
            out.dialect("v1 query");
            int i = 0;
            for (JsonNode s : series) {
                work.check();
                v1Series(s, i++, out);
            }
        } else {
            out.dialect("v2 timeseries");
            V2Timeseries.read(root.path("data").path("attributes"), out);
        }
        if (out.events().isEmpty() && root.path("series").isEmpty() && "error".equals(Nodes.text(root, "status"))) {
            out.warn(0, "the query failed: " + Nodes.textOr(root, "", "error"), "");
        }
        return out.result();
    }

    private static void v1Series(JsonNode s, int index, Collector out) {
        String name = name(s);
        JsonNode points = s.path("pointlist");
        long[] times = new long[points.size()];
        double[] values = new double[points.size()];
        int n = 0;
        int p = 0;
        for (JsonNode pt : points) {
            if (!pt.isArray() || pt.size() < 2 || !pt.get(0).isNumber() || !(pt.get(1).isNumber() || pt.get(1).isNull())) {
                out.warn(0, "series " + name + ": point " + p + " is not [time, value]", Nodes.excerpt(pt));
            } else {
                times[n] = pt.get(0).decimalValue().longValue();
                values[n] = pt.get(1).isNull() ? Double.NaN : pt.get(1).doubleValue();
                n++;
            }
            p++;
        }
        add(out, name, unit(s.path("unit")), Arrays.copyOf(times, n), Arrays.copyOf(values, n), index);
    }

    /// `display_name` (or `metric`) plus the scope in braces, unless the expression already shows it.
    private static String name(JsonNode s) {
        String expression = Nodes.text(s, "expression");
        String base = Nodes.textOr(s, Nodes.textOr(s, expression, "metric"), "display_name");
        String scope = Nodes.text(s, "scope");
        if (base == null) {
            return "series";
        }
        if (base.contains("{") || scope == null) {
            return base;
        }
        return base + "{" + scope + "}";
    }

    /// `unit[0].short_name`, with `/unit[1].short_name` for rates ("req/s").
    static String unit(JsonNode unit) {
        if (!unit.isArray() || unit.isEmpty()) {
            return "";
        }
        String u = Nodes.textOr(unit.get(0), Nodes.textOr(unit.get(0), "", "name"), "short_name");
        String per = unit.size() > 1 ? Nodes.textOr(unit.get(1), Nodes.text(unit.get(1), "name"), "short_name") : null;
        return per == null ? u : u + "/" + per;
    }

    static void add(Collector out, String name, String unit, long[] times, double[] values, int index) {
        if (!ascending(times)) {
            Integer[] order = new Integer[times.length];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> Long.compare(times[a], times[b]));
            long[] t2 = new long[times.length];
            double[] v2 = new double[times.length];
            for (int i = 0; i < order.length; i++) {
                t2[i] = times[order[i]];
                v2[i] = values[order[i]];
            }
            out.add(new MetricSeries(name, unit, out.ref(0, -1, name, "series:" + index), t2, v2));
        } else {
            out.add(new MetricSeries(name, unit, out.ref(0, -1, name, "series:" + index), times, values));
        }
        out.countRecords(times.length);
    }

    private static boolean ascending(long[] t) {
        for (int i = 1; i < t.length; i++) {
            if (t[i] < t[i - 1]) {
                return false;
            }
        }
        return true;
    }
}
