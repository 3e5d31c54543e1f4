package dev.pmw.draft.openai;

import dev.pmw.analysis.Analysis;
import dev.pmw.analysis.Boundary;
import dev.pmw.analysis.BoundaryKind;
import dev.pmw.analysis.Durations;
import dev.pmw.analysis.Impact;
import dev.pmw.analysis.OpenQuestion;
import dev.pmw.analysis.Trigger;
import dev.pmw.draft.Citations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/// The analysis as short lines for the prompt's data block, each with the event ids that support
/// it in the citation form the model is asked to use, so that it can cite them in turn.
final class PromptFacts {
    private PromptFacts() {
    }

    static List<String> of(Analysis a) {
        List<String> out = new ArrayList<>();
        if (a == null) {
            return out;
        }
        for (BoundaryKind k : BoundaryKind.values()) {
            Boundary b = a.boundary(k);
            if (b == null) {
                continue;
            }
            String name = k.label().toLowerCase(Locale.ROOT);
            out.add(b.present()
                    ? name + ": " + b.time() + " (" + b.rule() + ")" + Citations.after(b.evidence())
                    : name + ": not derived (" + b.reason() + ")");
        }
        Durations d = a.durations();
        if (d != null) {
            minutes(out, "time to detect", d.timeToDetect());
            minutes(out, "time to acknowledge", d.timeToAcknowledge());
            minutes(out, "time to mitigate", d.timeToMitigate());
            minutes(out, "time to resolve", d.timeToResolve());
        }
        Trigger t = a.trigger();
        if (t != null) {
            out.add("suspected trigger (confidence " + String.format(Locale.ROOT, "%.1f", t.confidence()) + "): "
                    + t.summary() + join("service", t.service()) + join("version", t.version()) + join("commit", t.commit())
                    + Citations.after(t.evidence()));
        }
        for (Trigger r : a.runnersUp()) {
            out.add("other candidate change (confidence " + String.format(Locale.ROOT, "%.1f", r.confidence()) + "): "
                    + r.summary() + Citations.after(r.evidence()));
        }
        Impact i = a.impact();
        if (i != null) {
            List<String> parts = new ArrayList<>();
            if (i.durationMinutes() != null) {
                parts.add(String.format(Locale.ROOT, "%.1f min", i.durationMinutes()));
            }
            if (i.failedRequests() != null) {
                parts.add(i.failedRequests() + " failed requests" + (i.requests() == null ? "" : " of " + i.requests()));
            }
            if (i.usersAffected() != null) {
                parts.add(i.usersAffected() + " users affected");
            }
            if (i.supportTickets() != null) {
                parts.add(i.supportTickets() + " support tickets");
            }
            if (!parts.isEmpty()) {
                out.add("impact: " + String.join("; ", parts) + Citations.after(i.evidence()));
            }
        }
        if (a.severity() != null && a.severity().level() != null) {
            out.add("suggested severity: " + a.severity().level() + " (" + a.severity().reason() + ")");
        }
        for (OpenQuestion q : a.questions()) {
            out.add("open question: " + q.question() + Citations.after(q.evidence()));
        }
        return out;
    }

    private static void minutes(List<String> out, String label, Double m) {
        if (m != null) {
            out.add(label + ": " + String.format(Locale.ROOT, "%.1f min", m));
        }
    }

    private static String join(String label, String v) {
        return v == null || v.isBlank() ? "" : "; " + label + " " + v;
    }
}
