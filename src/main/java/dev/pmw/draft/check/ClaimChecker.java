package dev.pmw.draft.check;

import dev.pmw.model.Event;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/// Checks a text's factual sentences against the rows they cite and the analysis: every citation
/// must exist; times (±1 minute, in the display zone or UTC), durations (±1 minute or 5 %), counts
/// (exact, or ±10 % after "about"), versions and commit ids (exact) and people and services (named
/// in the cited rows) must match. Pure and thread-safe; a 3,000-word section takes milliseconds.
public final class ClaimChecker {
    private static final long TIME_TOLERANCE_S = 60;
    private static final long DURATION_TOLERANCE_S = 60;

    private final EvidenceIndex index;
    private final AnalysisFacts facts;
    private final ZoneId zone;
    private final ClaimExtractor extractor;
    private final List<String> extraPeople;

    public ClaimChecker(EvidenceIndex index, AnalysisFacts facts, ZoneId displayZone) {
        this(index, facts, displayZone, List.of());
    }

    private ClaimChecker(EvidenceIndex index, AnalysisFacts facts, ZoneId displayZone, List<String> extraPeople) {
        this.index = index;
        this.facts = facts == null ? AnalysisFacts.NONE : facts;
        this.zone = displayZone == null ? ZoneOffset.UTC : displayZone;
        this.extraPeople = List.copyOf(extraPeople);
        List<String> people = new ArrayList<>(index.people());
        people.addAll(extraPeople);
        List<String> services = new ArrayList<>(index.services());
        services.addAll(this.facts.names());
        this.extractor = new ClaimExtractor(new NameFinder(people, services));
    }

    /// A checker that also recognises these people (e.g. the incident's responders from the
    /// project), so that a sentence naming one of them is checked against its citations.
    public ClaimChecker withPeople(Collection<String> people) {
        List<String> all = new ArrayList<>(extraPeople);
        all.addAll(people);
        return new ClaimChecker(index, facts, zone, all);
    }

    /// Checks text anyone wrote: a sentence with nothing checkable and no citation is
    /// [Status#NO_CLAIM] ("We will add a pool monitor.").
    public CheckReport check(String text) {
        return check(text, false);
    }

    /// Checks a model's draft, which was told to cite every claim: a sentence without a citation is
    /// [Status#UNSUPPORTED] even when it has no number in it, unless the analysis backs all it states.
    public CheckReport checkModelText(String text) {
        return check(text, true);
    }

    private CheckReport check(String text, boolean citationsRequired) {
        List<SentenceCheck> out = new ArrayList<>();
        for (int[] s : Sentences.split(text)) {
            out.add(checkSentence(text, s[0], s[1], citationsRequired));
        }
        return new CheckReport(out);
    }

    private SentenceCheck checkSentence(String text, int from, int to, boolean citationsRequired) {
        BitSet masked = new BitSet();
        List<String> ids = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Set<Event> cited = new LinkedHashSet<>();
        for (CitationSpans.Citation c : CitationSpans.find(text, from, to)) {
            masked.set(c.start(), c.end());
            for (String id : c.ids()) {
                ids.add(id);
                Event e = index.get(id);
                if (e == null) {
                    problems.add(new Problem(c.start(), c.end(), Problem.Kind.UNKNOWN_CITATION,
                            id + " is not a row of this timeline"));
                } else {
                    cited.add(e);
                }
            }
        }
        List<Claim> claims = extractor.extract(text, from, to, masked);
        if (cited.isEmpty()) {
            if (claims.isEmpty() && problems.isEmpty() && !citationsRequired) {
                return new SentenceCheck(from, to, Status.NO_CLAIM, ids, List.of());
            }
            boolean backedByAnalysis = !claims.isEmpty() && claims.stream().allMatch(c -> matchesFacts(c, claims));
            if (backedByAnalysis && problems.isEmpty()) {
                return new SentenceCheck(from, to, Status.SUPPORTED, ids, List.of());
            }
            if (ids.isEmpty()) {
                problems.add(new Problem(from, to, Problem.Kind.NO_CITATION,
                        "no citation: cite the rows this is based on"));
            }
            return new SentenceCheck(from, to, Status.UNSUPPORTED, ids, problems);
        }
        Evidence ev = new Evidence(List.copyOf(cited), claims);
        for (Claim c : claims) {
            Problem p = ev.check(c);
            if (p != null) {
                problems.add(p);
            }
        }
        Status status = problems.stream().map(p -> p.kind().status()).max(Enum::compareTo).orElse(Status.SUPPORTED);
        return new SentenceCheck(from, to, status, ids, problems);
    }

