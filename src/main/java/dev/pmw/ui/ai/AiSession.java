package dev.pmw.ui.ai;

import dev.pmw.draft.DraftContext;
import dev.pmw.draft.DraftRequest;
import dev.pmw.draft.DraftStream;
import dev.pmw.draft.Origin;
import dev.pmw.draft.SectionDraft;
import dev.pmw.draft.check.CheckReport;
import dev.pmw.draft.check.DraftChecks;
import dev.pmw.draft.openai.AiClient;
import dev.pmw.draft.openai.AiDraftException;
import dev.pmw.draft.openai.OpenAiDrafter;
import dev.pmw.draft.openai.Prompt;
import dev.pmw.ui.settings.Endpoint;
import dev.pmw.work.Work;

import java.time.ZoneId;
import java.util.List;

/// The background half of AI drafting, used from worker threads: one client per endpoint (made on
/// first use: the SDK is large to load), the prompt and its exact payload, the stream, and the claim
/// check of what came back (one checker per incident and zone). Thread-safe.
final class AiSession implements AutoCloseable {
    /// A request ready to send: what the consent dialog shows is `payload`, what goes out is `prompt`.
    record Prepared(String key, String heading, DraftRequest request, OpenAiDrafter drafter, Prompt prompt,
                    Prompt.Payload payload, Endpoint endpoint) {
    }

    /// How a stream ended, short of a cancel (which throws [dev.pmw.work.CancelledException]).
    ///
    /// @param draft   the whole draft, or what arrived before the failure
    /// @param failure the failure, or null
    /// @param report  the claim check of `draft`'s text (null for an empty partial)
    record Outcome(SectionDraft draft, AiDraftException failure, CheckReport report) {
    }

    private AiClient client;
    private Endpoint clientFor;
    private DraftChecks checker;
    private DraftContext checkerFor;
    private ZoneId checkerZone;

    Prepared prepare(Endpoint ep, String key, DraftRequest req, String instruction, List<String> names) {
        OpenAiDrafter d = new OpenAiDrafter(client(ep), names);
        Prompt p = d.prompt(req, instruction);
        return new Prepared(key, req.section().heading(), req, d, p, p.payload(ep.settings()), ep);
    }

    Outcome send(Prepared p, DraftStream stream, Work work, ZoneId zone) {
        DraftContext ctx = p.request().context();
        try {
            SectionDraft d = p.drafter().send(p.prompt(), p.request(), stream, work);
            return new Outcome(d, null, check(ctx, zone, d.text()));
        } catch (AiDraftException e) {
            String partial = e.partial().text();
            return new Outcome(e.partial(), e, partial.isBlank() ? null : check(ctx, zone, partial));
        }
    }

    /// The claim check of a model's text: a sentence without a citation is unsupported.
    CheckReport check(DraftContext ctx, ZoneId zone, String text) {
        return checker(ctx, zone).claims().checkModelText(text);
    }

    /// What arrived before a cancel, as a draft of the model.
    static SectionDraft partial(Prepared p, String text) {
        return new SectionDraft(p.key(), p.request().section().intent(), text, null, List.of(), Origin.AI,
                p.drafter().id());
    }

    private synchronized AiClient client(Endpoint ep) {
        if (client == null || clientFor != ep) {
            if (client != null) {
                client.close();
            }
            client = new AiClient(ep.settings(), ep.keyToSend());
            clientFor = ep;
        }
        return client;
    }

    private synchronized DraftChecks checker(DraftContext ctx, ZoneId zone) {
        if (checker == null || checkerFor != ctx || !zone.equals(checkerZone)) {
            checker = DraftChecks.of(ctx, zone);
            checkerFor = ctx;
            checkerZone = zone;
        }
        return checker;
    }

    @Override
    public synchronized void close() {
        if (client != null) {
            client.close();
            client = null;
        }
    }
}
