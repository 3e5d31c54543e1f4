package dev.pmw.ui.ai;

import dev.pmw.draft.DraftContext;
import dev.pmw.draft.DraftRequest;
import dev.pmw.draft.People;
import dev.pmw.draft.PostmortemDocument;
import dev.pmw.draft.Section;
import dev.pmw.draft.SectionDraft;
import dev.pmw.draft.offline.EvidenceDrafter;
import dev.pmw.draft.openai.AiFailure;
import dev.pmw.draft.openai.DeltaBuffer;
import dev.pmw.draft.privacy.Consents;
import dev.pmw.ui.ai.AiSession.Outcome;
import dev.pmw.ui.ai.AiSession.Prepared;
import dev.pmw.ui.settings.AiConfig;
import dev.pmw.ui.settings.Endpoint;
import dev.pmw.ui.work.Background;
import dev.pmw.work.CancelledException;
import dev.pmw.work.Progress;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Supplier;

/// AI drafting of the postmortem's sections: one request at a time, through the privacy gate.
///
/// A request is prepared in the background (redacted prompt, exact payload); the first one of a
/// project to an endpoint, and any the user asks to preview, stops in [State#PREVIEW] until the user
/// sends or cancels it. While [State#STREAMING], text collected on the stream's thread reaches
/// [#streamingTextProperty()] in batches, one per [#BATCH]. The finished draft is offered to the
/// document: it replaces a section nothing was written or accepted in, and waits as a proposal
/// everywhere else. A failure or a cancel keeps what arrived as a proposal and never touches the
/// section's text. Documents change only through the [DocumentHost], as undoable steps.
public final class AiDraftViewModel implements AutoCloseable {
    /// The panel's one state; the view shows and hides its parts from it.
    public enum State { NOT_CONFIGURED, IDLE, PREVIEW, STREAMING, DONE, FAILED, CANCELLED }

    /// How often streamed text is handed to the view.
    public static final Duration BATCH = Duration.ofMillis(50);

    private final Background background;
    private final Ticker ticker;
    private final AiConfig config;
    private final DocumentHost host;
    private final Supplier<DraftContext> context;
    private final Clock clock;

