package dev.pmw.draft.privacy;

/// What kind of value a redaction replaced. The declaration order is the order of the summary
/// ("3 e-mails, 1 phone, 12 user ids"); [#priority()] decides which detector wins when two claim
/// overlapping text (a token that contains digits is a token, not a card number).
public enum Category {
    EMAIL("EMAIL", "e-mail", "e-mails", 1),
    PHONE("PHONE", "phone", "phones", 7),
    IP("IP", "IP address", "IP addresses", 4),
    TOKEN("TOKEN", "key or token", "keys or tokens", 0),
    CARD("CARD", "card number", "card numbers", 3),
    IBAN("IBAN", "IBAN", "IBANs", 2),
    USER_ID("USER", "user id", "user ids", 5),
    NAME("NAME", "name", "names", 6);

    private final String tag;
    private final String singular;
    private final String plural;
    private final int priority;

    Category(String tag, String singular, String plural, int priority) {
        this.tag = tag;
        this.singular = singular;
        this.plural = plural;
        this.priority = priority;
    }

    /// The word inside the placeholder: `EMAIL` in `<EMAIL_1>`.
    public String tag() {
        return tag;
    }

    /// "1 phone", "2 phones".
    public String count(int n) {
        return n + " " + (n == 1 ? singular : plural);
    }

    int priority() {
        return priority;
    }

    static Category ofTag(String tag) {
        for (Category c : values()) {
            if (c.tag.equals(tag)) {
                return c;
            }
        }
        return null;
    }
}
