package dev.pmw.cli;

import dev.pmw.draft.DraftContext;
import dev.pmw.draft.Drafter;
import dev.pmw.draft.Origin;
import dev.pmw.draft.PostmortemDocument;
import dev.pmw.draft.Section;
import dev.pmw.draft.check.CheckReport;
import dev.pmw.draft.check.ClaimMarks;
import dev.pmw.draft.check.DraftChecks;
import dev.pmw.draft.openai.AiClient;
import dev.pmw.draft.openai.AiSettings;
import dev.pmw.draft.openai.ApiKey;
import dev.pmw.draft.openai.ApiKeyStore;
import dev.pmw.draft.openai.FallbackDrafter;
import dev.pmw.draft.openai.OpenAiDrafter;
import dev.pmw.draft.openai.UserConfigDir;
import dev.pmw.draft.privacy.RedactionMap;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/// `pmw draft --ai`: the same drafting path as the app's, through the privacy gate. Settings come
/// from `OPENAI_BASE_URL`, `PMW_MODEL` and `OPENAI_API_KEY` or the saved settings; without a key the
/// offline drafter is used. Passing `--ai` is the consent; the redaction summary is printed, and
/// sentences the claim check flags are marked in the output.
final class AiDrafting implements AutoCloseable {
    /// Replaced by tests, which cannot set environment variables.
    static Supplier<Map<String, String>> environment = System::getenv;
    static Supplier<Path> configDir = UserConfigDir::current;

    private final AiClient client;
    private final OpenAiDrafter drafter;
    private final List<RedactionMap> sent = new CopyOnWriteArrayList<>();
    private final PrintWriter err;
    private int failures;

    private AiDrafting(AiClient client, List<String> names, PrintWriter err) {
        this.client = client;
        this.err = err;
        this.drafter = new OpenAiDrafter(client, names).onSend(p -> sent.add(p.redactions()));
    }

    /// The AI drafting set up from the environment and settings, or empty (with a message) when no
    /// key is configured.
    static Optional<AiDrafting> open(List<String> names, PrintWriter out, PrintWriter err) throws IOException {
        Map<String, String> env = environment.get();
        Path dir = configDir.get();
        AiSettings settings;
        try {
            settings = AiSettings.effective(dir, env);
        } catch (IllegalArgumentException e) {
            err.println("pmw: --ai: " + e.getMessage() + "; drafting offline");
            return Optional.empty();
        }
        Optional<ApiKeyStore.Resolved> key = new ApiKeyStore(dir).resolve(env);
        if (key.isEmpty() && !settings.selfHosted()) {
            err.println("pmw: --ai: no API key (set " + ApiKeyStore.ENV + " or save one in the app's AI settings); "
                    + "drafting offline");
            return Optional.empty();
        }
        if (key.isEmpty()) {
            out.println("Drafting with " + settings.model() + " at " + settings.baseUrl() + " (no key set)");
            return Optional.of(new AiDrafting(new AiClient(settings, ApiKey.placeholder()), names, err));
        }
        out.println("Drafting with " + settings.model() + " at " + settings.baseUrl() + " (key "
                + key.get().key().masked() + " from " + (key.get().origin() == ApiKeyStore.Origin.ENVIRONMENT
                ? ApiKeyStore.ENV : "the saved settings") + ")");
        return Optional.of(new AiDrafting(new AiClient(settings, key.get().key()), names, err));
    }

    /// The model's drafter; a section it fails on is drafted offline, with a message.
    Drafter drafter(Drafter offline) {
        return new FallbackDrafter(drafter, offline, (request, failure) -> {
            failures++;
            err.println("pmw: AI draft of \"" + request.section().heading() + "\" failed: " + failure.message()
                    + " Used the offline draft.");
        });
    }

    /// "Redacted before sending: 1 e-mail, 12 user ids".
    String redactionSummary() {
        return "Redacted before sending: " + RedactionMap.summary(sent) + " (" + sent.size()
                + (sent.size() == 1 ? " request)" : " requests)");
    }

    int failures() {
        return failures;
    }

    /// The document with the model's unsupported or contradicted sentences marked, and how many.
    static Marked markClaims(PostmortemDocument doc, DraftContext ctx) {
        DraftChecks checks = DraftChecks.of(ctx, ZoneOffset.UTC);
        List<Section> out = new ArrayList<>();
        int flagged = 0;
        for (Section s : doc.sections()) {
            if (s.origin() != Origin.AI) {
                out.add(s);
                continue;
            }
            CheckReport r = checks.claims().checkModelText(s.text());
            flagged += r.flagged().size();
            out.add(new Section(s.key(), s.heading(), s.intent(), s.group(), ClaimMarks.annotate(s.text(), r), s.origin(),
                    s.accepted(), s.citations(), s.proposal()));
        }
        return new Marked(new PostmortemDocument(doc.title(), doc.template(), doc.layout(), out, doc.actionItems(),
                doc.facts()), flagged);
    }

    record Marked(PostmortemDocument document, int flagged) {
    }

    @Override
    public void close() {
        client.close();
    }
}