    // ---------------------------------------------------------------- properties
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.NOT_CONFIGURED);
    private final ReadOnlyObjectWrapper<Endpoint> endpoint = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper sectionKey = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper streamingText = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper batches = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<AiFailure> failure = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ConsentRequest> consent = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ObjectProperty<Consents> consents = new SimpleObjectProperty<>(Consents.NONE);
    private final ObjectProperty<ZoneId> zone = new SimpleObjectProperty<>(ZoneOffset.UTC);
    private final ObservableList<String> namesToRedact = FXCollections.observableArrayList();
    private final ObservableMap<String, ModelCheck> checks = FXCollections.observableHashMap();

    private long generation;
    private Prepared pending;
    private Running running;
    private final AiSession session = new AiSession();

    /// @param background runs preparing, streaming and checking off the UI thread
    /// @param ticker     paces the streamed batches on the UI thread
    /// @param config     this machine's AI settings and key
    /// @param host       the document being edited
    /// @param context    the analysis and timeline drafts are made from
    /// @param clock      for the consent's time
    public AiDraftViewModel(Background background, Ticker ticker, AiConfig config, DocumentHost host,
                            Supplier<DraftContext> context, Clock clock) {
        this.background = background;
        this.ticker = ticker;
        this.config = config;
        this.host = host;
        this.context = context;
        this.clock = clock;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /// The endpoint in use (null until [#reload()] has read the settings).
    public ReadOnlyObjectProperty<Endpoint> endpointProperty() {
        return endpoint.getReadOnlyProperty();
    }

    /// The section of the request under way or last made.
    public ReadOnlyStringProperty sectionKeyProperty() {
        return sectionKey.getReadOnlyProperty();
    }

    /// The text streamed so far for [#sectionKeyProperty()], updated once per batch.
    public ReadOnlyStringProperty streamingTextProperty() {
        return streamingText.getReadOnlyProperty();
    }

    /// How many batches the current stream has been delivered in.
    public ReadOnlyIntegerProperty batchesProperty() {
        return batches.getReadOnlyProperty();
    }

    /// One plain line on what is happening or what went wrong.
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /// What went wrong, in [State#FAILED].
    public ReadOnlyObjectProperty<AiFailure> failureProperty() {
        return failure.getReadOnlyProperty();
    }

    /// What to show for consent, in [State#PREVIEW]; null otherwise.
    public ReadOnlyObjectProperty<ConsentRequest> consentProperty() {
        return consent.getReadOnlyProperty();
    }

    /// A request is being prepared, previewed or streamed: no other can start.
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /// The project's remembered consents; the project keeps them (set it when a project opens).
    public ObjectProperty<Consents> consentsProperty() {
        return consents;
    }

    /// The zone times in drafts are read in by the claim check, besides UTC.
    public ObjectProperty<ZoneId> zoneProperty() {
        return zone;
    }

    /// Names the user wants redacted before anything is sent (customers, say); the people the
    /// timeline names are redacted anyway.
    public ObservableList<String> namesToRedact() {
        return namesToRedact;
    }

    /// The claim check of each section's latest model draft.
    public ObservableMap<String, ModelCheck> checks() {
        return checks;
    }

    public DocumentHost host() {
        return host;
    }

    public AiConfig config() {
        return config;
    }

    // ---------------------------------------------------------------- commands

    /// Reads the settings and the key (in the background); after the settings dialog saved, too.
    public void reload() {
        background.run(w -> config.load(), Progress.NONE, this::useEndpoint,
                e -> useEndpoint(Endpoint.unreadable("Could not read the AI settings: " + e.getMessage())));
    }

    private void useEndpoint(Endpoint e) {
        endpoint.set(e);
        if (busy.get()) {
            return;
        }
        if (e.configured()) {
            state.set(State.IDLE);
            message.set("Drafts with " + e.describe() + ".");
        } else {
            state.set(State.NOT_CONFIGURED);
            message.set(e.problem() != null ? e.problem() : "No AI endpoint is set up; offline drafts are available.");
        }
    }

    /// Drafts a section with the model.
    public void draft(String key) {
        request(key, null, false);
    }

    /// Drafts a section again following an instruction ("shorter", "for executives").
    public void redraft(String key, String instruction) {
        request(key, instruction == null || instruction.isBlank() ? null : instruction.strip(), false);
    }

    /// Like [#draft] or [#redraft], but shows the exact payload first whatever consent was given.
    public void previewThenDraft(String key, String instruction) {
        request(key, instruction == null || instruction.isBlank() ? null : instruction.strip(), true);
    }

    /// Sends the previewed request. `remember`: don't ask again for this project and endpoint.
    public void send(boolean remember) {
        Prepared p = pending;
        if (state.get() != State.PREVIEW || p == null) {
            return;
        }
        pending = null;
        consent.set(null);
        if (remember) {
            consents.set(consents.get().grant(p.endpoint().settings().endpoint(), clock.instant(), p.payload().summary()));
        }
        start(p);
    }

    /// Cancels the preview (nothing is sent) or the stream (what arrived is kept as a proposal).
    public void cancel() {
        if (state.get() == State.PREVIEW) {
            pending = null;
            consent.set(null);
            busy.set(false);
            state.set(State.IDLE);
            message.set("Nothing was sent.");
            return;
        }
        Running r = running;
        if (r == null && busy.get()) {                 // still preparing: nothing was sent
            generation++;
            busy.set(false);
            state.set(endpoint.get() != null && endpoint.get().configured() ? State.IDLE : State.NOT_CONFIGURED);
            message.set("Nothing was sent.");
            return;
        }
        if (state.get() != State.STREAMING || r == null) {
            return;
        }
        running = null;
        generation++;
        r.stopTicker.run();
        if (r.job != null) {
            r.job.cancel();
        }
        String partial = r.shown + r.buffer.drain();
        busy.set(false);
        streamingText.set(partial);
        SectionDraft draft = AiSession.partial(r.prepared, partial);
        boolean kept = keepPartial(r.prepared, draft);
        if (kept) {
            checkLater(r.prepared, draft);
        }
        state.set(State.CANCELLED);
        message.set("Cancelled. " + (kept ? "What arrived is kept as a proposal; the section is unchanged."
                : "Nothing had arrived; the section is unchanged."));
    }

    /// Drafts a section offline from the evidence (always available, no network).
    public void draftOffline(String key) {
        if (busy.get()) {
            return;
        }
        PostmortemDocument doc = host.document();
        DraftRequest req = new DraftRequest(context.get(), SectionSpecs.of(doc, key), doc);
        String heading = req.section().heading();
        busy.set(true);
        background.run(w -> new EvidenceDrafter().draft(req, w), Progress.NONE, d -> {
            busy.set(false);
            host.change("Offline draft of “" + heading + "”", x -> x.offer(d));
            checks.remove(key);
            message.set(proposed(key, d) ? "The offline draft of “" + heading + "” waits as a proposal; your text is unchanged."
                    : "Drafted “" + heading + "” offline from the evidence.");
        }, e -> {
            busy.set(false);
            message.set("The offline draft failed: " + e.getMessage());
        });
    }

    // ---------------------------------------------------------------- the request

    /// A stream under way. `job` is set once the background has it (an immediate background may
    /// already have finished by then).
    private static final class Running {
        final Prepared prepared;
        final DeltaBuffer buffer = new DeltaBuffer();
        final StringBuilder shown = new StringBuilder();
        Runnable stopTicker = () -> { };
        Background.Job job;

        Running(Prepared prepared) {
            this.prepared = prepared;
        }
    }

    private void request(String key, String instruction, boolean preview) {
        if (busy.get()) {
            return;
        }
        Endpoint ep = endpoint.get();
        if (ep == null || !ep.configured()) {
            state.set(State.NOT_CONFIGURED);
            message.set("Set up an AI endpoint first (AI settings, or OPENAI_BASE_URL and OPENAI_API_KEY); "
                    + "the offline draft needs none.");
            return;
        }
        PostmortemDocument doc = host.document();
        DraftRequest req = new DraftRequest(context.get(), SectionSpecs.of(doc, key), doc);
        String heading = req.section().heading();
        List<String> names = List.copyOf(namesToRedact);
        boolean ask = preview || !consents.get().covers(ep.settings().endpoint());
        long mine = ++generation;
        busy.set(true);
        sectionKey.set(key);
        failure.set(null);
        message.set("Preparing the request for “" + heading + "”…");
        background.run(w -> session.prepare(ep, key, req, instruction, withPeople(names, req)), Progress.NONE, p -> {
            if (mine != generation) {
                return;
            }
            if (ask) {
                pending = p;
                consent.set(new ConsentRequest(heading, ep.settings().endpoint(), ep.settings().model(), p.payload(),
                        preview ? ConsentRequest.Reason.ON_DEMAND : ConsentRequest.Reason.FIRST_REQUEST));
                state.set(State.PREVIEW);
                message.set("Review what would be sent to " + ep.settings().endpoint() + ".");
            } else {
                start(p);
            }
        }, e -> {
            if (mine == generation) {
                busy.set(false);
                failure.set(null);
                state.set(State.FAILED);
                message.set("Could not prepare the request: " + e.getMessage());
            }
        });
    }

    /// The names to redact: the user's list and the people the timeline names (responders, chat
    /// authors, commit authors), who need not be named to a model to draft the section.
    private static List<String> withPeople(List<String> names, DraftRequest req) {
        java.util.Set<String> all = new java.util.LinkedHashSet<>(names);
        if (req.context() != null && req.context().timeline() != null) {
            all.addAll(People.of(req.context().timeline()));
        }
        return List.copyOf(all);
    }

    private void start(Prepared p) {
        long mine = ++generation;
        Running r = new Running(p);
        running = r;
        busy.set(true);
        streamingText.set("");
        batches.set(0);
        state.set(State.STREAMING);
        message.set("Drafting “" + p.heading() + "” with " + p.endpoint().settings().model() + "…");
        ZoneId z = zone.get();
        r.stopTicker = ticker.every(BATCH, () -> {
            if (mine == generation) {
                flush(r);
            }
        });
        r.job = background.run(w -> session.send(p, r.buffer::onDelta, w, z), Progress.NONE, o -> {
            if (mine != generation) {
                return;
            }
            r.stopTicker.run();
            flush(r);
            running = null;
            busy.set(false);
            if (o.failure() == null) {
                finished(p, o);
            } else {
                failed(p, o);
            }
        }, e -> {
            if (mine != generation) {
                return;
            }
            r.stopTicker.run();
            flush(r);
            running = null;
            busy.set(false);
            failure.set(null);
            state.set(e instanceof CancelledException ? State.CANCELLED : State.FAILED);
            message.set(e instanceof CancelledException ? "Cancelled." : "Drafting failed: " + e.getMessage());
        });
    }

    private void flush(Running r) {
        String more = r.buffer.drain();
        if (!more.isEmpty()) {
            r.shown.append(more);
            streamingText.set(r.shown.toString());
            batches.set(batches.get() + 1);
        }
    }

    private void finished(Prepared p, Outcome o) {
        SectionDraft d = o.draft();
        host.change("AI draft of “" + p.heading() + "”", x -> x.offer(d));
        checks.put(p.key(), new ModelCheck(d.text(), o.report()));
        int flagged = o.report().flagged().size();
        String where = proposed(p.key(), d)
                ? "It waits as a proposal next to your text; review the changes."
                : "It is in the section.";
        String check = flagged == 0 ? "" : " " + flagged + (flagged == 1 ? " sentence is" : " sentences are")
                + " not supported by the evidence (underlined).";
        state.set(State.DONE);
        message.set("Drafted “" + p.heading() + "” with " + p.endpoint().settings().model() + ". " + where + check);
    }

    private void failed(Prepared p, Outcome o) {
        AiFailure f = o.failure().failure();
        boolean kept = keepPartial(p, o.draft());
        if (kept && o.report() != null) {
            checks.put(p.key(), new ModelCheck(o.draft().text(), o.report()));
        }
        failure.set(f);
        state.set(State.FAILED);
        message.set(f.message() + (kept ? " What arrived is kept as a proposal; the section is unchanged." : ""));
    }

    /// A partial draft waits as a proposal, whatever the section holds; false when nothing arrived.
    private boolean keepPartial(Prepared p, SectionDraft partial) {
        if (partial.text().isBlank()) {
            return false;
        }
        host.change("Partial AI draft of “" + p.heading() + "” kept as a proposal", x -> x.propose(partial));
        return true;
    }

    /// The claim check of a cancelled stream's text, in the background; shown if still proposed.
    private void checkLater(Prepared p, SectionDraft d) {
        DraftContext ctx = p.request().context();
        ZoneId z = zone.get();
        background.run(w -> session.check(ctx, z, d.text()), Progress.NONE, report -> {
            if (proposed(p.key(), d)) {
                checks.put(p.key(), new ModelCheck(d.text(), report));
            }
        }, e -> { });
    }

    private boolean proposed(String key, SectionDraft d) {
        return host.document().section(key).map(Section::proposal).filter(d::equals).isPresent();
    }

    @Override
    public void close() {
        session.close();
    }
}
