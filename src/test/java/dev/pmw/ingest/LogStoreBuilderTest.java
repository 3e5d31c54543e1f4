package dev.pmw.ingest;

import dev.pmw.ingest.time.FastIso;
import dev.pmw.model.Level;
import dev.pmw.model.SourceRef;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/// The columnar store's contract under its allocation-free entry points: messages come back exactly
/// (across page ends, non-ASCII, surrogate pairs, continuations), hostile volume stays bounded, and
/// the char[], byte and CharSequence paths agree with each other.
class LogStoreBuilderTest {
    private static LogStoreBuilder builder() {
        return new LogStoreBuilder(SourceRef.of("t.json", "json-logs"), null);
    }

    @Test
    void messagesRoundTripAcrossPagesAndChunks() {
        LogStoreBuilder b = builder();
        Random rnd = new Random(3);
        String[] msgs = new String[100_000];
        for (int i = 0; i < msgs.length; i++) {
            StringBuilder sb = new StringBuilder("m" + i + " ");
            int n = rnd.nextInt(i % 1000 == 0 ? 300_000 : 40);
            for (int k = 0; k < n; k++) {
                int pick = rnd.nextInt(10);
                sb.append(pick < 7 ? (char) ('a' + rnd.nextInt(26)) : pick == 7 ? 'é' : pick == 8 ? '☕' : "😀");
            }
            msgs[i] = sb.toString();
            if (i % 3 == 0 && !msgs[i].contains("é") && !msgs[i].contains("☕") && !msgs[i].contains("😀")) {
                byte[] a = msgs[i].getBytes(StandardCharsets.US_ASCII);
                b.addAscii(i, Level.INFO, a, 0, a.length, "svc", 200, 0, i + 1, i);
            } else {
                char[] c = msgs[i].toCharArray();
                b.add(i, Level.INFO, c, 0, c.length, "svc", 200, 0, i + 1, i);
            }
        }
        LogStore s = b.build();
        assertEquals(msgs.length, s.size());
        for (int i = 0; i < msgs.length; i++) {
            String want = msgs[i];
            if (want.length() > Limits.MAX_MESSAGE_CHARS) {
                int n = Limits.MAX_MESSAGE_CHARS;
                want = want.substring(0, Character.isHighSurrogate(want.charAt(n - 1)) ? n - 1 : n);
            }
            String got = s.message(i);
            assertTrue(want.equals(got), "message " + i + " differs (lengths " + want.length() + ", " + got.length() + ")");
            assertEquals(i + 1, s.line(i));
        }
        long messageBytes = 0;
        for (int i = 0; i < msgs.length; i++) {
            messageBytes += s.message(i).getBytes(StandardCharsets.UTF_8).length;
        }
        // columns plus message bytes; the last page of each chunk is cut to size
        assertTrue(s.heapBytes() <= 35L * msgs.length + messageBytes + 4 * LogStore.PAGE, "" + s.heapBytes());
    }

    @Test
    void continuationsAreAppendedAndCapped() {
        LogStoreBuilder b = builder();
        assertEquals(false, b.appendToLast("orphan"));
        b.add(1, Level.ERROR, "boom", "svc", 500, "u1", 1, 0);
        assertTrue(b.appendToLast("\tat a.B(B.java:1)"));
        char[] frame = "\tat x.Y(Y.java:2)".toCharArray();
        for (int i = 0; i < 10_000; i++) {
            b.appendToLast(frame, 0, frame.length);
        }
        LogStore s = b.build();
        assertTrue(s.message(0).startsWith("boom\n\tat a.B(B.java:1)\n\tat x.Y(Y.java:2)"));
        assertTrue(s.message(0).length() <= Limits.MAX_MESSAGE_CHARS);
        assertTrue(b.droppedContinuations() > 0);
    }

