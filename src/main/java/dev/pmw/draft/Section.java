package dev.pmw.draft;

import java.util.LinkedHashSet;
import java.util.List;

/// One section of the postmortem as it stands.
///
/// @param key       template section key
/// @param heading   heading shown
/// @param intent    what the section is for (the template's intent)
/// @param group     enclosing group heading, or null
/// @param text      Markdown with inline citations (`[e-…]`)
/// @param origin    who wrote the current text
/// @param accepted  the user reviewed and accepted the text
/// @param citations event ids cited by the text (and, for action items, by the items)
/// @param proposal  a newer draft waiting for an explicit accept, or null; drafts never overwrite
///                  text the user wrote or accepted
public record Section(String key, String heading, SectionIntent intent, String group, String text, Origin origin,
                      boolean accepted, List<String> citations, SectionDraft proposal) {
    public Section {
        text = text == null ? "" : text;
        origin = origin == null ? Origin.USER : origin;
        citations = citations == null ? Citations.extract(text) : List.copyOf(new LinkedHashSet<>(citations));
    }

    /// An empty section for a template slot.
    public static Section empty(SectionSpec spec) {
        return new Section(spec.key(), spec.heading(), spec.intent(), spec.group(), "", Origin.OFFLINE, false, List.of(), null);
    }

    /// True when a draft may replace the text without asking: nothing the user wrote or accepted.
    public boolean replaceable() {
        return origin != Origin.USER && !accepted;
    }

    /// The user's own text: origin becomes USER, citations are read from the text again.
    public Section withUserText(String newText) {
        return new Section(key, heading, intent, group, newText, Origin.USER, accepted, null, proposal);
    }

    public Section withAccepted(boolean value) {
        return new Section(key, heading, intent, group, text, origin, value, citations, proposal);
    }

    Section withDraft(SectionDraft d, List<String> allCitations) {
        return new Section(key, heading, intent, group, d.text(), d.origin(), false, allCitations, null);
    }

    Section withProposal(SectionDraft d) {
        return new Section(key, heading, intent, group, text, origin, accepted, citations, d);
    }
}
