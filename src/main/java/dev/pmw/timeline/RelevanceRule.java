package dev.pmw.timeline;

import dev.pmw.model.Event;

import java.util.function.BiPredicate;

/// One explainable relevance rule. Signal rules raise a row's score; noise rules hide a row in the
/// key-events view unless a strong signal keeps it. Each can be switched off by the user.
///
/// @param id     stable id (settings and project files refer to it)
/// @param label  plural noun for the "N rows hidden: 61 chatter, 48 joins" line, or the reason text
/// @param type   signal or noise
/// @param weight score a signal contributes (ignored for noise)
/// @param strict a noise rule that hides the row even when a strong signal matches
/// @param test   whether the rule matches an event in a context
public record RelevanceRule(String id, String label, Type type, double weight, boolean strict,
                            BiPredicate<Event, RuleContext> test) {

    public enum Type { SIGNAL, NOISE }

    public boolean matches(Event e, RuleContext ctx) {
        return test.test(e, ctx);
    }
}
