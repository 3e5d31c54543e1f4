package dev.pmw.ui.timeline;

import dev.pmw.timeline.Incident;
import dev.pmw.timeline.RelevanceRule;
import dev.pmw.timeline.RelevanceRules;
import dev.pmw.ui.work.IncidentChanges;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/// The relevance rules as the user can see and switch them: each with how many rows it hides (noise)
/// or what it raises (signal), and whether it is on. Switching one rebuilds the timeline in the
/// background.
public final class RulesModel {
    private final ObservableList<RuleItem> items = FXCollections.observableArrayList();
    private final IncidentChanges changes;
    private Incident incident = Incident.empty();

    /// @param hidden rows this rule hides now (noise rules that are on)
    public record RuleItem(String id, String label, boolean noise, boolean enabled, int hidden) {
        /// "chatter (71 hidden)".
        public String text() {
            return label + (noise && enabled ? " (" + hidden + " hidden)" : "");
        }
    }

    RulesModel(IncidentChanges changes) {
        this.changes = changes;
    }

    public ObservableList<RuleItem> items() {
        return items;
    }

    void refresh(Incident inc, Map<String, Integer> hiddenCounts) {
        incident = inc;
        List<RuleItem> out = new ArrayList<>();
        for (RelevanceRule r : RelevanceRules.defaults().rules()) {
            boolean noise = r.type() == RelevanceRule.Type.NOISE;
            out.add(new RuleItem(r.id(), r.label(), noise, !inc.disabledRules().contains(r.id()),
                    hiddenCounts.getOrDefault(r.id(), 0)));
        }
        // noise first, the ones hiding most rows on top
        out.sort((a, b) -> a.noise() != b.noise() ? (a.noise() ? -1 : 1) : a.noise() ? Integer.compare(b.hidden(), a.hidden()) : 0);
        items.setAll(out);
    }

    public void setEnabled(String id, boolean on) {
        Set<String> off = new HashSet<>(incident.disabledRules());
        if (on ? !off.remove(id) : !off.add(id)) {
            return;
        }
        String label = RelevanceRules.label(id);
        changes.submit("Switching " + (on ? "on" : "off") + " the rule \u201c" + label + "\u201d…",
                (inc, work) -> inc.withDisabledRules(on ? without(inc.disabledRules(), id) : with(inc.disabledRules(), id)));
    }

    /// All rules on again.
    public void reset() {
        if (!incident.disabledRules().isEmpty()) {
            changes.submit("Switching every rule back on…", (inc, work) -> inc.withDisabledRules(Set.of()));
        }
    }

    private static Set<String> with(Set<String> s, String id) {
        Set<String> out = new HashSet<>(s);
        out.add(id);
        return out;
    }

    private static Set<String> without(Set<String> s, String id) {
        Set<String> out = new HashSet<>(s);
        out.remove(id);
        return out;
    }
}
