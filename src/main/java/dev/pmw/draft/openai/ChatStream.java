package dev.pmw.draft.openai;

import com.openai.client.OpenAIClient;
import com.openai.core.http.StreamResponse;
import com.openai.errors.RateLimitException;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import okhttp3.Call;

import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/// One streamed answer, running on its own thread: deltas go to the listener as they arrive, the
/// [#outcome()] completes once with what happened. [#cancel()] stops delivery at once and closes
/// the connection. A 429 whose `Retry-After` fits in the timeout is retried once; every other
/// failure ends the stream with the text received so far.
public final class ChatStream {
    private final OpenAIClient client;
    private final CallTracker calls;
    private final ChatCompletionCreateParams params;
    private final AiSettings settings;
    private final ApiKey key;
    private final StreamListener listener;
    private final CompletableFuture<StreamOutcome> outcome = new CompletableFuture<>();
    private final AtomicBoolean cancelled = new AtomicBoolean();
    /// Held while a delta is delivered, so that after [#cancel()] returns none is.
    private final Object delivery = new Object();
    private final StringBuilder text = new StringBuilder();
    private volatile Call call;
    private volatile Thread thread;

    private ChatStream(OpenAIClient client, CallTracker calls, ChatCompletionCreateParams params, AiSettings settings,
                       ApiKey key, StreamListener listener) {
        this.client = client;
        this.calls = calls;
        this.params = params;
        this.settings = settings;
        this.key = key;
        this.listener = listener;
    }

    static ChatStream start(OpenAIClient client, CallTracker calls, ChatCompletionCreateParams params,
                            AiSettings settings, ApiKey key, StreamListener listener) {
        ChatStream s = new ChatStream(client, calls, params, settings, key, listener);
        s.thread = Thread.ofPlatform().daemon().name("pmw-ai-stream").start(s::runGuarded);
        return s;
    }

    public CompletableFuture<StreamOutcome> outcome() {
        return outcome;
    }

    /// Waits for the outcome (for the CLI and tests; the UI listens to [#outcome()]).
    public StreamOutcome await(Duration max) throws InterruptedException, TimeoutException {
        try {
            return outcome.get(max.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /// Stops the stream: no delta is delivered after this returns, the connection is closed, and
    /// the outcome becomes [StreamOutcome.Cancelled] with the text received so far.
    public void cancel() {
        if (!cancelled.compareAndSet(false, true)) {
            return;
        }
        synchronized (delivery) {
            // waits for a delivery in progress
        }
        Call c = call;
        if (c != null) {
            c.cancel();                                   // the reader's blocked read fails at once
        }
        Thread t = thread;
        if (t != null) {
            t.interrupt();                                // ends a Retry-After wait
        }
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    private void runGuarded() {
        calls.track(c -> {
            call = c;
            if (cancelled.get()) {
                c.cancel();
            }
        });
        try {
            run();
        } catch (Throwable t) {
            finish(failed(AiFailure.Kind.UNEXPECTED, "The request failed: " + t, textSoFar()));
            if (t instanceof Error e) {
                throw e;
            }
        } finally {
            calls.untrack();
        }
    }

    private void run() {
        Instant deadline = Instant.now().plus(settings.timeout());
        boolean retried = false;
        String finish = null;
        StringBuilder refusal = new StringBuilder();
        boolean anyChunk = false;
        while (true) {
            try {
                try (StreamResponse<ChatCompletionChunk> r = client.chat().completions().createStreaming(params)) {
                    Iterator<ChatCompletionChunk> it = r.stream().iterator();
                    while (!cancelled.get() && it.hasNext()) {
                        ChatCompletionChunk chunk = it.next();
                        anyChunk = true;
                        for (ChatCompletionChunk.Choice choice : chunk.choices()) {
                            if (choice.index() != 0) {
                                continue;
                            }
                            choice.delta().content().ifPresent(this::deliver);
                            choice.delta().refusal().ifPresent(refusal::append);
                            if (choice.finishReason().isPresent()) {
                                finish = choice.finishReason().get().asString();
                            }
                        }
                    }
                }
                break;
            } catch (RateLimitException e) {
                Duration wait = Failures.retryAfter(e.headers());
                if (retried || cancelled.get() || wait == null || Instant.now().plus(wait).isAfter(deadline)) {
                    end(e);
                    return;
                }
                retried = true;
                listener.onRetry(wait, "rate limited (HTTP 429)");
                try {
                    Thread.sleep(wait);
                } catch (InterruptedException ie) {
                    finish(new StreamOutcome.Cancelled(textSoFar()));
                    return;
                }
            } catch (RuntimeException e) {
                end(e);
                return;
            }
        }
        finish(ending(finish, refusal.toString(), anyChunk));
    }

    private StreamOutcome ending(String finish, String refusal, boolean anyChunk) {
        String got = textSoFar();
        if (cancelled.get()) {
            return new StreamOutcome.Cancelled(got);
        }
        if (!refusal.isBlank() && got.isBlank()) {
            return failed(AiFailure.Kind.REFUSAL, "The model declined: " + refusal.strip(), got);
        }
        if ("content_filter".equals(finish)) {
            return failed(AiFailure.Kind.REFUSAL, "The endpoint's content filter stopped the answer.", got);
        }
        if (finish == null) {
            return anyChunk ? new StreamOutcome.Failed(Failures.cut().withPartialText(got))
                    : failed(AiFailure.Kind.MALFORMED, "The endpoint answered but sent no completion. Is "
                    + settings.baseUrl() + " an OpenAI-compatible endpoint (usually ending in /v1)?", got);
        }
        return new StreamOutcome.Completed(got, finish);
    }

    private static StreamOutcome failed(AiFailure.Kind kind, String message, String partial) {
        return new StreamOutcome.Failed(new AiFailure(kind, message, partial, 0, null));
    }

    private void end(RuntimeException e) {
        if (cancelled.get()) {
            finish(new StreamOutcome.Cancelled(textSoFar()));
        } else {
            finish(new StreamOutcome.Failed(Failures.of(e, settings, key).withPartialText(textSoFar())));
        }
    }

    private void deliver(String piece) {
        if (piece.isEmpty()) {
            return;
        }
        synchronized (delivery) {
            if (cancelled.get()) {
                return;
            }
            synchronized (text) {
                text.append(piece);
            }
            listener.onDelta(piece);
        }
    }

    private String textSoFar() {
        synchronized (text) {
            return text.toString();
        }
    }

    private void finish(StreamOutcome o) {
        outcome.complete(o);
    }
}
