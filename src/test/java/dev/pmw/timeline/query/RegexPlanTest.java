package dev.pmw.timeline.query;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/// The fast plan must find exactly what the plain case-insensitive regex finds.
class RegexPlanTest {
    static final List<String> TEXTS = List.of(
            "request 1234 timed out after 30000ms", "Request timeout after 5s", "HikariPool-1 is EXHAUSTED",
            "pool saturated: active=10 idle=0", "the colour is red", "the color is blue", "aaab", "b", "ERROR: boom",
            "an error happened", "errors everywhere", "A.B literal", "AxB not literal", "payment-pay", "pay-payment",
            "slow query took 1234ms", "x slow query", "took 12ms", "Café au lait", "CAFÉ", "deploy v7.3.0 done",
            "rolled back fraud-scoring", "rollback", "roll back", "", "\t tabs\tand  spaces", "(parens) [brackets]",
            "a|b literal pipe", "ABC-123 ticket", "abc-12 short");

    @ParameterizedTest
    @ValueSource(strings = {"pool (exhausted|saturated)|timed? ?out after \\d+", "(?:timed out|refused)", "colou?r",
            "a+b", "[A-Z]{3}-\\d+", "\\bERROR\\b", "\\QA.B\\E", "(?<Svc>pay)ment-\\k<Svc>", "x(abc)|y", "(a)|\\1",
            "^slow", "ms$", "caf[ée]", "CAFÉ", "roll(ed)? ?back", "v\\d+\\.\\d+\\.\\d+", "\\(parens\\)", "a\\|b",
            "(?i:ERROR)s?", "error|", "[^a-z ]{4}", "took \\d{2,}ms", "((abc|defg)|xyz)", "\\x41\\.B",
            "(?x) a \\. b", "tabs\\s+and", "\\p{Alpha}{5}", "\\u0041\\.b", "\\p{L}+ \\d+", "\\0101\\.B"})
    void findsWhatThePlainRegexFinds(String regex) {
        RegexPlan plan = RegexPlan.of(regex);
        Matcher[] m = plan.matchers();
        Pattern plain = Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.MULTILINE);
        for (String t : TEXTS) {
            String lower = t.toLowerCase(Locale.ROOT);
            assertEquals(plain.matcher(t).find(), plan.find(lower, lower, m), () -> regex + " on '" + t + "'");
        }
    }
}
