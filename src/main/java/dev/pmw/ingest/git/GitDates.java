package dev.pmw.ingest.git;

import dev.pmw.ingest.time.Timestamps;
import dev.pmw.model.TimeInfo;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/// The date forms `git log` writes: default/`--date=default` (`Sun May 31 20:36:28 2026 -0700`,
/// English names, offset without colon), `--date=iso` and `iso-strict`, `--date=rfc`, `--date=raw`
/// (`1601694589 -0700`), `%at`/`%ct` epochs, and `--date=local` (no offset: read in the assumed
/// zone and flagged). `--date=relative` ("3 days ago") cannot be placed in time and gives null.
final class GitDates {
    private static final Pattern RAW = Pattern.compile("^(\\d{9,11}) ([+-]\\d{4})$");
    private static final Pattern EPOCH = Pattern.compile("^\\d{9,11}$");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("EEE MMM d HH:mm:ss yyyy", Locale.ENGLISH);

    private GitDates() {
    }

    static Timestamps.Parsed parse(String text, ZoneId zone) {
        String s = text.strip();
        if (s.isEmpty()) {
            return null;
        }
        Matcher m = RAW.matcher(s);
        if (m.matches()) {
            return Timestamps.check(Instant.ofEpochSecond(Long.parseLong(m.group(1))), TimeInfo.exact(s));
        }
        if (EPOCH.matcher(s).matches()) {
            return Timestamps.check(Instant.ofEpochSecond(Long.parseLong(s)), TimeInfo.exact(s));
        }
        if (s.indexOf(':') < 0 || !Character.isLetterOrDigit(s.charAt(0))) {
            return null; // every git date with a clock has a colon; this keeps "2024" or "#12" out
        }
        Timestamps.Parsed p = Timestamps.parse(s, zone);
        if (p != null) {
            return p;
        }
        try {
            LocalDateTime t = LocalDateTime.parse(s, LOCAL);
            return Timestamps.check(t.atZone(zone).toInstant(), Timestamps.assumed(s, zone));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
