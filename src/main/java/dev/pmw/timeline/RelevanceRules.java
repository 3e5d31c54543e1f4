package dev.pmw.timeline;

import dev.pmw.model.Attr;
import dev.pmw.model.Event;
import dev.pmw.model.EventKind;
import dev.pmw.model.Level;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/// The default relevance rules and the scorer that applies them. A row's score is its strongest
/// signal plus a little for each further one; a matching noise rule hides it unless a strong signal
/// (≥ [#KEEP_OVER_NOISE]) keeps it. Rows that match no noise rule and score below the key threshold
/// are hidden as "low relevance", so every hidden row has a named reason. A noise rule the user
/// switched off ([#without]) shows the rows it matches: "do not hide chatter" means the chatter
/// is visible, not hidden again as low relevance.
public final class RelevanceRules {

    public static final double KEEP_OVER_NOISE = 0.75;
    public static final String LOW = "low";

    private static final Pattern HEARTBEAT = Pattern.compile(
            "(?i)\\b(health ?check|healthz|heart ?beat|liveness|readiness|/ping\\b|ping ok|keep-?alive|/ready\\b|/live\\b)");
    private static final Pattern NOTABLE_LOG = Pattern.compile("(?i)\\b(config(uration)? (reload|change)\\w*|reloaded|"
            + "deploy\\w*|rollback|rolled back|start(ing|ed)? (scheduled|job|run|batch)|scheduled run|cron|"
            + "run finished|finished run|drained|shutting down|restart\\w*|migrat\\w*|failover|"
            + "circuit (breaker )?open\\w*|hotfix)\\b");

    private final List<RelevanceRule> rules;
    private final List<RelevanceRule> switchedOff;

    public RelevanceRules(List<RelevanceRule> rules) {
        this(rules, List.of());
    }

    private RelevanceRules(List<RelevanceRule> rules, List<RelevanceRule> switchedOff) {
        this.rules = List.copyOf(rules);
        this.switchedOff = List.copyOf(switchedOff);
    }

    public static RelevanceRules defaults() {
        return new RelevanceRules(defaultRules());
    }

    public List<RelevanceRule> rules() {
        return rules;
    }

    /// These rules without the given ones; rows that a removed noise rule matches are shown.
    public RelevanceRules without(Set<String> disabledIds) {
        List<RelevanceRule> off = new ArrayList<>(switchedOff);
        rules.stream().filter(r -> disabledIds.contains(r.id()) && r.type() == RelevanceRule.Type.NOISE).forEach(off::add);
        return new RelevanceRules(rules.stream().filter(r -> !disabledIds.contains(r.id())).toList(), off);
    }

    public static String label(String ruleId) {
        if (LOW.equals(ruleId)) {
            return "low relevance";
        }
        String byUser = switch (ruleId) {
            case UserRelevance.HIDDEN -> "hidden by you";
            case UserRelevance.DEMOTED -> "demoted by you";
            case UserRelevance.MERGED -> "merged";
            default -> null;
        };
        if (byUser != null) {
            return byUser;
        }
        return defaultRules().stream().filter(r -> r.id().equals(ruleId)).map(RelevanceRule::label).findFirst()
                .orElse(ruleId);
    }

    public Relevance score(Event e, RuleContext ctx) {
        List<RelevanceRule> signals = new ArrayList<>();
        RelevanceRule noise = null;
        for (RelevanceRule r : rules) {
            if (!r.matches(e, ctx)) {
                continue;
            }
            if (r.type() == RelevanceRule.Type.SIGNAL) {
                signals.add(r);
            } else if (noise == null || r.strict() && !noise.strict()) {
                noise = r;
            }
        }
        signals.sort(Comparator.comparingDouble(RelevanceRule::weight).reversed());
        double score = 0;
        List<String> reasons = new ArrayList<>();
        for (int i = 0; i < signals.size(); i++) {
            score += i == 0 ? signals.get(i).weight() : 0.05;
            reasons.add(signals.get(i).label());
        }
        double top = signals.isEmpty() ? 0 : signals.getFirst().weight();
        String hiddenBy = null;
        if (noise != null && (top < KEEP_OVER_NOISE || noise.strict())) {
            hiddenBy = noise.id();
            reasons.add(noise.label());
            score = Math.min(score, 0.2);
        } else if (score < Relevance.KEY_THRESHOLD) {
            RelevanceRule off = switchedOff.stream().filter(r -> r.matches(e, ctx)).findFirst().orElse(null);
            if (off == null) {
                hiddenBy = LOW;
            } else {
                reasons.add("shown: " + off.label() + " rule switched off");
            }
        }
        return new Relevance(score, reasons, hiddenBy);
    }

    private static boolean human(Event e) {
        return e.kind() == EventKind.CHAT && !e.isBot();
    }

    private static String subtype(Event e) {
        String s = e.attr(Attr.SUBTYPE);
        return s == null ? "" : s;
    }

