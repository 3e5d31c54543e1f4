/// Helpers shared by the parsers of vendor exports and API responses (Datadog, PagerDuty, Opsgenie,
/// GitHub): the shape of a JSON document from its sniffed head, streaming the record array of a
/// possibly huge or truncated response, and collecting events into a [dev.pmw.ingest.ParseResult].
package dev.pmw.ingest.vendor;
