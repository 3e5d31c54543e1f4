package dev.pmw.ingest.logs;

import dev.pmw.ingest.Sniff;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/// Detection of text logs (formats.md §2.3, §7.6): CRI container logs, logfmt, zap's console
/// encoder, `kubectl logs --timestamps`, `docker compose logs`. Counts matching lines among the
/// first 50; formats whose records are followed by stack traces need only their first line to match.
///
/// @param dialect the dialect
/// @param score   detection confidence 0..100
record TextShape(Dialect dialect, int score) {
    static final String RFC3339 = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(?:[.,]\\d+)?(?:Z|[+-]\\d\\d:?\\d\\d)";
    static final Pattern CRI = Pattern.compile("^(" + RFC3339 + ") (stdout|stderr) ([PF])(?: (.*))?$");
    static final Pattern ZAP = Pattern.compile("^(\\d{4}-\\d\\d-\\d\\dT\\S+)\\t(?i:(debug|info|warn|error|dpanic|panic|fatal))\\t(.*)$");
    static final Pattern KUBECTL = Pattern.compile("^(" + RFC3339 + ") (.*)$");
    static final Pattern COMPOSE = Pattern.compile("^(?:\\x1b\\[[0-9;?]*[A-Za-z])*([A-Za-z0-9][\\w.-]*)\\s+\\| ?(.*)$");
    static final Pattern LOGFMT_START = Pattern.compile("^(?:time|ts|timestamp|t)=(?:\"[^\"]+\"|\\S+) .*\\b(?:level|lvl|severity|msg)=");

    static final TextShape NONE = new TextShape(null, 0);

    static TextShape of(Sniff sniff) {
        char first = sniff.firstChar();
        if (first == '{' || first == '[') {
            return NONE;
        }
        List<String> lines = sniff.lines(50);
        if (lines.isEmpty()) {
            return NONE;
        }
        int n = lines.size();
        int cri = count(CRI, lines);
        if (cri >= 0.8 * n) {
            return new TextShape(Dialect.CRI, 90);
        }
        if (matches(ZAP, lines.getFirst()) && count(ZAP, lines) >= 0.3 * n) {
            return new TextShape(Dialect.ZAP_CONSOLE, 85);
        }
        if (matches(LOGFMT_START, lines.getFirst()) && count(LOGFMT_START, lines) >= 0.6 * n) {
            return new TextShape(Dialect.LOGFMT, 80);
        }
        if (count(COMPOSE, lines) >= 0.8 * n) {
            return new TextShape(Dialect.DOCKER_COMPOSE, 70);
        }
        if (matches(KUBECTL, lines.getFirst()) && count(KUBECTL, lines) >= 0.5 * n) {
            return new TextShape(Dialect.KUBECTL_TIMESTAMPS, 45);
        }
        return NONE;
    }

    private static boolean matches(Pattern p, String line) {
        Matcher m = p.matcher(line);
        return m.find();
    }

    private static int count(Pattern p, List<String> lines) {
        int c = 0;
        for (String l : lines) {
            if (matches(p, l)) {
                c++;
            }
        }
        return c;
    }
}