    static List<RelevanceRule> defaultRules() {
        List<RelevanceRule> r = new ArrayList<>();
        // --- signals ---
        r.add(signal("alert-state", "alert state change", 0.95, (e, c) ->
                e.kind() == EventKind.ALERT_TRIGGERED || e.kind() == EventKind.ALERT_RECOVERED));
        r.add(signal("alert-warn", "alert warning", 0.6, (e, c) -> e.kind() == EventKind.ALERT_WARN));
        r.add(signal("page-ack", "page or acknowledgement", 0.95, (e, c) ->
                e.kind() == EventKind.PAGE || e.kind() == EventKind.ACKNOWLEDGE || e.kind() == EventKind.ESCALATE));
        r.add(signal("resolution", "declaration, status change or resolution", 0.95, (e, c) ->
                e.kind() == EventKind.RESOLVE || e.kind() == EventKind.DECLARE || e.kind() == EventKind.STATUS_CHANGE));
        r.add(signal("change", "deploy, rollback, config change or job run", 0.85, (e, c) ->
                e.kind() == EventKind.DEPLOY || e.kind() == EventKind.ROLLBACK || e.kind() == EventKind.CONFIG_CHANGE
                        || e.kind() == EventKind.JOB));
        // a commit alone was not necessarily live; the analysis names the one that matters
        r.add(signal("commit", "commit", 0.45, (e, c) -> e.kind() == EventKind.COMMIT));
        r.add(signal("note", "note", 0.8, (e, c) -> e.kind() == EventKind.NOTE));
        r.add(signal("chat-finding", "finding or action by a responder", 0.8, (e, c) ->
                human(e) && ChatText.isFindingOrAction(e.text())));
        r.add(signal("chat-ack", "acknowledgement in chat", 0.8, (e, c) ->
                human(e) && ChatText.isAck(e.text()) && e.text().length() < 80 && c.paged().contains(e.actor())));
        r.add(signal("error-burst", "error burst", 0.8, (e, c) ->
                e.kind() == EventKind.LOG_BURST && e.level().atLeast(Level.ERROR) && e.count() >= 5));
        r.add(signal("error-line", "error log line", 0.45, (e, c) ->
                (e.kind() == EventKind.LOG || e.kind() == EventKind.LOG_BURST) && e.level().atLeast(Level.ERROR)));
        r.add(signal("warn-burst", "warning burst", 0.55, (e, c) ->
                e.kind() == EventKind.LOG_BURST && e.level() == Level.WARN && e.count() >= 5));
        r.add(signal("notable-log", "change or job in the logs", 0.8, (e, c) ->
                (e.kind() == EventKind.LOG || e.kind() == EventKind.LOG_BURST) && e.level().atLeast(Level.INFO)
                        && NOTABLE_LOG.matcher(e.text()).find()));
        // --- noise ---
        r.add(new RelevanceRule("joins", "joins and channel housekeeping", RelevanceRule.Type.NOISE, 0, true, (e, c) -> {
            String s = subtype(e);
            return s.equals("channel_join") || s.equals("channel_leave") || s.equals("bot_add") || s.equals("bot_remove")
                    || s.equals("group_join") || s.equals("channel_topic") || s.equals("channel_purpose");
        }));
        r.add(noise("emoji", "emoji-only", (e, c) -> e.kind() == EventKind.CHAT && ChatText.isEmojiOnly(e.text())));
        r.add(noise("acks", "\"+1\"/\"ok\"", (e, c) -> e.kind() == EventKind.CHAT && ChatText.isAckChatter(e.text())));
        r.add(new RelevanceRule("duplicates", "duplicates", RelevanceRule.Type.NOISE, 0, true,
                (e, c) -> e.attr(Attr.DUPLICATE_OF) != null));
        r.add(noise("heartbeat", "heartbeat and health checks", (e, c) ->
                (e.kind() == EventKind.LOG || e.kind() == EventKind.LOG_BURST) && HEARTBEAT.matcher(e.text()).find()));
        r.add(noise("debug", "debug logs", (e, c) ->
                (e.kind() == EventKind.LOG || e.kind() == EventKind.LOG_BURST) && e.level() != Level.UNKNOWN
                        && !e.level().atLeast(Level.INFO)));
        r.add(noise("routine-logs", "routine logs", (e, c) ->
                (e.kind() == EventKind.LOG || e.kind() == EventKind.LOG_BURST) && !e.level().atLeast(Level.WARN)));
        r.add(noise("bot-noise", "bot noise", (e, c) -> e.kind() == EventKind.CHAT && e.isBot()));
        r.add(noise("chatter", "chatter", (e, c) -> human(e) && !ChatText.isFindingOrAction(e.text())));
        r.add(new RelevanceRule("outside-window", "outside the incident window", RelevanceRule.Type.NOISE, 0, true,
                (e, c) -> !c.inWindow(e.time()) && !(e.kind().isChange() && c.inLeadUp(e.time()))));
        return r;
    }

    private static RelevanceRule signal(String id, String label, double w,
                                        java.util.function.BiPredicate<Event, RuleContext> t) {
        return new RelevanceRule(id, label, RelevanceRule.Type.SIGNAL, w, false, t);
    }

    private static RelevanceRule noise(String id, String label, java.util.function.BiPredicate<Event, RuleContext> t) {
        return new RelevanceRule(id, label, RelevanceRule.Type.NOISE, 0, false, t);
    }
}
