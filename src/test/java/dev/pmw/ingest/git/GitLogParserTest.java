package dev.pmw.ingest.git;

import dev.pmw.ingest.ParseOptions;
import dev.pmw.ingest.ParseResult;
import dev.pmw.model.Attr;
import dev.pmw.model.Diagnostic;
import dev.pmw.model.Event;
import dev.pmw.model.EventKind;
import dev.pmw.model.TimeFlag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static dev.pmw.ingest.vendor.Fixtures.assertDetected;
import static dev.pmw.ingest.vendor.Fixtures.only;
import static dev.pmw.ingest.vendor.Fixtures.parse;
import static dev.pmw.ingest.vendor.Fixtures.resource;
import static dev.pmw.ingest.vendor.Fixtures.warnings;
import static dev.pmw.ingest.vendor.Fixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GitLogParserTest {
    private final GitLogParser parser = new GitLogParser();

    private static Path real(String name) {
        return resource("realworld/git-log/" + name);
    }

    private static Event commit(ParseResult r, String shaPrefix) {
        return only(r, e -> e.attr(Attr.COMMIT).startsWith(shaPrefix));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sev_default.txt", "sev_fuller_iso-strict.txt", "sev_merges_raw_dates.txt", "sev_oneline.txt",
            "sev_pretty_H_aI_an_s.txt", "sev_tab_custom_date.txt"})
    void everyRealLogFormIsDetectedAsGitLog(String file) {
        assertDetected(real(file), GitLogParser.FORMAT);
    }

    @Test
    void defaultFormatReadsEnglishDatesWithTheAuthorsOffset() {
        ParseResult r = parse(parser, real("sev_default.txt"));
        assertEquals(25, r.events().size());
        Event first = commit(r, "b46af7e1cdc1a571ef334f0de8c4e7f3cc3f1282");
        assertEquals(Instant.parse("2026-06-01T03:36:28Z"), first.time());
        assertEquals("Sun May 31 20:36:28 2026 -0700", first.timeInfo().raw());
        assertEquals(EventKind.COMMIT, first.kind());
        assertEquals("Hamza Faran", first.actor());
        assertEquals("Make pyproject.toml the single source of truth for version (#243)", first.text());
        assertTrue(first.attr(Attr.BODY).startsWith("* Make pyproject.toml the single source of truth"), first.attr(Attr.BODY));
        assertTrue(first.attr(Attr.BODY).length() <= 500);
        assertEquals(1, first.source().line());
        assertTrue(warnings(r).isEmpty(), r.diagnostics().toString());
    }

    @Test
    void noEmailReachesTheTimelineNotEvenFromTrailers() {
        for (String f : List.of("sev_default.txt", "sev_fuller_iso-strict.txt", "sev_pretty_H_aI_an_s.txt")) {
            for (Event e : parse(parser, real(f)).events()) {
                assertFalse(e.actor().contains("@"), e.actor());
                assertFalse(e.text().contains("@"), e.text());
                e.attrs().values().forEach(v -> assertFalse(v.contains("@noreply") || v.contains("@users.noreply"), v));
            }
        }
        Event first = commit(parse(parser, real("sev_default.txt")), "b46af7e");
        assertTrue(first.attr(Attr.BODY).contains("Co-Authored-By: Claude Sonnet 4.6"), "the trailer's name stays");
    }

    @Test
    void fullerUsesTheCommitterDate() {
        ParseResult r = parse(parser, real("sev_fuller_iso-strict.txt"));
        assertEquals(25, r.events().size());
        assertEquals("fuller", r.info().dialect());
        Event e = commit(r, "4226c2d2c2c922f143882a146c665ef430f08424");
        // AuthorDate 2025-10-23T17:32:33+08:00, CommitDate 2025-10-23T02:32:33-07:00: the same instant
        assertEquals("2025-10-23T02:32:33-07:00", e.timeInfo().raw());
        assertEquals(Instant.parse("2025-10-23T09:32:33Z"), e.time());
        assertEquals("gitercn", e.actor());
        assertNull(e.attr(Attr.AUTHOR_DATE), "no author date attribute when both dates are the same instant");
    }

    @Test
    void prettyFormatKeepsEveryOffsetFromMinusEightToPlusNine() {
        ParseResult r = parse(parser, real("sev_pretty_H_aI_an_s.txt"));
        assertEquals(60, r.events().size());
        Event pst = commit(r, "07fc18f2eb5870d87bb26ee8ae5ce96bc31be7e3");
        Event jst = commit(r, "056b75c403a6ef0422476990cc6c6616cf0ca4d8");
        assertEquals(Instant.parse("2025-02-01T22:40:03Z"), pst.time()); // 2025-02-01T14:40:03-08:00
        assertEquals(Instant.parse("2025-02-01T22:39:10Z"), jst.time()); // 2025-02-02T07:39:10+09:00
        assertTrue(jst.time().isBefore(pst.time()), "the +09:00 commit dated a day later happened first");
        assertEquals("TAKAHASHI Shuuji", jst.actor());
        assertEquals("feat: lazy loading images (#219)", jst.text());
        assertEquals("github-actions[bot]", commit(r, "a07a3664").actor());
        assertEquals("offsets in source", r.info().timezone());
    }

    @Test
    void tabSeparatedCustomDatesWithAbbreviatedHashes() {
        ParseResult r = parse(parser, real("sev_tab_custom_date.txt"));
        assertEquals(40, r.events().size());
        Event jst = commit(r, "056b75c");
        assertEquals("056b75c", jst.attr(Attr.COMMIT));
        assertEquals(Instant.parse("2025-02-01T22:39:10Z"), jst.time());
        assertEquals("2025-02-02 07:39:10 +0900", jst.timeInfo().raw());
        assertEquals(Instant.parse("2025-02-01T22:40:03Z"), commit(r, "07fc18f").time()); // -0800
        assertEquals("DM's", commit(r, "602b2b6").text().replaceAll(".*(DM's).*", "$1"));
    }

    @Test
    void rawDatesOfMergeCommitsAreMarkedAsMerges() {
        ParseResult r = parse(parser, real("sev_merges_raw_dates.txt"));
        assertEquals(16, r.events().size());
        assertTrue(r.events().stream().allMatch(e -> "true".equals(e.attr(Attr.MERGE))));
        Event first = commit(r, "692b5f0e408b8cbc5cff633a55eb97486fdad871");
        assertEquals(Instant.ofEpochSecond(1601694589), first.time());
        assertEquals("1601694589 -0700", first.timeInfo().raw());
        assertEquals("Merge pull request #136 from pR0Ps/master", first.text());
        assertEquals(Instant.parse("2020-01-24T23:43:07Z"), commit(r, "34c2ab61").time()); // 1579909387 -0800
    }

    @Test
    void onelineIsRefusedWithTheCommandThatWorks() {
        ParseResult r = parse(parser, real("sev_oneline.txt"));
        assertTrue(r.events().isEmpty());
        Diagnostic d = only1(r.diagnostics());
        assertEquals(Diagnostic.Severity.ERROR, d.severity());
        assertTrue(d.message().startsWith("git log --oneline has no dates"), d.message());
        assertTrue(d.message().contains(GitLogParser.RECOMMENDED), d.message());
        assertTrue(r.failed());
    }

    private static Diagnostic only1(List<Diagnostic> list) {
        assertEquals(1, list.size(), list.toString());
        return list.getFirst();
    }

    @Test
    void recommendedUnitSeparatorFormatKeepsPipesAndTabsInSubjects(@TempDir Path dir) {
        String us = "\u001f";
        String rs = "\u001e";
        String log = "61d5ef4258dc96ef7d13b53c83dc16bbdcf4ba22" + us + "2026-02-13T10:41:18+01:00" + us + "2026-02-13T11:52:44+01:00"
                + us + "Marta Rius" + us + "marta.rius@ferropay.example" + us + "cron: a | b\tc \"quoted\"" + rs + "\n"
                + "81e42963da62d8b270ad3c1a827c89a7957b1f0f" + us + "2026-02-13T12:05:09+01:00" + us + "2026-02-13T12:05:09+01:00"
                + us + "Jordi Puig" + us + "jordi@ferropay.example" + us + "release: v3.8.0" + rs + "\n";
        Path f = write(dir, "deploys.log", log);
        assertDetected(f, GitLogParser.FORMAT);
        ParseResult r = parse(parser, f);
        assertEquals(2, r.events().size(), r.diagnostics().toString());
        Event e = commit(r, "61d5ef4");
        assertEquals("cron: a | b\tc \"quoted\"", e.text());
        assertEquals("Marta Rius", e.actor());
        assertEquals(Instant.parse("2026-02-13T10:52:44Z"), e.time(), "committer date, not the author date");
        assertEquals("2026-02-13T09:41:18Z", e.attr(Attr.AUTHOR_DATE));
        assertEquals(2, commit(r, "81e4296").source().line());
        r.events().forEach(x -> x.attrs().values().forEach(v -> assertFalse(v.contains("@"), v)));
    }

    @Test
    void localDatesAreReadInTheAssumedZoneAndFlagged(@TempDir Path dir) {
        Path f = write(dir, "local.txt", """
                commit 9476a05f786f7641643e14ae893ae1bc84e426c1
                Author: hfaran <hamzafaran@outlook.com>
                Date:   Sun May 31 20:30:10 2026

                    Release 4.0.0
                """);
        ParseResult r = parse(parser, f, ParseOptions.zone(ZoneId.of("America/Los_Angeles")));
        Event e = only(r, x -> true);
        assertEquals(Instant.parse("2026-06-01T03:30:10Z"), e.time());
        assertTrue(e.timeInfo().has(TimeFlag.ZONE_ASSUMED));
        assertTrue(r.info().zoneAssumed());
        assertEquals("America/Los_Angeles", r.info().timezone());
    }

    @Test
    void badCommitsBecomeDiagnosticsAndTheRestLoads(@TempDir Path dir) {
        Path f = write(dir, "mixed.txt", """
                commit 9476a05f786f7641643e14ae893ae1bc84e426c1
                Author: hfaran <hamzafaran@outlook.com>
                Date:   3 days ago

                    Release 4.0.0

                commit 2653ad1bd984a2226d3820176e102f8b30bee196
                Merge: 88d6b6d faab1ee
                Author: Hamza Faran <hfaran@users.noreply.github.com>
                Date:   Sun May 31 20:28:38 2026 -0700

                    Merge branch 'ci'

                 .github/workflows/ci.yml | 4 ++--
                 1 file changed, 2 insertions(+), 2 deletions(-)
                """);
        ParseResult r = parse(parser, f);
        Event merge = only(r, x -> true);
        assertEquals("true", merge.attr(Attr.MERGE));
        assertEquals("Merge branch 'ci'", merge.text());
        assertEquals("", merge.attr(Attr.BODY) == null ? "" : merge.attr(Attr.BODY), "--stat lines are not the body");
        Diagnostic d = only1(warnings(r));
        assertEquals(1, d.line());
        assertTrue(d.message().contains("3 days ago"), d.message());
    }

    @Test
    void separatedLinesThatAreNotCommitsAreReportedWithTheirLine(@TempDir Path dir) {
        Path f = write(dir, "pipes.txt", """
                b46af7e1cdc1a571ef334f0de8c4e7f3cc3f1282|2026-05-31T20:36:28-07:00|Hamza Faran|Make pyproject.toml the source
                this line was pasted by accident
                9476a05f786f7641643e14ae893ae1bc84e426c1|2026-05-31T20:30:10-07:00|hfaran|Release 4.0.0
                """);
        ParseResult r = parse(parser, f);
        assertEquals(2, r.events().size());
        Diagnostic d = only1(warnings(r));
        assertEquals(2, d.line());
        assertEquals("this line was pasted by accident", d.excerpt());
    }

    @Test
    void sampleIncidentLogPrefersTheCommitterDateOfTheTriggeringChange() {
        Path f = Path.of("samples/payment-service-outage/git-log.txt");
        assertDetected(f, GitLogParser.FORMAT);
        ParseResult r = parse(parser, f);
        assertEquals(13, r.events().size());
        assertEquals(1, r.events().stream().filter(e -> "true".equals(e.attr(Attr.MERGE))).count());
        Event change = commit(r, "389be0a29601");
        assertEquals(Instant.parse("2026-02-13T10:52:44Z"), change.time(), "CommitDate 2026-02-13T11:52:44+01:00");
        assertEquals("2026-02-13T09:41:18Z", change.attr(Attr.AUTHOR_DATE), "AuthorDate 2026-02-13T10:41:18+01:00");
        assertEquals("Marta Rius", change.actor());
        assertEquals("invoice-reconciliation: move schedule to 02:00 UTC off-peak window (#482)", change.text());
        assertTrue(change.attr(Attr.BODY).contains("workers: 40"));
        assertEquals(Instant.parse("2026-02-13T11:05:09Z"), commit(r, "81e42963da62").time());
    }
}