    private boolean matchesFacts(Claim c, List<Claim> sentence) {
        return new Evidence(List.of(), sentence).check(c) == null;
    }

    /// The cited rows of one sentence plus the analysis facts, with the comparisons.
    private final class Evidence {
        private final List<Event> rows;
        private final List<RowValues> values;
        private final List<Claim> sentence;

        Evidence(List<Event> rows, List<Claim> sentence) {
            this.rows = rows;
            this.values = rows.stream().map(e -> index.values(e.id())).toList();
            this.sentence = sentence;
        }

        Problem check(Claim c) {
            return switch (c) {
                case Claim.Time t -> time(t) ? null
                        : problem(c, Problem.Kind.TIME, c.text() + " is not in the cited rows" + citedTimes());
                case Claim.Elapsed d -> duration(d.value()) ? null
                        : problem(c, Problem.Kind.DURATION, c.text() + " does not match the cited rows or the analysis"
                        + closestDuration(d.value()));
                case Claim.Count n -> count(n) ? null
                        : problem(c, Problem.Kind.COUNT, c.text() + " is not in the cited rows or the analysis");
                case Claim.Version v -> version(v) ? null
                        : problem(c, Problem.Kind.VERSION, c.text() + " is not in the cited rows" + citedVersions());
                case Claim.Commit k -> commit(k) ? null
                        : problem(c, Problem.Kind.COMMIT, c.text() + " is not a commit in the cited rows");
                case Claim.Name n -> name(n) ? null
                        : problem(c, Problem.Kind.NAME, c.text() + " is not named in the cited rows");
            };
        }

        private Problem problem(Claim c, Problem.Kind kind, String message) {
            return new Problem(c.start(), c.end(), kind, message);
        }

        // ---- times

        private boolean time(Claim.Time t) {
            for (Event e : rows) {
                if (timeMatches(t, e.time()) || e.endTime() != null && timeMatches(t, e.endTime())) {
                    return true;
                }
            }
            for (Instant i : facts.times().values()) {
                if (timeMatches(t, i)) {
                    return true;
                }
            }
            for (RowValues v : values) {
                for (Claim.Time written : v.clocks()) {
                    if (clockDistance(t, inZoneOf(t, written)) <= TIME_TOLERANCE_S) {
                        return true;
                    }
                }
            }
            return false;
        }

        private boolean timeMatches(Claim.Time t, Instant instant) {
            List<ZoneId> zones = t.zone() != null ? List.of(t.zone()) : List.of(zone, ZoneOffset.UTC);
            for (ZoneId z : zones) {
                if (t.date() != null) {
                    Instant claimed = t.date().atStartOfDay(z).plusSeconds(t.secondOfDay()).toInstant();
                    long d = instant.getEpochSecond() - claimed.getEpochSecond();
                    if (d >= -TIME_TOLERANCE_S && d <= TIME_TOLERANCE_S + (t.precise() ? 0 : 59)) {
                        return true;
                    }
                } else if (clockDistance(t, instant.atZone(z).toLocalTime().toSecondOfDay()) <= TIME_TOLERANCE_S) {
                    return true;
                }
            }
            return false;
        }

        /// A time written in a row's text as a time of day comparable with the claim: converted when
        /// both name their zone, as written otherwise (the row's author and the claim may share it).
        private static int inZoneOf(Claim.Time claim, Claim.Time written) {
            if (claim.zone() instanceof ZoneOffset c && written.zone() instanceof ZoneOffset w) {
                return Math.floorMod(written.secondOfDay() - w.getTotalSeconds() + c.getTotalSeconds(), 86400);
            }
            return written.secondOfDay();
        }

        /// Seconds between a claimed time (the whole minute when no seconds were written) and a
        /// time of day, across midnight.
        private static long clockDistance(Claim.Time t, int secondOfDay) {
            int lo = t.secondOfDay();
            int hi = lo + (t.precise() ? 0 : 59);
            long best = Long.MAX_VALUE;
            for (int shift : new int[]{-86400, 0, 86400}) {
                int v = secondOfDay + shift;
                long d = v < lo ? lo - v : v > hi ? v - hi : 0;
                best = Math.min(best, d);
            }
            return best;
        }

