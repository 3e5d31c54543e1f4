package dev.pmw.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;

/// Writes the benchmark's JSON-lines file (perf-anchors.md §2 shape): payment-platform logs over
/// 2026-02-16 14:00–16:30Z with an ISO `timestamp` (ms, `Z`, ±30 ms jitter so the file is locally
/// out of order), `level`, `service`, `host`, `trace_id`, `message`, nested
/// `http{method,path,status,duration_ms}`, an optional `error{kind,stack}`, some non-ASCII text, and
/// an error burst of one template (HikariPool timeouts with a 7-frame stack) at 15:05–15:27.
/// Deterministic for a given line count and seed.
///
/// Usage: `GenerateLogs LINES OUT.jsonl [SEED]`
public final class GenerateLogs {
    private static final long START_MS = Instant.parse("2026-02-16T14:00:00Z").toEpochMilli();
    private static final long SPAN_MS = 150 * 60 * 1000L;
    private static final long BURST_FROM = Instant.parse("2026-02-16T15:05:00Z").toEpochMilli();
    private static final long BURST_TO = Instant.parse("2026-02-16T15:27:00Z").toEpochMilli();
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_INSTANT;

    private static final String[] SERVICES = {"payment-service", "checkout-api", "ledger-service", "fraud-scoring",
            "notification-worker"};
    private static final String[] PATHS = {"/v1/payments", "/v1/refunds", "/v1/payments/{id}", "/v1/customers/{id}",
            "/v1/checkout/sessions", "/v1/ledger/entries"};
    private static final String HIKARI = "HikariPool-1 - Connection is not available, request timed out after 30000ms.";
    private static final String HIKARI_STACK = "java.sql.SQLTransientConnectionException: " + HIKARI
            + "\\n\\tat com.zaxxer.hikari.pool.HikariPool.createTimeoutException(HikariPool.java:696)"
            + "\\n\\tat com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:181)"
            + "\\n\\tat com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:146)"
            + "\\n\\tat com.zaxxer.hikari.HikariDataSource.getConnection(HikariDataSource.java:100)"
            + "\\n\\tat dev.ferropay.payments.db.PaymentRepository.insert(PaymentRepository.kt:88)"
            + "\\n\\tat dev.ferropay.payments.api.PaymentsController.create(PaymentsController.kt:142)"
            + "\\n\\tat dev.ferropay.payments.api.PaymentsController$$Lambda.invoke(Unknown Source)";

