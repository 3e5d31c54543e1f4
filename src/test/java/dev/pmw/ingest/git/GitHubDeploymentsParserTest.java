package dev.pmw.ingest.git;

import dev.pmw.ingest.ParseResult;
import dev.pmw.model.Attr;
import dev.pmw.model.Diagnostic;
import dev.pmw.model.Event;
import dev.pmw.model.EventKind;
import dev.pmw.model.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static dev.pmw.ingest.vendor.Fixtures.assertDetected;
import static dev.pmw.ingest.vendor.Fixtures.byText;
import static dev.pmw.ingest.vendor.Fixtures.only;
import static dev.pmw.ingest.vendor.Fixtures.parse;
import static dev.pmw.ingest.vendor.Fixtures.resource;
import static dev.pmw.ingest.vendor.Fixtures.warnings;
import static dev.pmw.ingest.vendor.Fixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/// Fixtures shaped like GitHub's REST docs examples (no recorded real response exists).
class GitHubDeploymentsParserTest {
    private final GitHubDeploymentsParser parser = new GitHubDeploymentsParser();

    @Test
    void deploymentsAreDeploysAtTheirRequestTime() {
        Path f = resource("fixtures/github/deployments.json");
        assertDetected(f, GitHubDeploymentsParser.FORMAT);
        ParseResult r = parse(parser, f);
        assertEquals(2, r.events().size());
        Event deploy = only(r, e -> e.kind() == EventKind.DEPLOY);
        assertEquals(Instant.parse("2026-01-21T14:20:03Z"), deploy.time());
        assertEquals("checkout-api", deploy.attr(Attr.SERVICE), "repository name when the payload names no service");
        assertEquals("v2.15.0", deploy.attr(Attr.VERSION));
        assertEquals("9f3c2e1d8b7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e", deploy.attr(Attr.COMMIT));
        assertEquals("production", deploy.attr(Attr.ENVIRONMENT));
        assertEquals("1873190044", deploy.attr(Attr.DEPLOYMENT));
        assertEquals("deploy-bot[bot]", deploy.actor());
        assertEquals("Deployment of v2.15.0 (9f3c2e1) to production requested: Deploy v2.15.0 (release train 2026-01-21)",
                deploy.text());
    }

    @Test
    void aDeploymentThatSaysRollbackIsARollback() {
        ParseResult r = parse(parser, resource("fixtures/github/deployments.json"));
        Event rollback = only(r, e -> e.kind() == EventKind.ROLLBACK);
        assertEquals(Instant.parse("2026-01-21T15:00:12Z"), rollback.time());
        assertEquals("v2.14.1", rollback.attr(Attr.VERSION));
        assertEquals("checkout-api", rollback.attr(Attr.SERVICE), "payload.service");
        assertEquals("omar-haddad", rollback.actor());
    }

    @Test
    void theFirstSuccessStatusIsTheGoLiveTime() {
        Path f = resource("fixtures/github/deployment-statuses.json");
        assertDetected(f, GitHubDeploymentsParser.FORMAT);
        ParseResult r = parse(parser, f);
        assertEquals(5, r.events().size());
        Event live = only(r, e -> e.kind() == EventKind.DEPLOY);
        assertEquals(Instant.parse("2026-01-21T14:24:51Z"), live.time(), "the earlier of two successes, listed second");
        assertEquals("Deployment 1873190044 live in production: Rolled out to 12/12 pods", live.text());
        assertEquals("1873190044", live.attr(Attr.DEPLOYMENT));
        assertEquals("checkout-api", live.attr(Attr.SERVICE));
        Event later = byText(r, "smoke tests");
        assertEquals(EventKind.STATUS_CHANGE, later.kind());
        assertEquals("success", later.attr(Attr.STATUS));
        assertEquals("inactive", byText(r, "Superseded").attr(Attr.STATUS));
        assertEquals(Instant.parse("2026-01-21T14:20:05Z"), byText(r, "queued").time());
    }

    @Test
    void failuresAreStatusChangesWithTheirStateAndBadRecordsAreReported(@TempDir Path dir) {
        Path f = write(dir, "statuses.json", """
                [
                  {"id": 2, "state": "failure", "description": "Health check failed on 3/12 pods", "environment": "production",
                   "created_at": "2026-01-21T14:23:10Z",
                   "deployment_url": "https://api.github.com/repos/acme-retail/checkout-api/deployments/77",
                   "creator": {"login": "deploy-bot[bot]"}},
                  {"id": 1, "state": "in_progress", "environment": "production", "created_at": "yesterday",
                   "deployment_url": "https://api.github.com/repos/acme-retail/checkout-api/deployments/77"},
                  {"hello": "world"}
                ]
                """);
        ParseResult r = parse(parser, f);
        Event failure = only(r, e -> true);
        assertEquals(EventKind.STATUS_CHANGE, failure.kind());
        assertEquals("failure", failure.attr(Attr.STATUS));
        assertEquals(Level.ERROR, failure.level());
        assertEquals("Deployment 77 failure in production: Health check failed on 3/12 pods", failure.text());
        List<Diagnostic> w = warnings(r);
        assertEquals(2, w.size(), w.toString());
        assertTrue(w.get(0).message().contains("unreadable created_at"), w.get(0).message());
        assertEquals(6, w.get(0).line(), "the line where the record starts");
        assertTrue(w.get(1).message().contains("neither a deployment nor a deployment status"));
    }
}
