package dev.pmw.draft.offline;

import dev.pmw.analysis.Analysis;
import dev.pmw.analysis.Boundary;
import dev.pmw.analysis.BoundaryKind;
import dev.pmw.analysis.Impact;
import dev.pmw.analysis.Trigger;
import dev.pmw.draft.DraftContext;
import dev.pmw.draft.IncidentTitle;
import dev.pmw.draft.People;
import dev.pmw.model.Event;
import dev.pmw.model.EventKind;
import dev.pmw.timeline.Row;
import dev.pmw.timeline.Timeline;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/// What the offline drafter reads out of the analysis and the timeline, computed once per draft:
/// the lifecycle moments, the trigger, resource saturation, the alerts that fired, the changes made
/// during the incident, and concerns raised in the channel.
final class Evidence {
    /// Resource saturation, by resource. Order matters: the first matching label names the resource
    /// (a LinkedHashMap filled in order; `Map.of` iterates in a different order on every JVM).
    private static final Map<String, Pattern> SATURATION = saturationPatterns();
    private static final Pattern EXHAUSTION = Pattern.compile("(?i)(exhaust\\w*|saturat\\w*|100 ?%|waiting=[1-9]|idle=0\\b|full\\b|"
            + "not available|too many|out of memory|no space)");
    private static final Pattern CONCERN = Pattern.compile("(?i)(hard-?coded|\\bno (alert|monitor|runbook|dashboard|load test)\\w*|"
            + "not (monitored|alerted|load[- ]tested)|without (an? )?(alert|monitor|load test|review)|never (been )?(tested|used)|"
            + "single point of failure|manual(ly)? step|nothing (alerted|paged)|did(n't| not) (alert|page)|"
            + "we only (page|alert) on)");
    private static final Pattern FINDING = Pattern.compile("(?i)\\b(found it|found|identified|root cause|culprit|lines up|"
            + "applying|applied|hotfix|roll(ed|ing)? back|revert\\w*|mitigated|recovered|drained|processed successfully|"
            + "back to normal|tickets?|confirmed)\\b");

    final DraftContext ctx;
    final Analysis analysis;
    final Timeline timeline;
    final Set<String> people;
    final String service;
    final Trigger trigger;
    final Impact impact;
    final Instant impactStart;
    final Instant detected;
    final Instant acknowledged;
    final Instant mitigated;
    final Instant resolved;
    final List<Row> saturation = new ArrayList<>();
    final String resource;
    final List<Row> alerts = new ArrayList<>();
    final List<Row> changesDuring = new ArrayList<>();
    final List<Row> concerns = new ArrayList<>();
    final List<Row> findings = new ArrayList<>();
    final Row declared;
    private final Neutral neutral;

    Evidence(DraftContext ctx) {
        this.ctx = ctx;
        this.analysis = ctx.analysis();
        this.timeline = ctx.timeline();
        this.people = People.of(timeline);
        this.neutral = new Neutral(people);
        this.service = IncidentTitle.service(ctx);
        this.trigger = analysis.trigger();
        this.impact = analysis.impact();
        this.impactStart = time(BoundaryKind.IMPACT_START);
        this.detected = time(BoundaryKind.DETECTED);
        this.acknowledged = time(BoundaryKind.ACKNOWLEDGED);
        this.mitigated = time(BoundaryKind.MITIGATED);
        this.resolved = time(BoundaryKind.RESOLVED);
        Instant from = firstNonNull(impactStart, detected, timeline.context().windowStart());
        Instant to = firstNonNull(resolved, mitigated, timeline.context().windowEnd());
        Instant lookFrom = from == null ? null : from.minus(Duration.ofHours(2));
        String res = null;
        Row decl = null;
        for (Row r : timeline.rows()) {
            Event e = r.event();
            if ("duplicates".equals(r.relevance().hiddenBy())) {
                continue;
            }
            boolean inWindow = (lookFrom == null || !e.time().isBefore(lookFrom)) && (to == null || !e.time().isAfter(to));
            if (!inWindow) {
                continue;
            }
            if (e.kind() == EventKind.DECLARE && decl == null) {
                decl = r;
            }
            String label = saturationOf(e);
            if (label != null && (res == null || res.equals(label)) && !e.kind().isAlerting()) {
                res = label;
                saturation.add(r);
            }
            if ((e.kind() == EventKind.ALERT_TRIGGERED || e.kind() == EventKind.ALERT_WARN) && r.isKey()) {
                alerts.add(r);
            }
            if (e.kind().isChange() && r.isKey() && detected != null && e.time().isAfter(detected)
                    && (mitigated == null || !e.time().isAfter(mitigated))) {
                changesDuring.add(r);
            }
            if (e.kind() == EventKind.CHAT && !e.isBot() && r.isKey()) {
                if (CONCERN.matcher(e.text()).find()) {
                    concerns.add(r);
                }
                boolean question = e.text().strip().endsWith("?");
                if (!question && (FINDING.matcher(e.text()).find() || label != null)) {
                    findings.add(r);
                }
            }
        }
        this.resource = res;
        this.declared = decl;
    }

