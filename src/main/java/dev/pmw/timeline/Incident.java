package dev.pmw.timeline;

import dev.pmw.ingest.ParseResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/// The incident being worked on: its sources, the choices made for them and the relevance rules
/// the user switched off. Immutable; every change gives a new instance, and the merged [Timeline]
/// is built once per instance on demand.
public final class Incident {
    private final List<LoadedSource> sources;
    private final Set<String> disabledRules;
    private volatile Timeline timeline;

    public Incident(List<LoadedSource> sources) {
        this(sources, Set.of());
    }

    /// @param disabledRules ids of [RelevanceRule]s not applied
    public Incident(List<LoadedSource> sources, Set<String> disabledRules) {
        this.sources = List.copyOf(sources);
        this.disabledRules = Set.copyOf(disabledRules);
    }

    public static Incident empty() {
        return new Incident(List.of());
    }

    public List<LoadedSource> sources() {
        return sources;
    }

    public boolean isEmpty() {
        return sources.isEmpty();
    }

    /// Adds sources; a source whose file is already present is replaced (re-import).
    public Incident withAdded(List<LoadedSource> added) {
        List<LoadedSource> out = new ArrayList<>(sources);
        for (LoadedSource s : added) {
            int at = indexOf(out, s.file());
            if (at >= 0) {
                out.set(at, s);
            } else {
                out.add(s);
            }
        }
        return new Incident(out, disabledRules);
    }

    public Incident withSource(LoadedSource replacement) {
        List<LoadedSource> out = new ArrayList<>(sources);
        int at = indexOf(out, replacement.file());
        if (at < 0) {
            throw new IllegalArgumentException("no source " + replacement.file());
        }
        out.set(at, replacement);
        return new Incident(out, disabledRules);
    }

    public Incident without(String file) {
        return new Incident(sources.stream().filter(s -> !s.file().equals(file)).toList(), disabledRules);
    }

    public Set<String> disabledRules() {
        return disabledRules;
    }

    /// The same sources scored without the given rules.
    public Incident withDisabledRules(Set<String> ids) {
        return new Incident(sources, ids);
    }

    public List<ParseResult> results() {
        return sources.stream().map(LoadedSource::result).toList();
    }

    public Timeline timeline() {
        Timeline t = timeline;
        if (t == null) {
            TimelineBuilder b = new TimelineBuilder().rules(RelevanceRules.defaults().without(disabledRules));
            for (LoadedSource s : sources) {
                b.source(s.file(), s.settings());
            }
            t = b.build(results());
            timeline = t;
        }
        return t;
    }

    private static int indexOf(List<LoadedSource> list, String file) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).file().equals(file)) {
                return i;
            }
        }
        return -1;
    }
}