    private GenerateLogs() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: GenerateLogs LINES OUT.jsonl [SEED]");
            System.exit(2);
        }
        long lines = Long.parseLong(args[0].replace("_", ""));
        Path out = Path.of(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1001;
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(out), 1 << 20)) {
            write(lines, seed, os);
        }
    }

    static void write(long lines, long seed, OutputStream os) throws IOException {
        SplittableRandom rnd = new SplittableRandom(seed);
        StringBuilder sb = new StringBuilder(2048);
        for (long i = 0; i < lines; i++) {
            long t = START_MS + i * SPAN_MS / lines + rnd.nextInt(61) - 30;
            sb.setLength(0);
            line(sb, t, rnd);
            sb.append('\n');
            os.write(sb.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void line(StringBuilder sb, long t, SplittableRandom rnd) {
        boolean burst = t >= BURST_FROM && t < BURST_TO && rnd.nextInt(1000) < 233;
        String service = burst ? "payment-service" : SERVICES[rnd.nextInt(SERVICES.length)];
        sb.append("{\"timestamp\":\"").append(ISO.format(Instant.ofEpochMilli(t)));
        int roll = rnd.nextInt(10_000);
        String level = burst ? "ERROR" : roll < 625 ? "DEBUG" : roll < 9_561 ? "INFO" : roll < 9_955 ? "WARN" : "ERROR";
        sb.append("\",\"level\":\"").append(level).append("\",\"service\":\"").append(service)
                .append("\",\"host\":\"").append(service, 0, Math.min(service.length(), 8)).append('-')
                .append(Integer.toHexString(0x7f00 + rnd.nextInt(4))).append('-').append(1 + rnd.nextInt(6))
                .append(".prod\",\"trace_id\":\"");
        hex(sb, rnd, 32);
        sb.append("\",\"message\":\"");
        if (burst) {
            sb.append(HIKARI).append("\",");
            http(sb, "POST", "/v1/payments", 503, 30_000 + rnd.nextInt(80));
            sb.append(",\"error\":{\"kind\":\"SQLTransientConnectionException\",\"stack\":\"").append(HIKARI_STACK)
                    .append("\"}}");
            return;
        }
        switch (level) {
            case "DEBUG" -> {
                sb.append("cache ").append(rnd.nextBoolean() ? "hit" : "miss").append(" for merchant:m_")
                        .append(10_000 + rnd.nextInt(90_000)).append(" in region eu-west-1 (entries=")
                        .append(rnd.nextInt(5000)).append(", café-zoë tenant)\"}");
            }
            case "WARN" -> {
                sb.append("slow query on payments_db took ").append(800 + rnd.nextInt(4000))
                        .append(" ms (threshold 750 ms): SELECT * FROM payments WHERE merchant_id = ? LIMIT 50\",");
                http(sb, "GET", PATHS[2].replace("{id}", "pay_" + token(rnd)), 200, 800 + rnd.nextInt(4000));
                sb.append('}');
            }
            case "ERROR" -> {
                String kind = rnd.nextBoolean() ? "CardDeclinedException" : "UpstreamTimeoutException";
                sb.append(kind.equals("CardDeclinedException") ? "card declined by issuer for payment pay_"
                        : "upstream acquirer timed out for payment pay_").append(token(rnd)).append("\",");
                http(sb, "POST", "/v1/payments", kind.equals("CardDeclinedException") ? 402 : 504, 100 + rnd.nextInt(5000));
                sb.append(",\"error\":{\"kind\":\"").append(kind).append("\",\"stack\":\"dev.ferropay.").append(kind)
                        .append(": declined\\n\\tat dev.ferropay.payments.Acquirer.charge(Acquirer.kt:212)\"}}");
            }
            default -> {
                String path = PATHS[rnd.nextInt(PATHS.length)];
                String method = path.contains("{id}") ? "GET" : rnd.nextInt(4) == 0 ? "GET" : "POST";
                String concrete = path.replace("{id}", (path.contains("customers") ? "cus_" : "pay_") + token(rnd));
                int status = method.equals("POST") ? (rnd.nextInt(50) == 0 ? 409 : 201) : (rnd.nextInt(80) == 0 ? 404 : 200);
                int ms = 5 + rnd.nextInt(250);
                sb.append(method).append(' ').append(concrete).append(' ').append(status).append(" in ").append(ms)
                        .append(" ms for merchant m_").append(10_000 + rnd.nextInt(90_000)).append("\",");
                http(sb, method, concrete, status, ms);
                sb.append('}');
            }
        }
    }

    private static void http(StringBuilder sb, String method, String path, int status, int ms) {
        sb.append("\"http\":{\"method\":\"").append(method).append("\",\"path\":\"").append(path)
                .append("\",\"status\":").append(status).append(",\"duration_ms\":").append(ms).append('}');
    }

    /// A Stripe-like id: a digit first, then base-62 (so message templates treat it as a variable,
    /// as they do the long ids of real systems).
    private static String token(SplittableRandom rnd) {
        StringBuilder s = new StringBuilder(14);
        String alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        s.append((char) ('1' + rnd.nextInt(9)));
        for (int i = 1; i < 14; i++) {
            s.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
        }
        return s.toString();
    }

    private static void hex(StringBuilder sb, SplittableRandom rnd, int n) {
        for (int i = 0; i < n; i++) {
            sb.append(Character.forDigit(rnd.nextInt(16), 16));
        }
    }
}
