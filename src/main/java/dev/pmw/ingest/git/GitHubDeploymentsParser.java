package dev.pmw.ingest.git;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pmw.ingest.ParseOptions;
import dev.pmw.ingest.ParseResult;
import dev.pmw.ingest.Sniff;
import dev.pmw.ingest.Source;
import dev.pmw.ingest.SourceParser;
import dev.pmw.ingest.time.Timestamps;
import dev.pmw.ingest.vendor.Collector;
import dev.pmw.ingest.vendor.JsonHead;
import dev.pmw.ingest.vendor.JsonRecords;
import dev.pmw.ingest.vendor.Nodes;
import dev.pmw.model.Attr;
import dev.pmw.model.Event;
import dev.pmw.model.EventKind;
import dev.pmw.model.Level;
import dev.pmw.work.Work;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/// `github-deployments`: the GitHub REST responses `GET /repos/{o}/{r}/deployments` (each a
/// `deploy` event at its request time, with service, version = ref, commit and environment) and
/// `GET …/deployments/{id}/statuses` (the first `success` of a deployment is when it went live: a
/// `deploy` event; every other state is a `status_change` carrying the state).
public final class GitHubDeploymentsParser implements SourceParser {
    public static final String FORMAT = "github-deployments";
    private static final Pattern REPO = Pattern.compile("/repos/[^/]+/([^/]+)");
    private static final Pattern DEPLOYMENT_ID = Pattern.compile("/deployments/(\\d+)");
    private static final Pattern ROLLBACK = Pattern.compile("(?i)\\b(rollback|roll back|rolled back|revert)");

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public int detect(Sniff sniff) {
        JsonNode root = JsonHead.of(sniff);
        if (root == null) {
            return 0;
        }
        JsonNode item = root.isArray() ? JsonHead.first(root) : root;
        if (isDeployment(item)) {
            return root.isArray() ? 95 : 85;
        }
        if (isStatus(item)) {
            return root.isArray() ? 90 : 80;
        }
        return 0;
    }

    static boolean isDeployment(JsonNode n) {
        return n.isObject() && (n.has("sha") || n.has("commit_sha")) && n.has("ref") && n.has("environment")
                && n.has("statuses_url");
    }

    static boolean isStatus(JsonNode n) {
        return n.isObject() && n.has("state") && n.has("deployment_url");
    }

    @Override
    public ParseResult parse(Source source, ParseOptions options, Work work) throws IOException {
        if (!(source instanceof Source.Single single)) {
            return ParseResult.failed(source.path(), FORMAT, "a folder is not a GitHub deployments response");
        }
        Collector out = new Collector(source, FORMAT);
        List<Rec> statuses = new ArrayList<>();
        JsonRecords.Result res;
        try (InputStream in = single.openText()) {
            res = JsonRecords.read(in, Set.of(), out.diags(), work, (node, i, line, off) -> {
                if (isDeployment(node)) {
                    deployment(node, i, line, off, out);
                } else if (isStatus(node)) {
                    Rec r = rec(node, i, line, off, out);
                    if (r != null) {
                        statuses.add(r);
                    }
                } else {
                    out.warn(line, "record " + i + " is neither a deployment nor a deployment status", Nodes.excerpt(node));
                }
            });
        }
        if (res.records() == 0 && !res.envelope().isEmpty()) {
            JsonNode one = res.envelope();
            if (isDeployment(one)) {
                deployment(one, 0, 1, 0, out);
            } else if (isStatus(one)) {
                Rec r = rec(one, 0, 1, 0, out);
                if (r != null) {
                    statuses.add(r);
                }
            }
        }
        emitStatuses(statuses, out);
        out.dialect(statuses.isEmpty() ? "deployments" : "deployment statuses");
        return out.result();
    }

