package dev.pmw.analysis;

import dev.pmw.model.Attr;
import dev.pmw.model.Event;
import dev.pmw.model.EventKind;
import dev.pmw.timeline.Row;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/// Reads a deploy bot's chat announcement (":rocket: *invoice-reconciliation* `v3.8.0` deployed to
/// *production*", ":rewind: *ledger-api* rolled back `v5.2.0` -> `v5.1.4`", "config change
/// deployed") as the change it announces, for the analysis only: the row keeps its id and stays a
/// chat row in the timeline. Sources that already say `deploy` need none of this.
final class ChatChanges {
    private ChatChanges() {
    }

    private static final Pattern ROLLBACK = Pattern.compile("(?i)\\b(rolled back|rolling back|reverted)\\b");
    private static final Pattern CONFIG = Pattern.compile("(?i)\\bconfig(uration)? change\\b.{0,40}?\\b(deployed|applied|rolled out)\\b");
    private static final Pattern DEPLOY = Pattern.compile("(?i)\\b(deployed|released|rolled out|shipped)\\b.{0,40}?"
            + "\\b(to|in|on)\\b\\W{0,3}(production|prod|staging|live)\\b");
    private static final Pattern BOLD = Pattern.compile("\\*([A-Za-z][\\w.\\-/]*)\\*");
    private static final Pattern VERSION = Pattern.compile("(?<![\\w.])v?\\d+\\.\\d+\\.\\d+[\\w.\\-+]*");

    /// The row with its event read as a change, or null when it announces none.
    ///
    /// @param services known service names, lower case
    static Row asChange(Row row, Set<String> services) {
        Event e = row.event();
        if (e.kind() != EventKind.CHAT || !e.isBot()) {
            return null;
        }
        String text = e.text();
        EventKind kind = ROLLBACK.matcher(text).find() ? EventKind.ROLLBACK
                : CONFIG.matcher(text).find() ? EventKind.CONFIG_CHANGE
                : DEPLOY.matcher(text).find() ? EventKind.DEPLOY : null;
        if (kind == null) {
            return null;
        }
        Event c = e.withKind(kind);
        String service = service(text, services);
        if (service != null && e.attr(Attr.SERVICE) == null) {
            c = c.withAttr(Attr.SERVICE, service);
        }
        String version = version(text, kind);
        if (version != null && e.attr(Attr.VERSION) == null) {
            c = c.withAttr(Attr.VERSION, version);
        }
        return new Row(c, row.relevance(), row.source());
    }

    /// A known service named in the text (the first bold one first), else the first bold word.
    private static String service(String text, Set<String> services) {
        String lower = text.toLowerCase(Locale.ROOT);
        Matcher m = BOLD.matcher(text);
        String firstBold = null;
        while (m.find()) {
            String b = m.group(1);
            if (services.contains(b.toLowerCase(Locale.ROOT))) {
                return b;
            }
            if (firstBold == null && !b.equalsIgnoreCase("production") && !b.equalsIgnoreCase("staging")) {
                firstBold = b;
            }
        }
        String best = null;
        int at = Integer.MAX_VALUE;
        for (String s : services) {
            int i = lower.indexOf(s);
            if (i >= 0 && (i < at || i == at && s.length() > best.length())) {
                best = s;
                at = i;
            }
        }
        return best != null ? best : firstBold;
    }

    /// The version deployed (the first one), or rolled back to (the last one).
    private static String version(String text, EventKind kind) {
        Matcher m = VERSION.matcher(text);
        String first = null;
        String last = null;
        while (m.find()) {
            first = first == null ? m.group() : first;
            last = m.group();
        }
        return kind == EventKind.ROLLBACK ? last : first;
    }
}
