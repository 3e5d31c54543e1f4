package dev.pmw.ui.postmortem;

import dev.pmw.draft.CitationIndex;
import dev.pmw.draft.DraftContext;
import dev.pmw.draft.Origin;
import dev.pmw.draft.PostmortemDocument;
import dev.pmw.draft.Section;
import dev.pmw.draft.check.DraftChecks;
import dev.pmw.ui.work.Background;
import dev.pmw.ui.work.Debouncer;
import dev.pmw.ui.work.LatestWins;

import java.time.Duration;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/// Runs the claim checker and the blameless lint over every section in the background: once the
/// user pauses typing ([#QUIET]), whenever the timeline or the display zone changes, and after
/// every draft. The newest request wins; sections whose text did not change since the last run in
/// the same context are not checked again.
final class Checking {
    /// How long typing must pause before the text is checked.
    static final Duration QUIET = Duration.ofMillis(300);

    /// What the checks ran against, and their results per section key.
    private record Run(DraftContext ctx, ZoneId zone, DraftChecks checks, SectionMarks marks, Map<String, Entry> sections) {
    }

    /// One section's last check, with the text and origin it was for.
    private record Entry(String text, Origin origin, SectionCheck check) {
    }

    private final Debouncer debouncer;
    private final LatestWins latest;
    private final Supplier<DraftContext> context;
    private final Supplier<ZoneId> zone;
    private final Supplier<PostmortemDocument> document;
    private final Consumer<Map<String, SectionCheck>> onChecked;
    private Run last;

    Checking(Background background, Supplier<DraftContext> context, Supplier<ZoneId> zone,
             Supplier<PostmortemDocument> document, Consumer<Map<String, SectionCheck>> onChecked) {
        this.debouncer = new Debouncer(background, QUIET);
        this.latest = new LatestWins(background);
        this.context = context;
        this.zone = zone;
        this.document = document;
        this.onChecked = onChecked;
    }

    /// Checks once the user pauses (what is checked is read then, not now).
    void request() {
        debouncer.call(this::now);
    }

    /// Checks right away (the export dialog wants current results).
    void now() {
        debouncer.cancel();
        DraftContext ctx = context.get();
        PostmortemDocument doc = document.get();
        if (ctx == null || doc == null) {
            latest.cancel();
            return;
        }
        ZoneId z = zone.get();
        Run prior = last;
        latest.submit(w -> run(ctx, z, doc.sections(), prior), r -> {
            last = r;
            Map<String, SectionCheck> out = new HashMap<>();
            r.sections().forEach((k, e) -> out.put(k, e.check()));
            onChecked.accept(out);
        }, e -> { });
    }

    /// Forgets the results (another incident or no document).
    void reset() {
        debouncer.cancel();
        latest.cancel();
        last = null;
    }

    /// The checker of the current context, built in the background when it is not ready yet.
    DraftChecks checksFor(DraftContext ctx, ZoneId z) {
        Run r = last;
        return r != null && r.ctx() == ctx && r.zone().equals(z) ? r.checks() : DraftChecks.of(ctx, z);
    }

    private static Run run(DraftContext ctx, ZoneId zone, List<Section> sections, Run prior) {
        boolean same = prior != null && prior.ctx() == ctx && prior.zone().equals(zone);
        DraftChecks checks = same ? prior.checks() : DraftChecks.of(ctx, zone);
        SectionMarks marks = same ? prior.marks() : new SectionMarks(checks, new CitationIndex(ctx.timeline()), zone);
        Map<String, Entry> out = new HashMap<>();
        for (Section s : sections) {
            Entry before = same ? prior.sections().get(s.key()) : null;
            if (before != null && before.text().equals(s.text()) && before.origin() == s.origin()) {
                out.put(s.key(), before);
            } else {
                out.put(s.key(), new Entry(s.text(), s.origin(), marks.check(s.text(), s.origin())));
            }
        }
        return new Run(ctx, zone, checks, marks, out);
    }
}
