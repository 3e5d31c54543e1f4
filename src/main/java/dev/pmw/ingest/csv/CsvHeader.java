package dev.pmw.ingest.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/// A CSV header row with forgiving column lookup: `Created At`, `created_at`, `created-at` and
/// `CREATED_AT` are the same column; a parenthesised note such as the zone in `Time (UTC)` is kept
/// apart from the name.
public final class CsvHeader {
    private final List<String> raw;
    private final List<String> keys = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    public CsvHeader(List<String> cells) {
        this.raw = List.copyOf(cells);
        for (String c : cells) {
            String s = c.strip();
            if (!s.isEmpty() && s.charAt(0) == '\uFEFF') {
                s = s.substring(1);
            }
            String note = "";
            int open = s.indexOf('(');
            int close = s.lastIndexOf(')');
            if (open > 0 && close > open) {
                note = s.substring(open + 1, close).strip();
                s = s.substring(0, open) + s.substring(close + 1);
            }
            keys.add(key(s));
            notes.add(note);
        }
    }

    /// Lower-case letters and digits only: the comparable form of a column name.
    public static String key(String name) {
        StringBuilder sb = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = Character.toLowerCase(name.charAt(i));
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    public int size() {
        return keys.size();
    }

    public String name(int i) {
        return raw.get(i).strip();
    }

    public String key(int i) {
        return keys.get(i);
    }

    /// The parenthesised part of a column name (`UTC` in `Time (UTC)`), or empty.
    public String note(int i) {
        return notes.get(i);
    }

    /// The first column whose key equals one of `names` (compared by [#key(String)]), or -1.
    public int find(String... names) {
        for (String n : names) {
            String k = key(n);
            int i = keys.indexOf(k);
            if (i >= 0) {
                return i;
            }
        }
        return -1;
    }

    /// The first column whose key contains one of `parts`, or -1.
    public int findContaining(String... parts) {
        for (String p : parts) {
            String k = key(p);
            for (int i = 0; i < keys.size(); i++) {
                if (keys.get(i).contains(k)) {
                    return i;
                }
            }
        }
        return -1;
    }

    public boolean has(String... names) {
        return find(names) >= 0;
    }

    /// How many of `names` are columns.
    public int count(String... names) {
        int n = 0;
        for (String s : names) {
            if (keys.contains(key(s))) {
                n++;
            }
        }
        return n;
    }

    @Override
    public String toString() {
        return String.join(",", raw).toLowerCase(Locale.ROOT);
    }
}
