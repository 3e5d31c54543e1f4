package dev.pmw.draft.openai;

import com.openai.core.http.Headers;
import com.openai.errors.NotFoundException;
import com.openai.errors.OpenAIInvalidDataException;
import com.openai.errors.OpenAIIoException;
import com.openai.errors.OpenAIServiceException;
import com.openai.errors.PermissionDeniedException;
import com.openai.errors.RateLimitException;
import com.openai.errors.UnauthorizedException;
import dev.pmw.draft.openai.AiFailure.Kind;

import java.io.EOFException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.ProtocolException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import javax.net.ssl.SSLException;

/// Turns what the SDK throws into an [AiFailure] with a message a user can act on. The key never
/// appears in a message, even when an endpoint echoes it back.
final class Failures {
    private Failures() {
    }

    static AiFailure of(Throwable thrown, AiSettings settings, ApiKey key) {
        Throwable t = unwrap(thrown);
        String host = host(settings);
        AiFailure f = switch (t) {
            case UnauthorizedException e -> new AiFailure(Kind.KEY_REJECTED,
                    "The endpoint rejected the API key (HTTP 401): " + serverMessage(e), "", 401, null);
            case PermissionDeniedException e -> new AiFailure(Kind.KEY_REJECTED,
                    "The API key is not allowed to use " + settings.model() + " (HTTP 403): " + serverMessage(e), "", 403,
                    null);
            case NotFoundException e -> notFound(e, settings);
            case RateLimitException e -> {
                Duration wait = retryAfter(e.headers());
                yield new AiFailure(Kind.RATE_LIMITED, "The endpoint is rate-limiting requests (HTTP 429)"
                        + (wait == null ? "" : "; it asks to wait " + seconds(wait)) + ". Try again later.", "", 429, wait);
            }
            case OpenAIServiceException e -> byStatus(e, settings);
            case OpenAIInvalidDataException e -> new AiFailure(Kind.MALFORMED,
                    "The endpoint sent something that is not a valid chat completion (" + rootMessage(e) + ").", "", 0, null);
            case OpenAIIoException e -> io(e, host, settings);
            default -> new AiFailure(Kind.UNEXPECTED, "The request failed: " + rootMessage(t), "", 0, null);
        };
        return scrub(f, key);
    }

    private static AiFailure notFound(NotFoundException e, AiSettings s) {
        String msg = serverMessage(e);
        boolean model = e.code().map(c -> c.contains("model")).orElse(false) || msg.contains(s.model())
                || msg.toLowerCase(Locale.ROOT).contains("model");
        return model
                ? new AiFailure(Kind.MODEL_NOT_FOUND, "Model " + s.model() + " was not found at " + s.baseUrl()
                + " (HTTP 404): " + msg, "", 404, null)
                : new AiFailure(Kind.ENDPOINT_NOT_FOUND, s.baseUrl() + " has no chat completions endpoint (HTTP 404). "
                + "OpenAI-compatible base URLs usually end in /v1.", "", 404, null);
    }

    private static AiFailure byStatus(OpenAIServiceException e, AiSettings s) {
        int status = e.statusCode();
        if (status >= 500) {
            return new AiFailure(Kind.SERVER_ERROR, "The endpoint failed (HTTP " + status + "): " + serverMessage(e)
                    + ". Try again later.", "", status, null);
        }
        if (status >= 400) {
            return new AiFailure(Kind.BAD_REQUEST, "The endpoint refused the request (HTTP " + status + "): "
                    + serverMessage(e), "", status, null);
        }
        // an error event inside a stream that had started well
        return new AiFailure(Kind.SERVER_ERROR, "The endpoint reported an error while answering: " + serverMessage(e),
                "", status, null);
    }

