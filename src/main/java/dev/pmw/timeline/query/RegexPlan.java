package dev.pmw.timeline.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/// How a search expression is run over a million rows quickly. Java's regex engine tries every
/// alternative at every position of every row, and case-insensitive matching slows each try, so:
///
/// - the expression is lower-cased outside escapes (rows are searched in lower case already) and
///   compiled case-sensitively, which lets literal starts use Boyer-Moore (searches are always
///   case-insensitive, `(?-i)` included: the rows are only kept in lower case);
/// - top-level alternatives become separate patterns (`a|b` is found when `a` or `b` is);
/// - each alternative gets its longest run of mandatory ASCII literal text, and the engine only
///   runs on rows that contain it (a plain `String.contains`). Anything the analysis does not
///   understand (groups, classes, optional characters) only shortens that run, so the prefilter
///   never rejects a row the expression would match.
final class RegexPlan {
    private static final int MIN_LENGTH = 3;
    /// `^` and `$` match at the ends of each field (text, actor …), not only of the whole row.
    static final int FLAGS = Pattern.MULTILINE;
    private static final Pattern CHARACTER_ESCAPE = Pattern.compile("\\\\[xu0NpPc]");
    private static final Pattern COMMENTS_FLAG = Pattern.compile("\\(\\?[a-zA-Z-]*x");

    /// One alternative: its pattern and text it cannot match without (null when unknown).
    record Branch(String literal, Pattern pattern) {
    }

    private final List<Branch> branches;

    private RegexPlan(List<Branch> branches) {
        this.branches = List.copyOf(branches);
    }

    /// @throws PatternSyntaxException when the expression is invalid
    static RegexPlan of(String regex) {
        Pattern whole = Pattern.compile(regex, FLAGS | Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE); // validates
        String lower = COMMENTS_FLAG.matcher(regex).find() ? null : lowerCase(regex);
        List<String> parts = lower == null ? null : alternatives(lower);
        if (parts != null) {
            // escapes may still name upper-case characters (\x41, \u00C9): then fold case in the engine
            int flags = CHARACTER_ESCAPE.matcher(lower).find() ? FLAGS | Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE
                    : FLAGS;
            try {
                List<Branch> out = new ArrayList<>();
                for (String p : parts) {
                    String lit = longestRun(p);
                    out.add(new Branch(lit != null && lit.length() >= MIN_LENGTH ? lit : null, Pattern.compile(p, flags)));
                }
                return new RegexPlan(out);
            } catch (PatternSyntaxException e) {
                // a back-reference into another alternative, or a construct lower-casing broke
            }
        }
        return new RegexPlan(List.of(new Branch(null, whole)));
    }

    List<Branch> branches() {
        return branches;
    }

    /// Matchers to reuse, one per alternative (a matcher is not thread-safe: one set per thread).
    Matcher[] matchers() {
        Matcher[] m = new Matcher[branches.size()];
        for (int i = 0; i < m.length; i++) {
            m[i] = branches.get(i).pattern().matcher("");
        }
        return m;
    }

    boolean find(String lowerText, CharSequence chars, Matcher[] matchers) {
        for (int i = 0; i < matchers.length; i++) {
            String lit = branches.get(i).literal();
            if ((lit == null || lowerText.contains(lit)) && matchers[i].reset(chars).find()) {
                return true;
            }
        }
        return false;
    }

    /// Top-level alternatives, with groups that enclose a whole alternative opened up.
    static List<String> alternatives(String re) {
        List<String> parts = split(re);
        if (parts == null) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (String p : parts) {
            String inner = unwrap(p);
            if (inner != p) {
                List<String> sub = alternatives(inner);
                if (sub == null) {
                    return null;
                }
                out.addAll(sub);
            } else {
                out.add(p);
            }
        }
        return out;
    }

    /// Lower-cases the literal text of an expression; escapes, property names, inline flags and
    /// group names stay as written. Null when the expression ends inside an escape.
    static String lowerCase(String re) {
        StringBuilder sb = new StringBuilder(re.length());
        int n = re.length();
        int i = 0;
        while (i < n) {
            char c = re.charAt(i);
            if (c == '\\') {
                if (i + 1 >= n) {
                    return null;
                }
                char d = re.charAt(i + 1);
                if (d == 'Q') {
                    int e = re.indexOf("\\E", i + 2);
                    String lit = e < 0 ? re.substring(i + 2) : re.substring(i + 2, e);
                    sb.append("\\Q").append(lit.toLowerCase(Locale.ROOT));
                    if (e >= 0) {
                        sb.append("\\E");
                    }
                    i = e < 0 ? n : e + 2;
                    continue;
                }
                int end = i + 2;
                if ("pPNxk".indexOf(d) >= 0 && end < n && (re.charAt(end) == '{' || re.charAt(end) == '<')) {
                    int close = re.indexOf(re.charAt(end) == '{' ? '}' : '>', end);
                    end = close < 0 ? n : close + 1;
                } else if (d == 'c' && end < n) {
                    end++;
                }
                sb.append(re, i, end);
                i = end;
            } else if (c == '(' && i + 2 < n && re.charAt(i + 1) == '?') {
                char d = re.charAt(i + 2);
                int end = i + 2;
                if (d == '<' && i + 3 < n && re.charAt(i + 3) != '=' && re.charAt(i + 3) != '!') {
                    int close = re.indexOf('>', i);
                    end = close < 0 ? n : close + 1; // a named group keeps its name
                } else if (Character.isLetter(d) || d == '-') {
                    while (end < n && re.charAt(end) != ')' && re.charAt(end) != ':') {
                        end++; // inline flags
                    }
                }
                sb.append(re, i, end);
                i = end;
            } else {
                sb.append(Character.toLowerCase(c));
                i++;
            }
        }
        return sb.toString();
    }