        private String citedTimes() {
            if (rows.isEmpty()) {
                return "";
            }
            List<String> labels = rows.stream().limit(3).map(e -> RowLabel.of(e, zone)).toList();
            return " (" + String.join(", ", labels) + (rows.size() > 3 ? ", …" : "") + ")";
        }

        // ---- durations

        private List<Duration> candidateDurations() {
            List<Duration> out = new ArrayList<>(facts.durations().values());
            values.forEach(v -> out.addAll(v.durations()));
            List<Instant> instants = new ArrayList<>(facts.times().values());
            for (Event e : rows) {
                instants.add(e.time());
                if (e.endTime() != null) {
                    instants.add(e.endTime());
                }
            }
            for (int i = 0; i < instants.size(); i++) {
                for (int j = i + 1; j < instants.size(); j++) {
                    out.add(Duration.between(instants.get(i), instants.get(j)).abs());
                }
            }
            List<Integer> clocks = sentence.stream().filter(c -> c instanceof Claim.Time).map(c -> ((Claim.Time) c).secondOfDay())
                    .toList();
            for (int i = 0; i < clocks.size(); i++) {
                for (int j = i + 1; j < clocks.size(); j++) {
                    int d = Math.abs(clocks.get(i) - clocks.get(j));
                    out.add(Duration.ofSeconds(Math.min(d, 86400 - d)));
                }
            }
            return out;
        }

        private boolean duration(Duration claimed) {
            for (Duration c : candidateDurations()) {
                long tol = Math.max(DURATION_TOLERANCE_S * 1000, c.toMillis() / 20);
                if (Math.abs(c.toMillis() - claimed.toMillis()) <= tol) {
                    return true;
                }
            }
            return false;
        }

        private String closestDuration(Duration claimed) {
            return candidateDurations().stream().filter(d -> !d.isZero())
                    .min((a, b) -> Long.compare(Math.abs(a.toMillis() - claimed.toMillis()),
                            Math.abs(b.toMillis() - claimed.toMillis())))
                    .map(d -> " (closest: " + human(d) + ")").orElse("");
        }

        // ---- counts, versions, commits, names

        private boolean count(Claim.Count n) {
            Set<Long> candidates = new LinkedHashSet<>(facts.counts().values());
            values.forEach(v -> candidates.addAll(v.numbers()));
            candidates.add((long) rows.size());
            for (long c : candidates) {
                boolean ok = switch (n.bound()) {
                    case EXACT -> c == n.value();
                    case ABOUT -> Math.abs(c - n.value()) <= Math.max(1, Math.round(n.value() * 0.10));
                    case AT_LEAST -> c >= n.value();
                    case AT_MOST -> c <= n.value();
                };
                if (ok) {
                    return true;
                }
            }
            return false;
        }

        private boolean version(Claim.Version v) {
            return facts.versions().contains(v.normalised()) || values.stream().anyMatch(x -> x.versions().contains(v.normalised()));
        }

        private String citedVersions() {
            Set<String> all = new LinkedHashSet<>();
            values.forEach(v -> all.addAll(v.versions()));
            return all.isEmpty() ? "" : " (" + String.join(", ", all.stream().map(s -> "v" + s).toList()) + ")";
        }

        private boolean commit(Claim.Commit k) {
            String sha = k.sha().toLowerCase(Locale.ROOT);
            if (facts.commits().stream().anyMatch(c -> c.startsWith(sha) || sha.startsWith(c))) {
                return true;
            }
            return values.stream().flatMap(v -> v.hexIds().stream()).anyMatch(h -> h.startsWith(sha) || sha.startsWith(h));
        }

        private boolean name(Claim.Name n) {
            String written = n.text().toLowerCase(Locale.ROOT);
            String full = n.name().toLowerCase(Locale.ROOT);
            if (facts.names().stream().anyMatch(f -> f.equalsIgnoreCase(n.name()) || f.equalsIgnoreCase(n.text()))) {
                return true;
            }
            return values.stream().anyMatch(v -> v.searchable().contains(written) || v.searchable().contains(full));
        }
    }

    /// "45 s", "2 min 10 s", "26 min", "1 h 7 min".
    static String human(Duration d) {
        long s = d.toSeconds();
        if (s < 120) {
            return s + " s";
        }
        if (s < 600) {
            return s / 60 + " min" + (s % 60 == 0 ? "" : " " + s % 60 + " s");
        }
        long m = Math.round(s / 60.0);
        return m < 60 ? m + " min" : m / 60 + " h" + (m % 60 == 0 ? "" : " " + m % 60 + " min");
    }
}
