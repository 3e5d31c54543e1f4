package dev.pmw.ingest.pagerduty;

import java.util.Locale;
import java.util.regex.Pattern;

/// Removes the contact addresses PagerDuty writes into notification log entries
/// (`channel.notification.address`: phone numbers, e-mails, device names) before anything reaches
/// the timeline, and counts them for the "N contact addresses redacted" note.
final class ContactRedactor {
    static final String PHONE = "(redacted phone)";
    static final String EMAIL = "(redacted e-mail)";
    static final String DEVICE = "(redacted device)";
    private static final Pattern EMAIL_TEXT = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");
    /// International (`+34 612 345 678`) or North American (`(415) 555-0132`) numbers; dates such as
    /// `2026-02-16` do not match.
    private static final Pattern PHONE_TEXT = Pattern.compile(
            "(?<![\\w+])(?:\\+\\d[\\d ()-]{7,}\\d|\\(?\\d{3}\\)?[ .-]\\d{3}[ .-]\\d{4})(?!\\d)");

    private int count;

    /// The placeholder for a notification address of the given type (`sms`, `phone`, `email`, `push`).
    String placeholder(String address, String type) {
        count++;
        String t = type == null ? "" : type.toLowerCase(Locale.ROOT);
        if (address.contains("@") || t.contains("email")) {
            return EMAIL;
        }
        if (t.equals("sms") || t.equals("phone") || PHONE_TEXT.matcher(address).matches()) {
            return PHONE;
        }
        return DEVICE;
    }

    /// `text` with `address` and any e-mail or phone number replaced.
    static String scrub(String text, String address, String placeholder) {
        if (text == null) {
            return null;
        }
        String s = address == null || address.isBlank() ? text : text.replace(address, placeholder);
        s = EMAIL_TEXT.matcher(s).replaceAll(EMAIL);
        return PHONE_TEXT.matcher(s).replaceAll(PHONE);
    }

    /// Counts an address found in free text (CSV summaries) and scrubs it.
    String scrubCounting(String text) {
        if (text == null) {
            return null;
        }
        String s = scrub(text, null, null);
        if (!s.equals(text)) {
            count++;
        }
        return s;
    }

    int count() {
        return count;
    }
}
