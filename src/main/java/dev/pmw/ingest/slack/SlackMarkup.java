package dev.pmw.ingest.slack;

/// Slack mrkdwn to display text: `<@U…>` / `<#C…|name>` / `<!here>` / `<!subteam^…|@team>` /
/// `<!date^…|fallback>` / `<url|label>` / `<mailto:…>` tokens resolved (split on the first `|`), and
/// only the three escapes Slack uses (`&amp;` `&lt;` `&gt;`) undone — never a full HTML decode.
/// Emphasis marks (`*bold*`, `` `code` ``) stay: they are part of what people wrote.
final class SlackMarkup {
    /// Longest `<…>` token we treat as markup; anything longer is literal text.
    private static final int MAX_TOKEN = 4096;

    /// Names for the ids inside tokens. Unknown ids come back as given.
    interface Names {
        String user(String id);

        String channel(String id);
    }

    private SlackMarkup() {
    }

    static String render(String mrkdwn, Names names) {
        if (mrkdwn == null || mrkdwn.isEmpty()) {
            return "";
        }
        if (mrkdwn.indexOf('<') < 0 && mrkdwn.indexOf('&') < 0) {
            return mrkdwn;
        }
        StringBuilder out = new StringBuilder(mrkdwn.length());
        int i = 0;
        int n = mrkdwn.length();
        while (i < n) {
            int lt = mrkdwn.indexOf('<', i);
            if (lt < 0) {
                out.append(unescape(mrkdwn.substring(i)));
                break;
            }
            out.append(unescape(mrkdwn.substring(i, lt)));
            int gt = closing(mrkdwn, lt);
            if (gt < 0) {
                out.append('<');
                i = lt + 1;
                continue;
            }
            out.append(token(mrkdwn.substring(lt + 1, gt), names));
            i = gt + 1;
        }
        return out.toString();
    }

    private static int closing(String s, int lt) {
        int end = Math.min(s.length(), lt + MAX_TOKEN);
        for (int j = lt + 1; j < end; j++) {
            char c = s.charAt(j);
            if (c == '>') {
                return j > lt + 1 ? j : -1;
            }
            if (c == '<' || c == '\n') {
                return -1;
            }
        }
        return -1;
    }

    private static String token(String body, Names names) {
        int bar = body.indexOf('|');
        String target = bar < 0 ? body : body.substring(0, bar);
        String label = bar < 0 ? "" : unescape(body.substring(bar + 1));
        switch (target.charAt(0)) {
            case '@' -> {
                String id = target.substring(1);
                String name = names.user(id);
                return "@" + (name.equals(id) && !label.isEmpty() ? label : name);
            }
            case '#' -> {
                String id = target.substring(1);
                return "#" + (label.isEmpty() ? names.channel(id) : label);
            }
            case '!' -> {
                return special(target.substring(1), label);
            }
            default -> {
                if (!label.isEmpty()) {
                    return label;
                }
                String url = unescape(target);
                if (url.regionMatches(true, 0, "mailto:", 0, 7)) {
                    return url.substring(7);
                }
                return SlackUrls.stripTokens(url);
            }
        }
    }

    /// `<!here>`, `<!channel>`, `<!everyone>`, `<!subteam^S123|@oncall>`, `<!date^…|fallback>`.
    private static String special(String command, String label) {
        if (command.startsWith("date^")) {
            return label.isEmpty() ? "(date)" : label;
        }
        if (command.startsWith("subteam^")) {
            return label.isEmpty() ? "@" + command.substring(8) : label.startsWith("@") ? label : "@" + label;
        }
        if (!label.isEmpty()) {
            return label.startsWith("@") ? label : "@" + label;
        }
        return "@" + command;
    }

    /// Undoes exactly Slack's three escapes.
    static String unescape(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    /// The inverse of [#unescape], for plain text we turn into mrkdwn (block elements).
    static String escape(String s) {
        if (s.indexOf('&') < 0 && s.indexOf('<') < 0 && s.indexOf('>') < 0) {
            return s;
        }
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
