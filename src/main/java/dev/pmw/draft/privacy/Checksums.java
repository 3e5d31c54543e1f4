package dev.pmw.draft.privacy;

import java.util.Map;

/// The arithmetic that separates card numbers and IBANs from other long digit runs (order ids,
/// epoch milliseconds, monitor ids), so that only numbers that really are one get redacted.
final class Checksums {
    /// IBAN lengths of the countries most likely to show up; others must be 15–34 characters.
    private static final Map<String, Integer> IBAN_LENGTHS = Map.ofEntries(
            Map.entry("AD", 24), Map.entry("AT", 20), Map.entry("BE", 16), Map.entry("BG", 22), Map.entry("CH", 21),
            Map.entry("CY", 28), Map.entry("CZ", 24), Map.entry("DE", 22), Map.entry("DK", 18), Map.entry("EE", 20),
            Map.entry("ES", 24), Map.entry("FI", 18), Map.entry("FR", 27), Map.entry("GB", 22), Map.entry("GR", 27),
            Map.entry("HR", 21), Map.entry("HU", 28), Map.entry("IE", 22), Map.entry("IS", 26), Map.entry("IT", 27),
            Map.entry("LI", 21), Map.entry("LT", 20), Map.entry("LU", 20), Map.entry("LV", 21), Map.entry("MC", 27),
            Map.entry("MT", 31), Map.entry("NL", 18), Map.entry("NO", 15), Map.entry("PL", 28), Map.entry("PT", 25),
            Map.entry("RO", 24), Map.entry("SE", 24), Map.entry("SI", 19), Map.entry("SK", 24), Map.entry("SM", 27),
            Map.entry("TR", 26), Map.entry("UA", 29));

    private Checksums() {
    }

    static boolean luhn(CharSequence digits) {
        int sum = 0;
        boolean dbl = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (dbl) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            dbl = !dbl;
        }
        return sum % 10 == 0;
    }

    /// A card number: 13–19 digits, a prefix some card network issues, and a valid Luhn digit.
    static boolean cardNumber(String digits) {
        int n = digits.length();
        if (n < 13 || n > 19 || allSame(digits)) {
            return false;
        }
        int p2 = Integer.parseInt(digits.substring(0, 2));
        int p4 = Integer.parseInt(digits.substring(0, 4));
        boolean network = switch (digits.charAt(0)) {
            case '4' -> n == 13 || n == 16 || n == 19;                              // Visa
            case '5' -> p2 >= 51 && p2 <= 55 && n == 16;                            // Mastercard
            case '2' -> p4 >= 2221 && p4 <= 2720 && n == 16;                        // Mastercard 2-series
            case '3' -> (p2 == 34 || p2 == 37) && n == 15                           // Amex
                    || (p2 == 36 || p2 == 38 || p2 == 30) && n >= 14                // Diners
                    || p2 == 35 && n >= 16;                                         // JCB
            case '6' -> n >= 16;                                                    // Discover, UnionPay, Maestro
            default -> false;
        };
        return network && luhn(digits);
    }

    /// An IBAN without spaces, upper case: known length for its country and mod-97 remainder 1.
    static boolean iban(String s) {
        int n = s.length();
        if (n < 15 || n > 34) {
            return false;
        }
        Integer expected = IBAN_LENGTHS.get(s.substring(0, 2));
        if (expected != null && expected != n) {
            return false;
        }
        int rem = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt((i + 4) % n);
            if (c >= '0' && c <= '9') {
                rem = (rem * 10 + (c - '0')) % 97;
            } else if (c >= 'A' && c <= 'Z') {
                rem = (rem * 100 + (c - 'A' + 10)) % 97;
            } else {
                return false;
            }
        }
        return rem == 1;
    }

    private static boolean allSame(String s) {
        for (int i = 1; i < s.length(); i++) {
            if (s.charAt(i) != s.charAt(0)) {
                return false;
            }
        }
        return true;
    }
}
