package dev.pmw.draft.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/// A fake OpenAI-compatible server on 127.0.0.1 (JDK `HttpServer`) that replays recorded
/// responses, streaming included, so that tests run the real openai-java code path. It records
/// every request (method, path, headers, body) for assertions.
///
/// Replies are queued per path (`/v1/chat/completions`, `/v1/models` …) and used in order; the
/// last one repeats. Reusable by UI tests: `FakeOpenAiServer.start()`, `baseUrl()`, `on(...)`.
public final class FakeOpenAiServer implements AutoCloseable {
    public static final String CHAT = "/v1/chat/completions";
    public static final String MODELS = "/v1/models";
    private static final ObjectMapper JSON = new ObjectMapper();

    /// One request as the server received it.
    public record Received(String method, String path, Map<String, List<String>> headers, String body) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public String header(String name) {
            for (var e : headers.entrySet()) {
                if (e.getKey().equalsIgnoreCase(name)) {
                    return e.getValue().getFirst();
                }
            }
            return null;
        }
    }

    /// How the server answers one request.
    @FunctionalInterface
    public interface Reply {
        void send(HttpExchange ex) throws IOException;
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fake-openai");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Deque<Reply>> replies = new HashMap<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();

    private FakeOpenAiServer(HttpServer server) {
        this.server = server;
    }

    public static FakeOpenAiServer start() {
        try {
            HttpServer s = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            FakeOpenAiServer f = new FakeOpenAiServer(s);
            s.createContext("/", f::handle);
            s.setExecutor(f.executor);
            s.start();
            return f;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /// `http://127.0.0.1:PORT/v1`, what the settings' base URL is set to.
    public String baseUrl() {
        return "http://127.0.0.1:" + port() + "/v1";
    }

    /// Queues replies for a path; the last one keeps answering.
    public synchronized FakeOpenAiServer on(String path, Reply... rs) {
        replies.computeIfAbsent(path, k -> new ArrayDeque<>()).addAll(Arrays.asList(rs));
        return this;
    }

    public List<Received> requests() {
        return List.copyOf(received);
    }

    public List<Received> requests(String path) {
        return received.stream().filter(r -> r.path().equals(path)).toList();
    }

    public Received last(String path) {
        List<Received> rs = requests(path);
        if (rs.isEmpty()) {
            throw new AssertionError("no request to " + path + " (got " + received.stream().map(Received::path).toList() + ")");
        }
        return rs.getLast();
    }

    private void handle(HttpExchange ex) throws IOException {
        String body;
        try (InputStream in = ex.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String path = ex.getRequestURI().getPath();
        received.add(new Received(ex.getRequestMethod(), path, Map.copyOf(ex.getRequestHeaders()), body));
        Reply r;
        synchronized (this) {
            Deque<Reply> q = replies.get(path);
            r = q == null || q.isEmpty() ? null : q.size() > 1 ? q.poll() : q.peek();
        }
        if (r == null) {
            r = json(404, "{\"error\":{\"message\":\"no route " + path + "\",\"type\":\"invalid_request_error\"}}");
        }
        try {
            r.send(ex);
        } finally {
            ex.close();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    // ---------------------------------------------------------------- replies

    /// A recorded response body from `src/test/resources/openai/`.
    public static String recorded(String name) {
        try (InputStream in = FakeOpenAiServer.class.getResourceAsStream("/openai/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no recorded response " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Reply json(int status, String body, String... headers) {
        return ex -> {
            for (int i = 0; i + 1 < headers.length; i += 2) {
                ex.getResponseHeaders().add(headers[i], headers[i + 1]);
            }
            ex.getResponseHeaders().set("Content-Type", "application/json");
            byte[] b = body.getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(status, b.length == 0 ? -1 : b.length);
            if (b.length > 0) {
                ex.getResponseBody().write(b);
            }
        };
    }

    /// A recorded JSON response (`models.json`, `error-401.json` …).
    public static Reply recordedJson(int status, String name, String... headers) {
        return json(status, recorded(name), headers);
    }

    /// The events of a recorded `.sse` file (separated by blank lines), each `data: …` block.
    public static List<String> events(String name) {
        List<String> out = new ArrayList<>();
        for (String block : recorded(name).split("\n\n")) {
            if (!block.isBlank()) {
                out.add(block.strip() + "\n\n");
            }
        }
        return out;
    }

    /// Replays a recorded stream, one event every `gap`, flushed one by one as a real server does.
    public static Reply stream(String name, Duration gap) {
        return streamEvents(events(name), gap, -1, null);
    }

    /// Sends the first `n` events of a recording, then half of the next one, then drops the
    /// connection without ending the chunked body (a stream cut midway).
    public static Reply cutAfter(String name, int n) {
        return streamEvents(events(name), Duration.ZERO, n, null);
    }

    /// Sends the first `n` events, then waits for `release` before sending the rest (to cancel mid-stream).
    public static Reply pauseAfter(String name, int n, CountDownLatch release) {
        return streamEvents(events(name), Duration.ZERO, -1, new Object[]{n, release});
    }

    private static Reply streamEvents(List<String> events, Duration gap, int cutAfter, Object[] pause) {
        return ex -> {
            ex.getResponseHeaders().set("Content-Type", "text/event-stream");
            ex.getResponseHeaders().set("Cache-Control", "no-cache");
            ex.sendResponseHeaders(200, 0);
            OutputStream out = ex.getResponseBody();
            for (int i = 0; i < events.size(); i++) {
                if (cutAfter >= 0 && i == cutAfter) {
                    String e = events.get(i);
                    out.write(e.substring(0, e.length() / 2).getBytes(StandardCharsets.UTF_8));
                    out.flush();
                    throw new IOException("fake server drops the connection mid-event");
                }
                if (pause != null && i == (int) pause[0]) {
                    try {
                        ((CountDownLatch) pause[1]).await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
                out.write(events.get(i).getBytes(StandardCharsets.UTF_8));
                out.flush();
                sleep(gap);
            }
        };
    }

    /// Waits before answering (for timeouts).
    public static Reply after(Duration wait, Reply then) {
        return ex -> {
            sleep(wait);
            then.send(ex);
        };
    }

    private static void sleep(Duration d) {
        if (d.isZero()) {
            return;
        }
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
