package dev.pmw.draft.openai;

import dev.pmw.draft.ActionItem;
import dev.pmw.draft.DraftRequest;
import dev.pmw.draft.DraftStream;
import dev.pmw.draft.Drafter;
import dev.pmw.draft.Origin;
import dev.pmw.draft.Section;
import dev.pmw.draft.SectionDraft;
import dev.pmw.draft.SectionIntent;
import dev.pmw.draft.SectionSpec;
import dev.pmw.draft.offline.EvidenceDrafter;
import dev.pmw.draft.privacy.RedactionMap;
import dev.pmw.draft.privacy.Redactor;
import dev.pmw.draft.privacy.StreamingRestorer;
import dev.pmw.model.Attr;
import dev.pmw.model.Event;
import dev.pmw.timeline.Row;
import dev.pmw.timeline.Timeline;
import dev.pmw.work.CancelledException;
import dev.pmw.work.Work;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/// Drafts a section with an OpenAI-compatible model: the section's intent and guidance, the analysis
/// and the key events go out redacted and delimited ([PromptBuilder]); the answer streams back with
/// its placeholders mapped to the original values as it arrives; the result is a draft with
/// [Origin#AI], which the document offers as a proposal wherever the user wrote or accepted text.
///
/// Two steps for the privacy gate: [#prompt] builds exactly what will be sent (the UI shows it and
/// asks for consent), [#send] sends that very prompt. [#draft] does both, for callers that already
/// have consent (the CLI with `--ai`).
public final class OpenAiDrafter implements Drafter {
    public static final String ID_PREFIX = "openai:";
    /// Most key events sent per request: enough for any section, bounded cost.
    static final int MAX_EVENTS = 150;
    private static final Pattern ADJACENT_CITATIONS = Pattern.compile("\\[(e-[0-9a-z]{3,24}(?:,\\s*e-[0-9a-z]{3,24})*)]\\s*\\[(e-[0-9a-z]{3,24})]");
    private static final Pattern LEADING_HEADING = Pattern.compile("\\A\\s*#{1,6} [^\\n]*\\n+");

    private final AiClient client;
    private final Set<String> names;
    private final Consumer<Prompt> onSend;
    private final EvidenceDrafter offline = new EvidenceDrafter();

    /// @param client the endpoint
    /// @param names  names the user listed for redaction (people, customers)
    public OpenAiDrafter(AiClient client, Collection<String> names) {
        this(client, names, p -> { });
    }

    private OpenAiDrafter(AiClient client, Collection<String> names, Consumer<Prompt> onSend) {
        this.client = client;
        this.names = Set.copyOf(names);
        this.onSend = onSend;
    }

    /// A drafter that also reports every prompt just before sending it (the CLI sums the redactions).
    public OpenAiDrafter onSend(Consumer<Prompt> listener) {
        return new OpenAiDrafter(client, names, listener);
    }

    @Override
    public String id() {
        return ID_PREFIX + client.settings().model();
    }

    public AiSettings settings() {
        return client.settings();
    }

    /// The request for a section, redacted and delimited: what the consent preview shows.
    ///
    /// @param instruction the user's redraft instruction ("shorter", "for executives"), or null
    public Prompt prompt(DraftRequest request, String instruction) {
        Timeline timeline = request.context().timeline();
        Redactor redactor = Redactor.standard().withUserIds(userIds(timeline)).withNames(names);
        SectionSpec spec = request.section();
        String current = request.document() == null ? null
                : request.document().section(spec.key()).map(Section::text).filter(t -> !t.isBlank()).orElse(null);
        String intent = spec.intent().label() + (spec.guidance().isBlank() ? "" : ". " + spec.guidance());
        SectionPrompt sp = new SectionPrompt(spec.heading(), intent, instruction, instruction == null ? null : current,
                PromptFacts.of(request.context().analysis()), events(request));
        return new PromptBuilder(redactor).build(sp);
    }

    @Override
    public SectionDraft draft(DraftRequest request, DraftStream stream, Work work) {
        return send(prompt(request, null), request, stream, work);
    }

    /// Drafts the section again following the user's instruction, from its current text.
    public SectionDraft redraft(DraftRequest request, String instruction, DraftStream stream, Work work) {
        return send(prompt(request, instruction), request, stream, work);
    }

