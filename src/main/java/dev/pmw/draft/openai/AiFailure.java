package dev.pmw.draft.openai;

import java.time.Duration;

/// Why a request to the model did not give a complete answer, in words for the draft panel, with
/// the text that arrived before it failed (kept as a proposal, never applied to accepted text).
///
/// @param kind        what went wrong
/// @param message     a plain sentence: what happened and what to do
/// @param partialText the answer received before the failure (may be empty)
/// @param httpStatus  the HTTP status, or 0 when there was none
/// @param retryAfter  for [Kind#RATE_LIMITED]: how long the endpoint asked to wait, or null
public record AiFailure(Kind kind, String message, String partialText, int httpStatus, Duration retryAfter) {
    public enum Kind {
        /// Connection refused or no route: nothing listening, or no network.
        OFFLINE,
        /// The host name could not be resolved.
        DNS,
        /// The TLS handshake failed (certificate, or http/https mix-up).
        TLS,
        /// The host did not accept the connection in time.
        CONNECT_TIMEOUT,
        /// The endpoint stopped sending data for longer than the timeout.
        READ_TIMEOUT,
        /// 401 or 403: the key is wrong, revoked, or not allowed to use the model.
        KEY_REJECTED,
        /// 404 naming the model.
        MODEL_NOT_FOUND,
        /// 404 for the path: the base URL is probably wrong (missing `/v1`?).
        ENDPOINT_NOT_FOUND,
        /// 429, after at most one wait-and-retry within the timeout.
        RATE_LIMITED,
        /// 5xx.
        SERVER_ERROR,
        /// Another 4xx: the endpoint refused the request as sent.
        BAD_REQUEST,
        /// The connection ended before the model said it was done.
        STREAM_CUT,
        /// A chunk or response that is not the JSON a chat completion sends.
        MALFORMED,
        /// The model declined (`refusal`), or the endpoint's content filter stopped the answer.
        REFUSAL,
        /// Anything else.
        UNEXPECTED
    }

    public AiFailure {
        partialText = partialText == null ? "" : partialText;
    }

    public AiFailure withPartialText(String text) {
        return new AiFailure(kind, message, text, httpStatus, retryAfter);
    }

    public boolean hasPartialText() {
        return !partialText.isBlank();
    }
}
