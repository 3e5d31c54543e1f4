package dev.pmw.draft.openai;

import okhttp3.Call;
import okhttp3.Interceptor;
import okhttp3.Response;

import java.io.IOException;
import java.util.function.Consumer;

/// Hands each HTTP call to the stream that started it, so that cancelling can use OkHttp's
/// thread-safe `Call.cancel()`. (Closing the SDK's stream from another thread while its reader
/// is blocked races inside okio and can fail with "Unbalanced enter/exit".) Calls run on the
/// thread that started them, so a thread-local is enough to find the owner.
final class CallTracker implements Interceptor {
    private final ThreadLocal<Consumer<Call>> owner = new ThreadLocal<>();

    void track(Consumer<Call> onCall) {
        owner.set(onCall);
    }

    void untrack() {
        owner.remove();
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Consumer<Call> c = owner.get();
        if (c != null) {
            c.accept(chain.call());
        }
        return chain.proceed(chain.request());
    }
}
