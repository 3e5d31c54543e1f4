package dev.pmw.draft.check;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

/// A checkable value in a sentence, with its position in the text.
sealed interface Claim {
    int start();

    int end();

    /// The value as written ("02:05", "26 minutes", "v3.8.0").
    String text();

    /// A time of day, maybe with a date and a zone.
    ///
    /// @param date        the date when written (ISO form), else null
    /// @param secondOfDay the time
    /// @param precise     whether seconds were written (else the whole minute is meant)
    /// @param zone        the zone when written (`UTC`, `+01:00`, `CET`), else null: display zone or UTC
    record Time(int start, int end, String text, LocalDate date, int secondOfDay, boolean precise, ZoneId zone)
            implements Claim {
    }

    /// A duration ("26 minutes", "1h 5m").
    record Elapsed(int start, int end, String text, Duration value) implements Claim {
    }

    /// A number of things ("142 failed requests").
    ///
    /// @param bound how exact the writer claims to be ("about 140", "more than 7,000")
    record Count(int start, int end, String text, long value, Bound bound) implements Claim {
    }

    /// @param normalised without a leading `v`
    record Version(int start, int end, String text, String normalised) implements Claim {
    }

    record Commit(int start, int end, String text, String sha) implements Claim {
    }

    /// A person or service the evidence knows.
    ///
    /// @param name the name as the evidence spells it ("Dani Ortega" for "Dani")
    record Name(int start, int end, String text, String name) implements Claim {
    }

    enum Bound {
        EXACT, ABOUT, AT_LEAST, AT_MOST
    }
}
