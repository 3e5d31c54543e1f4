package dev.pmw.cli;

import dev.pmw.analysis.Analysis;
import dev.pmw.analysis.Boundary;
import dev.pmw.analysis.BoundaryKind;
import dev.pmw.analysis.Durations;
import dev.pmw.analysis.Impact;
import dev.pmw.analysis.OpenQuestion;
import dev.pmw.analysis.Symptom;
import dev.pmw.analysis.Trigger;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/// The analysis part of `pmw analyze` as text: the same facts as `--json`, for a terminal.
final class AnalysisText {
    private AnalysisText() {
    }

    static void print(PrintWriter out, Analysis a) {
        out.println("Boundaries (UTC)");
        for (BoundaryKind k : BoundaryKind.values()) {
            Boundary b = a.boundary(k);
            if (b == null || !b.present()) {
                out.printf("  %-14s —  %s%n", k.label(), b == null ? "not derived" : b.reason());
                continue;
            }
            String range = b.earliest() == null ? "" : "  (between " + Text.utc(b.earliest()).substring(11) + " and "
                    + Text.utc(b.latest()).substring(11) + ")";
            out.printf("  %-14s %s%s%s  %s%n", k.label(), Text.utc(b.time()), range, b.pinned() ? "  [pinned]" : "",
                    b.rule());
            out.printf("  %-14s evidence: %s%n", "", String.join(", ", b.evidence()));
        }
        Durations d = a.durations();
        out.println();
        out.printf("Durations (min)  detect %s · acknowledge %s · mitigate %s · resolve %s%n", min(d.timeToDetect()),
                min(d.timeToAcknowledge()), min(d.timeToMitigate()), min(d.timeToResolve()));
        out.println();
        if (a.trigger() == null) {
            out.println("Trigger          —  " + a.missing().getOrDefault("trigger", "not derived"));
        } else {
            printTrigger(out, "Trigger", a.trigger());
        }
        for (Trigger t : a.runnersUp()) {
            printTrigger(out, "  runner-up", t);
        }
        out.println();
        printImpact(out, a.impact());
        out.println();
        out.println("Severity         " + (a.severity() == null ? "—  " + a.missing().getOrDefault("severity", "")
                : a.severity().reason()));
        out.println();
        out.println("Open questions" + (a.questions().isEmpty() ? "  none" : ""));
        for (OpenQuestion q : a.questions()) {
            out.printf("  [%s] %s%s%n", q.kind(), q.question(), q.evidence().isEmpty() ? ""
                    : "  (" + String.join(", ", q.evidence()) + ")");
        }
    }

    private static void printTrigger(PrintWriter out, String label, Trigger t) {
        out.printf("%-16s %s (%s, confidence %.2f)%n", label, t.summary(), t.kind().id(), t.confidence());
        out.printf("%-16s   why: %s%n", "", String.join("; ", t.why()));
        List<String> facts = new java.util.ArrayList<>();
        if (t.service() != null) {
            facts.add("service " + t.service());
        }
        if (t.version() != null) {
            facts.add("version " + t.version());
        }
        if (t.commit() != null) {
            facts.add("commit " + t.commit());
        }
        facts.add("evidence " + String.join(", ", t.evidence()));
        out.printf("%-16s   %s%n", "", String.join(" · ", facts));
    }

    private static void printImpact(PrintWriter out, Impact i) {
        if (i == null) {
            out.println("Impact           —");
            return;
        }
        String failed = i.failedRequests() == null ? "failed requests unknown (no HTTP status in the logs)"
                : i.failedRequests() + " failed requests" + (i.failedShare() == null ? ""
                : String.format(Locale.ROOT, " (%.1f%% of %d)", i.failedShare() * 100, i.requests()));
        String users = i.usersAffected() == null ? "users unknown" : i.usersAffected() + " users";
        String tickets = i.supportTickets() == null ? "" : " · " + i.supportTickets() + " support tickets";
        out.printf("Impact           %s min · %s · %s%s%n", min(i.durationMinutes()), failed, users, tickets);
        if (!i.failuresByClass().isEmpty()) {
            out.println("                   by status: " + join(i.failuresByClass()));
        }
        if (!i.failuresByError().isEmpty()) {
            out.println("                   by error:  " + join(i.failuresByError()));
        }
        for (Symptom s : i.symptoms()) {
            out.println("                   symptom: “" + Text.cut(s.text(), 110) + "” (" + s.evidence() + ")");
        }
    }

    private static String join(Map<String, Long> m) {
        return m.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }

    private static String min(Double v) {
        return v == null ? "—" : String.format(Locale.ROOT, "%.1f", v);
    }
}
