package dev.pmw.draft;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/// The postmortem: title, sections in template order, structured action items and the stated facts.
/// Immutable; every edit returns a new document.
///
/// @param title       document title
/// @param template    template name it was drafted with
/// @param layout      a user template's Markdown layout with `{{placeholders}}`, or null for built-ins
/// @param sections    sections in order
/// @param actionItems follow-ups, in order
/// @param facts       severity, moments and impact figures
public record PostmortemDocument(String title, String template, String layout, List<Section> sections,
                                 List<ActionItem> actionItems, IncidentFacts facts) {
    public PostmortemDocument {
        title = title == null ? "" : title;
        template = template == null ? "" : template;
        sections = List.copyOf(sections);
        actionItems = actionItems == null ? List.of() : List.copyOf(actionItems);
        facts = facts == null ? IncidentFacts.NONE : facts;
    }

    /// Empty sections for every slot of a template.
    public static PostmortemDocument blank(Template t, String title, IncidentFacts facts) {
        return new PostmortemDocument(title, t.name(), t.layout(), t.sections().stream().map(Section::empty).toList(),
                List.of(), facts);
    }

    public Optional<Section> section(String key) {
        return sections.stream().filter(s -> s.key().equals(key)).findFirst();
    }

    /// The first section with this intent.
    public Optional<Section> section(SectionIntent intent) {
        return sections.stream().filter(s -> s.intent() == intent).findFirst();
    }

    /// Every event id the document cites, in document order.
    public List<String> citations() {
        LinkedHashSet<String> ids = new LinkedHashSet<>();
        sections.forEach(s -> ids.addAll(s.citations()));
        actionItems.forEach(a -> ids.addAll(a.evidence()));
        return List.copyOf(ids);
    }

    public PostmortemDocument withTitle(String newTitle) {
        return new PostmortemDocument(newTitle, template, layout, sections, actionItems, facts);
    }

    public PostmortemDocument withFacts(IncidentFacts newFacts) {
        return new PostmortemDocument(title, template, layout, sections, actionItems, newFacts);
    }

    public PostmortemDocument withActionItems(List<ActionItem> items) {
        return new PostmortemDocument(title, template, layout, sections, items, facts);
    }

    /// Replaces the item with the same id, or appends it.
    public PostmortemDocument withActionItem(ActionItem item) {
        List<ActionItem> out = new ArrayList<>(actionItems);
        int at = -1;
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i).id().equals(item.id())) {
                at = i;
            }
        }
        if (at >= 0) {
            out.set(at, item);
        } else {
            out.add(item);
        }
        return withActionItems(out);
    }

    public PostmortemDocument withoutActionItem(String id) {
        return withActionItems(actionItems.stream().filter(a -> !a.id().equals(id)).toList());
    }

    /// The user typed new text into a section.
    public PostmortemDocument withUserText(String key, String text) {
        return map(key, s -> s.withUserText(text));
    }

    /// A draft arrives. It replaces the section only when nothing there was written or accepted by the
    /// user; otherwise it waits as the section's proposal until [#accept] is called.
    public PostmortemDocument offer(SectionDraft d) {
        Section s = section(d.key()).orElseThrow(() -> new IllegalArgumentException("no section " + d.key()));
        if (!s.replaceable()) {
            return map(d.key(), x -> x.withProposal(d));
        }
        return apply(s, d);
    }

    /// A draft that must wait for an explicit accept whatever the section holds: the partial text of
    /// a model draft that failed or was cancelled, which is never applied by itself.
    public PostmortemDocument propose(SectionDraft d) {
        return map(d.key(), x -> x.withProposal(d));
    }

    /// The user accepts a section: its pending proposal if there is one, else the text as it stands.
    public PostmortemDocument accept(String key) {
        Section s = section(key).orElseThrow(() -> new IllegalArgumentException("no section " + key));
        if (s.proposal() == null) {
            return map(key, x -> x.withAccepted(true));
        }
        PostmortemDocument applied = apply(s, s.proposal());
        return applied.map(key, x -> x.withAccepted(true));
    }

    /// The user rejects a pending proposal.
    public PostmortemDocument dismissProposal(String key) {
        return map(key, x -> x.withProposal(null));
    }

    private PostmortemDocument apply(Section s, SectionDraft d) {
        List<String> cites = new ArrayList<>(d.citations());
        List<ActionItem> items = actionItems;
        if (s.intent() == SectionIntent.ACTION_ITEMS && !d.actionItems().isEmpty()) {
            items = d.actionItems();
            items.forEach(a -> cites.addAll(a.evidence()));
        }
        List<Section> out = sections.stream().map(x -> x.key().equals(s.key()) ? x.withDraft(d, cites) : x).toList();
        return new PostmortemDocument(title, template, layout, out, items, facts);
    }

    private PostmortemDocument map(String key, UnaryOperator<Section> f) {
        if (section(key).isEmpty()) {
            throw new IllegalArgumentException("no section " + key);
        }
        return new PostmortemDocument(title, template, layout,
                sections.stream().map(s -> s.key().equals(key) ? f.apply(s) : s).toList(), actionItems, facts);
    }
}
