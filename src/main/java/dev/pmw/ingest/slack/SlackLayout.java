package dev.pmw.ingest.slack;

import dev.pmw.ingest.InputTree;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/// Where the parts of a Slack export sit inside a folder or ZIP: the export root (the top, or one
/// folder down when the archive wraps it: `Acme Slack export Feb 16 2026/channels.json`), the users
/// file, the conversation lists, and the day files grouped by conversation folder.
///
/// @param root       prefix of every export entry: "" or "folder/"
/// @param usersEntry `users.json` or `org_users.json` (Enterprise Grid), with the root
/// @param lists      conversation lists present (`channels.json`, `groups.json`, `dms.json`, `mpims.json`)
/// @param days       conversation folder name → its day-file entries (with the root), in date order
record SlackLayout(String root, String usersEntry, List<String> lists, Map<String, List<String>> days) {

    static final List<String> LIST_FILES = List.of("channels.json", "groups.json", "mpims.json", "dms.json");
    private static final Pattern DAY_FILE = Pattern.compile("[^/]+/\\d{4}-\\d{2}-\\d{2}\\.json");

    /// The export in `tree`, or null when it is not a Slack export.
    static SlackLayout find(InputTree tree) {
        List<String> entries = tree.entries();
        Set<String> set = new LinkedHashSet<>(entries);
        List<String> roots = new ArrayList<>();
        roots.add("");
        for (String e : entries) {
            int slash = e.indexOf('/');
            if (slash > 0 && e.indexOf('/', slash + 1) < 0 && e.endsWith("/channels.json")) {
                String root = e.substring(0, slash + 1);
                // a wrapper folder holds the export and nothing else; a folder that also holds logs
                // or other exports is a collection, and its export is found as a source of its own
                if (entries.stream().allMatch(x -> x.startsWith(root))) {
                    roots.add(root);
                }
            }
        }
        for (String root : roots) {
            SlackLayout l = at(root, entries, set);
            if (l != null) {
                return l;
            }
        }
        return null;
    }

    private static SlackLayout at(String root, List<String> entries, Set<String> set) {
        if (!set.contains(root + "channels.json")) {
            return null;
        }
        String users = set.contains(root + "users.json") ? root + "users.json"
                : set.contains(root + "org_users.json") ? root + "org_users.json" : null;
        if (users == null) {
            return null;
        }
        Map<String, List<String>> days = new LinkedHashMap<>();
        for (String e : entries) {
            if (e.startsWith(root) && DAY_FILE.matcher(e.substring(root.length())).matches()) {
                String rel = e.substring(root.length());
                days.computeIfAbsent(rel.substring(0, rel.indexOf('/')), k -> new ArrayList<>()).add(e);
            }
        }
        if (days.isEmpty()) {
            return null;
        }
        days.values().forEach(l -> l.sort(null));
        List<String> lists = LIST_FILES.stream().map(f -> root + f).filter(set::contains).toList();
        return new SlackLayout(root, users, lists, days);
    }

    /// The entry without the export root: `enrique/2016-01-15.json`.
    String relative(String entry) {
        return entry.substring(root.length());
    }

    int dayFiles() {
        return days.values().stream().mapToInt(List::size).sum();
    }
}