    private static Map<String, Pattern> saturationPatterns() {
        Map<String, Pattern> m = new LinkedHashMap<>();
        m.put("connection pool", Pattern.compile("(?i)(hikari\\w*|connection pool|db pool|pool stats|connection is not available|"
                + "too many connections|pool\\b[^.]{0,40}\\b(exhaust\\w*|saturat\\w*|100 ?%|full)|"
                + "(exhaust\\w*|saturat\\w*)[^.]{0,30}\\bpool)"));
        m.put("memory", Pattern.compile("(?i)(out of memory|oomkilled|java heap space|memory (usage )?at 100)"));
        m.put("disk", Pattern.compile("(?i)(no space left on device|disk (is )?full|disk usage at 100)"));
        m.put("thread pool", Pattern.compile("(?i)(thread pool (is )?(exhausted|full|saturated)|rejectedexecution)"));
        m.put("CPU", Pattern.compile("(?i)(cpu (throttl\\w*|at 100|saturat\\w*))"));
        return Collections.unmodifiableMap(m);
    }

    static String saturationOf(Event e) {
        String text = e.text();
        for (Map.Entry<String, Pattern> s : SATURATION.entrySet()) {
            if (s.getValue().matcher(text).find() && EXHAUSTION.matcher(text).find()) {
                return s.getKey();
            }
        }
        return null;
    }

    Boundary boundary(BoundaryKind k) {
        Boundary b = analysis.boundary(k);
        return b != null && b.present() ? b : null;
    }

    List<String> ids(BoundaryKind k) {
        Boundary b = boundary(k);
        return b == null ? List.of() : b.evidence();
    }

    /// Why a boundary is missing, in the analysis' words.
    String missing(BoundaryKind k) {
        Boundary b = analysis.boundary(k);
        String why = b == null ? null : b.reason();
        return why == null || why.isBlank() ? "no evidence for it" : why;
    }

    String missing(String field) {
        String why = analysis.missing().get(field);
        return why == null || why.isBlank() ? "not in the evidence" : why;
    }

    Row row(String id) {
        return timeline.byId(id);
    }

    /// The earliest saturation row, or null.
    Row firstSaturation() {
        return saturation.isEmpty() ? null : saturation.getFirst();
    }

    /// The alert rows that mention the saturated resource (empty: no alert covered it).
    List<Row> alertsOnResource() {
        if (resource == null) {
            return List.of();
        }
        Pattern p = SATURATION.get(resource);
        Pattern word = Pattern.compile("(?i)\\b" + Pattern.quote(resource.split(" ")[resource.split(" ").length - 1]) + "\\b");
        return alerts.stream().filter(r -> p.matcher(r.event().text()).find() || word.matcher(r.event().text()).find()).toList();
    }

    /// Text with the people's names taken out, for sentences about causes (blameless by construction).
    String neutral(String text) {
        return neutral.apply(text);
    }

    private Instant time(BoundaryKind k) {
        Boundary b = boundary(k);
        return b == null ? null : b.time();
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
