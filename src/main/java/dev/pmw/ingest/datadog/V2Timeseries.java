package dev.pmw.ingest.datadog;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pmw.ingest.vendor.Collector;
import dev.pmw.ingest.vendor.Nodes;

/// The columnar `/api/v2/query/timeseries` response: `times[]` (ms) shared by all series, one
/// `values[]` column per entry of `series[]` (`query_index`, `group_tags`, `unit`).
final class V2Timeseries {
    private V2Timeseries() {
    }

    static void read(JsonNode attrs, Collector out) {
        JsonNode times = attrs.path("times");
        JsonNode values = attrs.path("values");
        JsonNode series = attrs.path("series");
        long[] t = new long[times.size()];
        for (int i = 0; i < t.length; i++) {
            t[i] = times.get(i).decimalValue().longValue();
        }
        for (int s = 0; s < values.size(); s++) {
            JsonNode col = values.get(s);
            if (col.size() != t.length) {
                out.warn(0, "series " + s + " has " + col.size() + " values for " + t.length + " times; skipped", "");
                continue;
            }
            double[] v = new double[t.length];
            for (int i = 0; i < v.length; i++) {
                v[i] = col.get(i).isNumber() ? col.get(i).doubleValue() : Double.NaN;
            }
            JsonNode meta = series.path(s);
            StringBuilder name = new StringBuilder("query" + Nodes.textOr(meta, String.valueOf(s), "query_index"));
            JsonNode tags = meta.path("group_tags");
            if (tags.isArray() && !tags.isEmpty()) {
                name.append('{');
                for (int i = 0; i < tags.size(); i++) {
                    name.append(i == 0 ? "" : ",").append(tags.get(i).asText());
                }
                name.append('}');
            }
            DatadogMetricsParser.add(out, name.toString(), DatadogMetricsParser.unit(meta.path("unit")),
                    t.clone(), v, s);
        }
    }
}
