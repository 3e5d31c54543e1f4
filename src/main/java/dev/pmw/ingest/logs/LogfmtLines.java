package dev.pmw.ingest.logs;

import dev.pmw.ingest.LogStoreBuilder;

import java.util.ArrayList;
import java.util.List;

/// logfmt (logrus TextFormatter, Go kit, Heroku): `time="…" level=error msg="…" key=value …`.
final class LogfmtLines implements TextLineHandler {
    private final LogSink sink;
    private final Rec rec = new Rec();

    LogfmtLines(LogSink sink) {
        this.sink = sink;
    }

    @Override
    public void line(String text, long line, long offset) {
        List<String[]> pairs = pairs(text);
        String time = null;
        String level = null;
        String msg = null;
        String service = null;
        String status = null;
        String user = null;
        for (String[] p : pairs) {
            switch (p[0]) {
                case "time", "ts", "timestamp", "t" -> time = time == null ? p[1] : time;
                case "level", "lvl", "severity", "loglevel" -> level = level == null ? p[1] : level;
                case "msg", "message" -> msg = msg == null ? p[1] : msg;
                case "service", "app", "component", "logger" -> service = service == null ? p[1] : service;
                case "status", "status_code" -> status = p[1];
                case "user_id", "userId", "customer_id" -> user = p[1];
                default -> {
                }
            }
        }
        if (pairs.size() < 2 || time == null && level == null && msg == null) {
            sink.continuation(line, text);
            return;
        }
        rec.reset();
        if (time != null) {
            TextLineHandler.time(rec, time, sink.options().zone());
        }
        if (level != null) {
            char[] c = level.toCharArray();
            rec.level = Levels.of(c, 0, c.length, Levels.TEXT);
        }
        rec.setMessage(msg != null ? msg : text, 0);
        rec.service = service;
        if (status != null && status.matches("[1-5]\\d\\d")) {
            rec.status = Integer.parseInt(status);
        }
        rec.userHash = LogStoreBuilder.userHash(user);
        sink.add(rec, line, offset);
    }

    /// `key=value` pairs; values may be quoted with `\"` escapes. Stops at the first token that is
    /// not a pair.
    static List<String[]> pairs(String s) {
        List<String[]> out = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            while (i < n && s.charAt(i) == ' ') {
                i++;
            }
            int ks = i;
            while (i < n && s.charAt(i) != '=' && s.charAt(i) != ' ' && s.charAt(i) != '"') {
                i++;
            }
            if (i >= n || s.charAt(i) != '=' || i == ks) {
                break;
            }
            String key = s.substring(ks, i);
            i++;
            String value;
            if (i < n && s.charAt(i) == '"') {
                StringBuilder v = new StringBuilder();
                i++;
                while (i < n && s.charAt(i) != '"') {
                    char c = s.charAt(i);
                    if (c == '\\' && i + 1 < n) {
                        char e = s.charAt(++i);
                        v.append(e == 'n' ? '\n' : e == 't' ? '\t' : e);
                    } else {
                        v.append(c);
                    }
                    i++;
                }
                i++;
                value = v.toString();
            } else {
                int vs = i;
                while (i < n && s.charAt(i) != ' ') {
                    i++;
                }
                value = s.substring(vs, i);
            }
            out.add(new String[] {key, value});
        }
        return out;
    }
}