    @Test
    void groupsAreBoundedForMessagesThatAreAllDifferent() {
        LogStoreBuilder b = builder();
        Random rnd = new Random(1);
        for (int i = 0; i < Limits.MAX_LOG_GROUPS + 5_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < 12; k++) {
                sb.append((char) ('a' + rnd.nextInt(26)));
            }
            b.add(i, Level.WARN, sb.toString(), "svc", 0, null, i + 1, i);
        }
        LogStore s = b.build();
        assertEquals(Limits.MAX_LOG_GROUPS + 1, s.groups().size());
        assertEquals(LogStoreBuilder.OVERFLOW_TEMPLATE, s.groups().getLast().template());
        assertEquals(5_000, s.groups().getLast().count());
    }

    @Test
    void templateHashesAgreeAcrossCharsBytesAndStrings() {
        String[] samples = {"request 4711 timed out after 30000ms", "HikariPool-1 - Connection is not available",
                "ends with word", "ends with x9", "zoë café ☕ 12", "", "a".repeat(500) + " 1 2 3", "x1y2 z3"};
        for (String m : samples) {
            char[] c = m.toCharArray();
            assertEquals(Templates.hash(m), Templates.hash(c, 0, c.length), m);
            if (m.chars().allMatch(ch -> ch < 128)) {
                byte[] a = m.getBytes(StandardCharsets.US_ASCII);
                assertEquals(Templates.hash(m), Templates.hashAscii(a, 0, a.length), m);
            }
        }
        assertEquals(Templates.hash("request 1 timed out after 2ms"), Templates.hash("request 999 timed out after 30000ms"));
        assertEquals("request # timed out after #", Templates.of("request 4711 timed out after 30000ms"));
    }

    @Test
    void userHashesAgreeAcrossForms() {
        char[] c = "xu_62148y".toCharArray();
        assertEquals(LogStoreBuilder.userHash("u_62148"), LogStoreBuilder.userHash(c, 1, 7));
        assertEquals(0, LogStoreBuilder.userHash(""));
        assertTrue(LogStoreBuilder.userHash("a") != 0);
    }

    @Test
    void fastIsoCharArrayMatchesCharSequence() {
        String[] samples = {"2026-02-16T02:03:11Z", "2026-02-16T02:03:11.482Z", "2014-03-10T19:57:38-07:00",
                "2021-03-04T05:06:07.123-0800", "2026-02-16 02:03:11,123", "2016-01-07T16:49:10.0",
                "2024-04-16T06:21:30.49495227Z", "2026-02-30T00:00:00Z", "garbage-that-is-long-enough",
                "2026-02-16T02:03:11+01"};
        for (String t : samples) {
            char[] c = ("##" + t + "##").toCharArray();
            for (ZoneId z : new ZoneId[] {null, ZoneOffset.UTC, ZoneId.of("Europe/Madrid")}) {
                assertEquals(FastIso.parse(t, z), FastIso.parse(c, 2, t.length(), z), t + " " + z);
            }
        }
        assertEquals(FastIso.FAIL, FastIso.parse("2016-01-07T16:49:10.0", null));
        assertEquals(1_771_207_391_482_000_000L, FastIso.parse("2026-02-16T02:03:11.482Z", null));
        assertEquals(FastIso.parse("2026-02-16T02:03:11Z", null), FastIso.parse("2026-02-16T02:03:11", ZoneId.of("UTC")));
    }

    @Test
    void timeOrderIsStableAndPutsLinesWithoutTimeAfterTheirPredecessor() {
        LogStoreBuilder b = builder();
        long[] times = {30, 10, LogStore.NO_TIME, 20, 10, 40, 5};
        for (int i = 0; i < times.length; i++) {
            b.add(times[i] == LogStore.NO_TIME ? LogStore.NO_TIME : 1_700_000_000_000_000_000L + times[i], Level.INFO,
                    "m" + i, "s", 0, null, i + 1, i);
        }
        int[] order = b.build().timeOrder();
        assertEquals("[6, 1, 2, 4, 3, 0, 5]", java.util.Arrays.toString(order));
    }

    @Test
    void nearlySortedKeysAreSortedAndFarMovesFallBack() {
        Random rnd = new Random(5);
        long[] keys = new long[50_000];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = i * 10L + rnd.nextInt(40);
        }
        long[] want = keys.clone();
        java.util.Arrays.sort(want);
        assertTrue(LogStore.nearlySortedInPlace(keys));
        assertEquals(java.util.Arrays.toString(want), java.util.Arrays.toString(keys));
        long[] reversed = new long[10_000];
        for (int i = 0; i < reversed.length; i++) {
            reversed[i] = reversed.length - i;
        }
        assertEquals(false, LogStore.nearlySortedInPlace(reversed));
    }
}
