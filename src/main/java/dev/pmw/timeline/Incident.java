package dev.pmw.timeline;

import dev.pmw.ingest.LogStore;
import dev.pmw.ingest.ParseResult;
import dev.pmw.timeline.edit.EditLayer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

/// The incident being worked on: its sources, the choices made for them, the user's edit layer and
/// the relevance rules the user switched off. Immutable; every change gives a new instance, and
/// the merged [Timeline] is built once per instance on demand. Re-importing a source keeps the edit
/// layer: it is applied again by event id, and rows whose source record vanished show as orphans.
public final class Incident {
    private final List<LoadedSource> sources;
    private final EditLayer edits;
    private final Set<String> disabledRules;
    /// Burst clustering per log store, shared by the instances derived from one another so that an
    /// edit does not cluster a million log lines again.
    private final Map<LogStore, Bursts> bursts;
    private volatile Timeline timeline;

    public Incident(List<LoadedSource> sources) {
        this(sources, EditLayer.EMPTY);
    }

    public Incident(List<LoadedSource> sources, EditLayer edits) {
        this(sources, edits, Set.of(), Collections.synchronizedMap(new WeakHashMap<>()));
    }

    private Incident(List<LoadedSource> sources, EditLayer edits, Set<String> disabledRules, Map<LogStore, Bursts> bursts) {
        this.sources = List.copyOf(sources);
        this.edits = edits == null ? EditLayer.EMPTY : edits;
        this.disabledRules = Set.copyOf(disabledRules);
        this.bursts = bursts;
    }

    public static Incident empty() {
        return new Incident(List.of());
    }

    public List<LoadedSource> sources() {
        return sources;
    }

    /// The user's edits.
    public EditLayer edits() {
        return edits;
    }

    public boolean isEmpty() {
        return sources.isEmpty() && edits.resolve().manual().isEmpty();
    }

    /// The same sources under another edit layer (after an edit, undo or redo).
    public Incident withEdits(EditLayer layer) {
        return new Incident(sources, layer, disabledRules, bursts);
    }

    /// Adds sources; a source whose file is already present is replaced (re-import). Edits stay.
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
        return new Incident(out, edits, disabledRules, bursts);
    }

    public Incident withSource(LoadedSource replacement) {
        return withReplaced(replacement.file(), replacement);
    }

    /// Replaces the source `file` by `replacement`, which may have another path (a relocated or
    /// re-imported file). Edits stay.
    public Incident withReplaced(String file, LoadedSource replacement) {
        List<LoadedSource> out = new ArrayList<>(sources);
        int at = indexOf(out, file);
        if (at < 0) {
            throw new IllegalArgumentException("no source " + file);
        }
        out.set(at, replacement);
        return new Incident(out, edits, disabledRules, bursts);
    }

    public Incident without(String file) {
        return new Incident(sources.stream().filter(s -> !s.file().equals(file)).toList(), edits, disabledRules, bursts);
    }

    /// Ids of the [RelevanceRule]s the user switched off.
    public Set<String> disabledRules() {
        return disabledRules;
    }

    /// The same sources and edits scored without the given rules.
    public Incident withDisabledRules(Set<String> ids) {
        return new Incident(sources, edits, ids, bursts);
    }

    public List<ParseResult> results() {
        return sources.stream().map(LoadedSource::result).toList();
    }

    public Timeline timeline() {
        Timeline t = timeline;
        if (t == null) {
            TimelineBuilder b = new TimelineBuilder().edits(edits)
                    .burstsOf(store -> bursts.computeIfAbsent(store, Bursts::of))
                    .rules(RelevanceRules.defaults().without(disabledRules));
            for (LoadedSource s : sources) {
                b.source(s.file(), s.settings());
                if (!s.savedLogRows().isEmpty()) {
                    b.savedLogRows(s.file(), s.savedLogRows());
                }
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