    /// Top-level alternatives, or null when the expression is not balanced the way we expect.
    private static List<String> split(String re) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i < re.length(); i++) {
            char c = re.charAt(i);
            if (c == '\\') {
                if (i + 1 < re.length() && re.charAt(i + 1) == 'Q') {
                    return null; // quoted sections: not worth the bookkeeping
                }
                i++;
            } else if (c == '[') {
                i = classEnd(re, i);
                if (i < 0) {
                    return null;
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                out.add(re.substring(from, i));
                from = i + 1;
            }
        }
        if (depth != 0) {
            return null;
        }
        out.add(re.substring(from));
        return out;
    }

    /// The inside of `(…)` or `(?:…)` when it encloses the whole branch unquantified, else the
    /// branch itself (the same instance).
    private static String unwrap(String b) {
        if (b.length() > 2 && b.charAt(0) == '(' && b.charAt(b.length() - 1) == ')' && closing(b, 0) == b.length() - 1) {
            if (b.startsWith("(?:")) {
                return b.substring(3, b.length() - 1);
            }
            if (!b.startsWith("(?")) {
                return b.substring(1, b.length() - 1);
            }
        }
        return b;
    }

    private static String longestRun(String b) {
        String best = "";
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < b.length(); i++) {
            char c = b.charAt(i);
            char lit;
            if (c == '\\') {
                if (i + 1 >= b.length()) {
                    return null;
                }
                char n = b.charAt(i + 1);
                if (Character.isLetterOrDigit(n)) { // \d, \w, \x41, \1 …: not a literal
                    i = escapeEnd(b, i);
                    best = longer(best, run);
                    run.setLength(0);
                    continue;
                }
                i++;
                lit = n;
            } else if (c == '[') {
                i = classEnd(b, i);
                if (i < 0) {
                    return null;
                }
                best = longer(best, run);
                run.setLength(0);
                continue;
            } else if (c == '(') {
                i = closing(b, i);
                if (i < 0) {
                    return null;
                }
                best = longer(best, run);
                run.setLength(0);
                continue;
            } else if (".^$)|".indexOf(c) >= 0) {
                best = longer(best, run);
                run.setLength(0);
                continue;
            } else if (c == '?' || c == '*' || c == '{' || c == '+') {
                // a quantifier: the character before it may be absent (?, *, {0,}) or repeat (+)
                if (c != '+' && !run.isEmpty()) {
                    run.setLength(run.length() - 1);
                }
                best = longer(best, run);
                run.setLength(0);
                if (c == '{') {
                    int close = b.indexOf('}', i);
                    if (close < 0) {
                        return null;
                    }
                    i = close;
                }
                // a lazy or possessive marker after the quantifier
                if (i + 1 < b.length() && (b.charAt(i + 1) == '?' || b.charAt(i + 1) == '+')) {
                    i++;
                }
                continue;
            } else {
                lit = c;
            }
            if (lit > 127) { // case folding outside ASCII is not worth reasoning about
                best = longer(best, run);
                run.setLength(0);
                continue;
            }
            // a quantifier right after applies to this character alone
            if (i + 1 < b.length() && "?*{".indexOf(b.charAt(i + 1)) >= 0) {
                best = longer(best, run);
                run.setLength(0);
                continue;
            }
            run.append(lit);
        }
        return longer(best, run);
    }

    /// Index of the last character of the escape starting at `i` (a backslash and a letter/digit).
    private static int escapeEnd(String b, int i) {
        char n = b.charAt(i + 1);
        int at = i + 2;
        if (at < b.length() && (b.charAt(at) == '{' || b.charAt(at) == '<') && "xpPNk".indexOf(n) >= 0) {
            int close = b.indexOf(b.charAt(at) == '{' ? '}' : '>', at);
            return close < 0 ? b.length() - 1 : close;
        }
        int args = switch (n) {
            case 'x' -> 2;
            case 'u' -> 4;
            case 'c', 'p', 'P' -> 1;
            case '0' -> 3;
            default -> 0;
        };
        int end = i + 1;
        while (args-- > 0 && end + 1 < b.length() && (n != '0' || Character.isDigit(b.charAt(end + 1)))) {
            end++;
        }
        return end;
    }

    private static String longer(String best, StringBuilder run) {
        return run.length() > best.length() ? run.toString() : best;
    }

    private static int classEnd(String re, int open) {
        int i = open + 1;
        if (i < re.length() && re.charAt(i) == '^') {
            i++;
        }
        if (i < re.length() && re.charAt(i) == ']') {
            i++;
        }
        int depth = 1;
        for (; i < re.length(); i++) {
            char c = re.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                depth++;
            } else if (c == ']' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static int closing(String re, int open) {
        int depth = 0;
        for (int i = open; i < re.length(); i++) {
            char c = re.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                i = classEnd(re, i);
                if (i < 0) {
                    return -1;
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