    private static void deployment(JsonNode d, int i, long line, long off, Collector out) {
        Timestamps.Parsed t = time(d, i, line, out);
        if (t == null) {
            return;
        }
        String id = Nodes.text(d, "id");
        String sha = Nodes.textOr(d, Nodes.text(d, "commit_sha"), "sha");
        String ref = Nodes.text(d, "ref");
        String env = Nodes.text(d, "environment");
        String service = service(d);
        String key = "deployment:" + (id != null ? id : i);
        StringBuilder text = new StringBuilder("Deployment of ").append(ref == null ? "?" : ref);
        if (sha != null && !sha.equals(ref)) {
            text.append(" (").append(sha, 0, Math.min(7, sha.length())).append(')');
        }
        text.append(" to ").append(env == null ? "?" : env).append(" requested");
        String description = Nodes.text(d, "description");
        if (description != null) {
            text.append(": ").append(description);
        }
        boolean rollback = ROLLBACK.matcher(Nodes.textOr(d, "", "task") + " " + Nodes.textOr(d, "", "payload", "reason")
                + " " + (description == null ? "" : description)).find();
        out.add(Event.builder(out.id(key), t.instant(), out.ref(line, off, service, id),
                        rollback ? EventKind.ROLLBACK : EventKind.DEPLOY)
                .timeInfo(t.info())
                .actor(Nodes.textOr(d, "", "creator", "login"))
                .text(text.toString())
                .attr(Attr.SERVICE, service).attr(Attr.VERSION, ref).attr(Attr.COMMIT, sha)
                .attr(Attr.ENVIRONMENT, env).attr(Attr.DEPLOYMENT, id).attr(Attr.URL, Nodes.text(d, "url"))
                .build());
    }

    /// The deployed service: `payload.service` (or `app`) when the deploy tool sets it, else the
    /// repository name.
    private static String service(JsonNode d) {
        String s = Nodes.text(d, "payload", "service");
        if (s == null) {
            s = Nodes.text(d, "payload", "app");
        }
        if (s != null) {
            return s;
        }
        for (String field : new String[]{"repository_url", "url", "deployment_url"}) {
            String u = Nodes.text(d, field);
            if (u != null) {
                Matcher m = REPO.matcher(u);
                if (m.find()) {
                    return m.group(1);
                }
            }
        }
        return null;
    }

    private record Rec(JsonNode node, int index, long line, long offset, Timestamps.Parsed time, String deployment) {
    }

    private static Rec rec(JsonNode s, int i, long line, long off, Collector out) {
        Timestamps.Parsed t = time(s, i, line, out);
        if (t == null) {
            return null;
        }
        Matcher m = DEPLOYMENT_ID.matcher(Nodes.textOr(s, "", "deployment_url"));
        return new Rec(s, i, line, off, t, m.find() ? m.group(1) : null);
    }

    private static void emitStatuses(List<Rec> statuses, Collector out) {
        Map<String, Instant> firstSuccess = new HashMap<>();
        for (Rec r : statuses) {
            if ("success".equals(Nodes.text(r.node, "state"))) {
                firstSuccess.merge(String.valueOf(r.deployment), r.time.instant(), (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        for (Rec r : statuses) {
            String state = Nodes.textOr(r.node, "?", "state");
            String env = Nodes.text(r.node, "environment");
            String dep = r.deployment == null ? "?" : r.deployment;
            boolean live = "success".equals(state) && r.time.instant().equals(firstSuccess.get(String.valueOf(r.deployment)));
            String id = Nodes.text(r.node, "id");
            String description = Nodes.text(r.node, "description");
            String text = (live ? "Deployment " + dep + " live" : "Deployment " + dep + " " + state)
                    + (env == null ? "" : " in " + env) + (description == null ? "" : ": " + description);
            String service = service(r.node);
            String key = "status:" + (id != null ? id : r.index);
            out.add(Event.builder(out.id(key), r.time.instant(), out.ref(r.line, r.offset, service, id),
                            live ? EventKind.DEPLOY : EventKind.STATUS_CHANGE)
                    .timeInfo(r.time.info())
                    .actor(Nodes.textOr(r.node, "", "creator", "login"))
                    .text(text)
                    .level("failure".equals(state) || "error".equals(state) ? Level.ERROR : Level.UNKNOWN)
                    .attr(Attr.STATUS, state).attr(Attr.ENVIRONMENT, env).attr(Attr.SERVICE, service)
                    .attr(Attr.DEPLOYMENT, r.deployment)
                    .attr(Attr.URL, Nodes.textOr(r.node, Nodes.text(r.node, "log_url"), "target_url"))
                    .build());
        }
    }

    private static Timestamps.Parsed time(JsonNode n, int i, long line, Collector out) {
        String raw = Nodes.text(n, "created_at");
        Timestamps.Parsed t = raw == null ? null : Timestamps.parse(raw, java.time.ZoneOffset.UTC);
        if (t == null) {
            out.warn(line, "record " + i + (raw == null ? " has no created_at" : " has an unreadable created_at"),
                    Nodes.excerpt(n));
        }
        return t;
    }
}
