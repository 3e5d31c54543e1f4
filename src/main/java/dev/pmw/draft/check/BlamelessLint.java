package dev.pmw.draft.check;

import dev.pmw.draft.check.LintFinding.Category;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/// Blameless-language lint for any text, the user's or the model's: a person as the cause
/// ("Dani broke prod"), counterfactuals ("should have"), hindsight and minimising words
/// ("obviously", "simply"), and single-root-cause framing ("the root cause was") when the text
/// names no contributing factors. Each finding offers a neutral rewrite where one can be derived.
public final class BlamelessLint {
    private static final String ADVERB = "(?:(?:accidentally|mistakenly|carelessly|just|then|also|simply|clearly|"
            + "obviously|had|has|have|again)\\s+)?";
    private static final String CAUSE_VERB = "(broke|caused|forgot(?:\\s+to)?|messed\\s+up|screwed\\s+up|failed\\s+to|"
            + "neglected(?:\\s+to)?|ignored|missed|overlooked|took\\s+down|brought\\s+down|blew\\s+up|deleted|dropped)";
    private static final String GENERIC_SUBJECTS = "he|she|they|He|She|They|someone|Someone|"
            + "(?:[Tt]he|[Aa]n|[Oo]ur)\\s+(?:on-call\\s+)?(?:engineer|developer|operator|admin|on-call)";
    /// Where the object of a cause verb ends and the circumstances start ("prod | at 02:00").
    private static final Pattern OBJECT_END = Pattern.compile("\\s+(?:by|when|while|because|after|before|during|with|"
            + "at|on|in|for|until|from|within|due|since|and|but|so|which)\\b|[,;:]");

    private static final Pattern COUNTERFACTUAL = Pattern.compile(
            "\\b(should|could|would|ought\\s+to|must)(?:\\s+have|'ve)\\s+(\\w+)|\\bif\\s+only\\b|\\bfailed\\s+to\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HINDSIGHT = Pattern.compile(
            "\\b(obviously|clearly|simply|of\\s+course|careless(?:ly)?|negligent(?:ly)?|sloppy|lazy|trivially|"
                    + "it\\s+was\\s+obvious(?:\\s+that)?|should\\s+have\\s+known|just)\\b(?:,?\\s+)?",
            Pattern.CASE_INSENSITIVE);
    /// "just" is temporal or quantitative before these: "just before 02:12", "just 4 tickets".
    private static final Pattern NEUTRAL_JUST = Pattern.compile(
            "(?i)(?:before|after|as|now|in|then|when|under|over|above|below|ahead|past|prior|around|about|like|"
                    + "a|an|the|one|two|three|enough|once|twice|\\d).*");
    private static final Pattern HUMAN_ERROR = Pattern.compile("\\bhuman\\s+error\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ROOT_CAUSE = Pattern.compile(
            "\\b(?:the\\s+)?(?:single\\s+|sole\\s+|only\\s+|one\\s+)?root\\s+cause(?:\\s+(?:was|is))?\\b"
                    + "|\\bthe\\s+(?:sole\\s+|only\\s+|single\\s+)?cause\\s+(?:was|is)\\b|\\bcaused\\s+solely\\s+by\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CONTRIBUTING = Pattern.compile("(?i)\\bcontribut(?:ing|ed|es|or)|\\bfactors\\b");

    private final Pattern personAsCause;

    /// @param people the incident's actors ("Dani Ortega"); first names are recognised too
    public BlamelessLint(Collection<String> people) {
        Set<String> names = new LinkedHashSet<>();
        for (String p : people) {
            String n = p == null ? "" : p.strip();
            if (n.length() >= 2 && Character.isUpperCase(n.charAt(0))) {
                names.add(n);
                int sp = n.indexOf(' ');
                if (sp >= 2) {
                    names.add(n.substring(0, sp));
                }
            }
        }
        String alt = names.stream().sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote)
                .collect(Collectors.joining("|"));
        String subjects = alt.isEmpty() ? GENERIC_SUBJECTS : alt + "|" + GENERIC_SUBJECTS;
        this.personAsCause = Pattern.compile("(?<![\\w-])(" + subjects + ")\\s+" + ADVERB + CAUSE_VERB
                + "\\b([^.;!?\\n]*)");
    }

    public List<LintFinding> lint(String text) {
        List<LintFinding> out = new ArrayList<>();
        personAsCause(text, out);
        Matcher h = HUMAN_ERROR.matcher(text);
        while (h.find()) {
            out.add(new LintFinding(h.start(), h.end(), Category.PERSON_AS_CAUSE,
                    "\"Human error\" names a person as the cause; say which safeguard was missing.",
                    "a gap in the safeguards"));
        }
        counterfactuals(text, out);
        hindsight(text, out);
        if (!CONTRIBUTING.matcher(text).find()) {
            rootCause(text, out);
        }
        return withoutOverlaps(out);
    }