    private static AiFailure io(OpenAIIoException e, String host, AiSettings s) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            switch (c) {
                case UnknownHostException u -> {
                    return new AiFailure(Kind.DNS, "Could not find the host " + host
                            + " (DNS lookup failed). Check the base URL and your network.", "", 0, null);
                }
                case ConnectException x -> {
                    return new AiFailure(Kind.OFFLINE, "Could not connect to " + host
                            + ": nothing is listening there, or there is no network.", "", 0, null);
                }
                case NoRouteToHostException x -> {
                    return new AiFailure(Kind.OFFLINE, "No route to " + host + ": check your network.", "", 0, null);
                }
                case SSLException x -> {
                    return new AiFailure(Kind.TLS, "The secure connection to " + host + " failed (" + x.getMessage()
                            + "). Check http/https in the base URL and the server's certificate.", "", 0, null);
                }
                case SocketTimeoutException x -> {
                    boolean connect = x.getMessage() != null && x.getMessage().contains("connect");
                    return connect
                            ? new AiFailure(Kind.CONNECT_TIMEOUT, host + " did not accept a connection within "
                            + seconds(Clients.connectTimeout(s)) + ".", "", 0, null)
                            : new AiFailure(Kind.READ_TIMEOUT, "The endpoint sent nothing for " + seconds(s.timeout())
                            + " (the timeout in the AI settings).", "", 0, null);
                }
                case InterruptedIOException x when "timeout".equals(x.getMessage()) -> {
                    return new AiFailure(Kind.READ_TIMEOUT, "The answer took longer than "
                            + Clients.MAX_CALL.toMinutes() + " minutes.", "", 0, null);
                }
                case EOFException x -> {
                    return cut();
                }
                case ProtocolException x -> {
                    return cut();
                }
                default -> {
                }
            }
        }
        return new AiFailure(Kind.UNEXPECTED, "The connection to " + host + " failed: " + rootMessage(e), "", 0, null);
    }

    static AiFailure cut() {
        return new AiFailure(Kind.STREAM_CUT, "The connection ended before the answer was complete.", "", 0, null);
    }

    /// `Retry-After` as seconds or an HTTP date, or OpenAI's `retry-after-ms`; null when absent.
    static Duration retryAfter(Headers headers) {
        try {
            List<String> ms = headers.values("retry-after-ms");
            if (!ms.isEmpty()) {
                return Duration.ofMillis(Math.round(Double.parseDouble(ms.getFirst().strip())));
            }
            List<String> ra = headers.values("retry-after");
            if (ra.isEmpty()) {
                return null;
            }
            String v = ra.getFirst().strip();
            if (v.matches("\\d+(\\.\\d+)?")) {
                return Duration.ofMillis(Math.round(Double.parseDouble(v) * 1000));
            }
            ZonedDateTime at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
            Duration d = Duration.between(java.time.Instant.now(), at.toInstant());
            return d.isNegative() ? Duration.ZERO : d;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String serverMessage(OpenAIServiceException e) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        m = m.replaceFirst("^\\d{3}: ", "");
        if (m.isBlank() || m.equals("Unknown")) {
            return "no details";
        }
        return m.length() > 300 ? m.substring(0, 300) + "…" : m;
    }

    private static String rootMessage(Throwable t) {
        Throwable r = t;
        while (r.getCause() != null && r.getCause() != r) {
            r = r.getCause();
        }
        String m = r.getMessage() == null ? r.getClass().getSimpleName() : r.getMessage();
        int nl = m.indexOf('\n');
        return nl > 0 ? m.substring(0, nl) : m;
    }

    private static Throwable unwrap(Throwable t) {
        Throwable x = t;
        while ((x instanceof CompletionException || x instanceof ExecutionException) && x.getCause() != null) {
            x = x.getCause();
        }
        return x;
    }

    static String host(AiSettings s) {
        URI u = URI.create(s.baseUrl());
        return u.getHost() + (u.getPort() >= 0 ? ":" + u.getPort() : "");
    }

    static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
    }

    private static AiFailure scrub(AiFailure f, ApiKey key) {
        if (key == null || !f.message().contains(key.reveal())) {
            return f;
        }
        return new AiFailure(f.kind(), f.message().replace(key.reveal(), key.masked()), f.partialText(), f.httpStatus(),
                f.retryAfter());
    }
}