    /// Sends a prompt built by [#prompt] and streams the answer, placeholders mapped back, to
    /// `stream`. Cancelling `work` stops the stream ([CancelledException]); a failure throws
    /// [AiDraftException] with the partial text.
    public SectionDraft send(Prompt prompt, DraftRequest request, DraftStream stream, Work work) {
        onSend.accept(prompt);
        RedactionMap map = prompt.redactions();
        StreamingRestorer restorer = map.streamingRestorer();
        ChatStream s = client.stream(prompt.request(), delta -> {
            String shown = restorer.push(delta);
            if (!shown.isEmpty()) {
                stream.append(shown);
            }
        });
        StreamOutcome outcome = awaitOrCancel(s, work);
        String tail = restorer.flush();
        if (!tail.isEmpty() && !(outcome instanceof StreamOutcome.Cancelled)) {
            stream.append(tail);
        }
        String text = tidy(map.restore(outcome.text()));
        // the model writes the prose; structured action items (owner, priority, due) come from the evidence
        List<ActionItem> items = request.section().intent() == SectionIntent.ACTION_ITEMS
                ? offline.proposeActions(request.context()) : List.of();
        SectionDraft draft = new SectionDraft(request.section().key(), request.section().intent(), text, null, items,
                Origin.AI, id());
        return switch (outcome) {
            case StreamOutcome.Completed c -> draft;
            case StreamOutcome.Cancelled c -> throw new CancelledException();
            case StreamOutcome.Failed f -> throw new AiDraftException(f.failure().withPartialText(text), draft);
        };
    }

    private static StreamOutcome awaitOrCancel(ChatStream s, Work work) {
        while (true) {
            try {
                work.check();
                return s.outcome().get(100, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                // keep waiting, checking for cancellation
            } catch (CancelledException e) {
                s.cancel();
                throw e;
            } catch (InterruptedException e) {
                s.cancel();
                Thread.currentThread().interrupt();
                throw new CancelledException();
            } catch (ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
        }
    }

    /// `[e-a][e-b]` → `[e-a, e-b]` (the document's citation form does not read adjacent brackets as
    /// two citations), and a heading the model put first despite the instructions is dropped.
    static String tidy(String text) {
        String t = LEADING_HEADING.matcher(text).replaceFirst("");
        Matcher m = ADJACENT_CITATIONS.matcher(t);
        while (m.find()) {
            t = m.replaceFirst(Matcher.quoteReplacement("[" + m.group(1) + ", " + m.group(2) + "]"));
            m = ADJACENT_CITATIONS.matcher(t);
        }
        return t.strip() + "\n";
    }

    /// The key rows, plus rows the analysis cites that are not key rows, in time order.
    private static List<PromptEvent> events(DraftRequest request) {
        Timeline t = request.context().timeline();
        Map<String, Event> picked = new LinkedHashMap<>();
        Set<String> cited = new LinkedHashSet<>();
        var a = request.context().analysis();
        a.boundaries().values().forEach(b -> cited.addAll(b.evidence()));
        if (a.trigger() != null) {
            cited.addAll(a.trigger().evidence());
        }
        if (a.impact() != null) {
            cited.addAll(a.impact().evidence());
        }
        for (Row r : t.rows()) {
            if (r.isKey() || cited.contains(r.id())) {
                picked.put(r.id(), r.event());
            }
        }
        List<Event> events = new ArrayList<>(picked.values());
        if (events.size() > MAX_EVENTS) {
            events = new ArrayList<>(events.stream().filter(e -> cited.contains(e.id())).toList());
            for (Row r : t.keyRows()) {
                if (events.size() >= MAX_EVENTS) {
                    break;
                }
                if (!cited.contains(r.id())) {
                    events.add(r.event());
                }
            }
            events.sort(java.util.Comparator.comparing(Event::time));
        }
        return events.stream().map(PromptEvent::of).toList();
    }

    /// User ids the parsers read from structured user fields.
    private static Set<String> userIds(Timeline t) {
        Set<String> ids = new LinkedHashSet<>();
        for (Row r : t.rows()) {
            String u = r.event().attr(Attr.USER_ID);
            if (u != null && !u.isBlank()) {
                ids.add(u.strip());
            }
        }
        return ids;
    }

    @Override
    public String toString() {
        return "OpenAiDrafter[" + client + "]";
    }
}