    private void personAsCause(String text, List<LintFinding> out) {
        Matcher m = personAsCause.matcher(text);
        while (m.find()) {
            if (inHeading(text, m.start())) {
                continue;
            }
            String verb = m.group(2).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            String rest = m.group(3);
            Matcher oe = OBJECT_END.matcher(rest);
            int objEnd = oe.find() ? oe.start() : rest.length();
            String object = rest.substring(0, objEnd).strip();
            out.add(new LintFinding(m.start(), m.start(3) + objEnd, Category.PERSON_AS_CAUSE,
                    "A person as the cause: describe what happened to the system and what allowed it.",
                    object.isEmpty() ? null : rewrite(verb, object)));
        }
    }

    private static String rewrite(String verb, String object) {
        return switch (verb) {
            case "broke" -> object + " broke after a change";
            case "caused" -> "a change contributed to " + object;
            case "forgot to", "failed to", "neglected to" -> "nothing in the process prompted anyone to " + object;
            case "forgot", "missed", "overlooked", "ignored", "neglected" -> object + " was not caught";
            case "messed up", "screwed up" -> object + " ended up in an unintended state";
            case "took down", "brought down" -> object + " went down after a change";
            case "blew up" -> object + " failed";
            case "deleted" -> object + " was deleted";
            case "dropped" -> object + " was dropped";
            default -> null;
        };
    }

    private static void counterfactuals(String text, List<LintFinding> out) {
        Matcher m = COUNTERFACTUAL.matcher(text);
        while (m.find()) {
            if (inHeading(text, m.start())) {
                continue;
            }
            String rewrite = null;
            String found = m.group().toLowerCase(Locale.ROOT);
            if (found.startsWith("failed")) {
                rewrite = "did not";
            } else if (m.group(1) != null && !m.group(1).equalsIgnoreCase("would")) {
                String base = EnglishVerbs.base(m.group(2));
                rewrite = base == null ? null : "did not " + base;
            }
            out.add(new LintFinding(m.start(), m.end(), Category.COUNTERFACTUAL,
                    "Counterfactual: say what did happen, and what made it reasonable at the time.", rewrite));
        }
    }

    private static void hindsight(String text, List<LintFinding> out) {
        Matcher m = HINDSIGHT.matcher(text);
        while (m.find()) {
            String word = m.group(1).toLowerCase(Locale.ROOT);
            if (inHeading(text, m.start())
                    || word.equals("just") && NEUTRAL_JUST.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 12))).matches()) {
                continue;
            }
            if (word.equals("should have known")) {
                continue;                                // reported as a counterfactual
            }
            // delete the word with the comma and space after it; at a sentence start, capitalise the next word
            int end = m.end();
            String rewrite = "";
            if (sentenceStart(text, m.start()) && end < text.length() && Character.isLowerCase(text.charAt(end))) {
                rewrite = String.valueOf(Character.toUpperCase(text.charAt(end)));
                end++;
            }
            out.add(new LintFinding(m.start(), end, Category.HINDSIGHT,
                    "\"" + m.group(1).strip() + "\" is hindsight or minimising; it reads as blame.", rewrite));
        }
    }

    private static void rootCause(String text, List<LintFinding> out) {
        Matcher m = ROOT_CAUSE.matcher(text);
        while (m.find()) {
            if (inHeading(text, m.start())) {
                continue;
            }
            String found = m.group().toLowerCase(Locale.ROOT);
            String rewrite = found.endsWith("was") ? "one contributing factor was"
                    : found.endsWith("is") ? "one contributing factor is"
                    : found.startsWith("caused") ? "caused in part by" : "contributing factors";
            if (Character.isUpperCase(m.group().charAt(0))) {
                rewrite = Character.toUpperCase(rewrite.charAt(0)) + rewrite.substring(1);
            }
            out.add(new LintFinding(m.start(), m.end(), Category.SINGLE_ROOT_CAUSE,
                    "Single-root-cause framing: incidents have several contributing factors; name them.", rewrite));
        }
    }

    private static boolean sentenceStart(String text, int at) {
        int i = at - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i--;
        }
        return i < 0 || ".!?\n-*>".indexOf(text.charAt(i)) >= 0;
    }

    private static boolean inHeading(String text, int at) {
        int ls = text.lastIndexOf('\n', at - 1) + 1;
        while (ls < at && Character.isWhitespace(text.charAt(ls))) {
            ls++;
        }
        return ls < text.length() && text.charAt(ls) == '#';
    }

    /// Keeps the first-found finding where two overlap (person-as-cause is found first, so
    /// "Dani failed to …" is one finding, not two).
    private static List<LintFinding> withoutOverlaps(List<LintFinding> all) {
        List<LintFinding> kept = new ArrayList<>();
        for (LintFinding f : all) {
            if (kept.stream().noneMatch(k -> k.start() < f.end() && f.start() < k.end())) {
                kept.add(f);
            }
        }
        kept.sort(Comparator.comparingInt(LintFinding::start));
        return kept;
    }
}
