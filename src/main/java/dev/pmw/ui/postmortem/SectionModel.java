package dev.pmw.ui.postmortem;

import dev.pmw.draft.Section;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/// One section as the editor sees it: the section of the document as it stands, its latest
/// checks, and the state of a draft being written for it. One per section key; the view binds a
/// card to it and the view model keeps it up to date.
public final class SectionModel {
    private final String key;
    private final ReadOnlyObjectWrapper<Section> section = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<SectionCheck> check = new ReadOnlyObjectWrapper<>(SectionCheck.NONE);
    private final ReadOnlyBooleanWrapper drafting = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper streamed = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper draftError = new ReadOnlyStringWrapper();

    SectionModel(Section s) {
        this.key = s.key();
        section.set(s);
    }

    public String key() {
        return key;
    }

    /// The section as it stands in the document (text, origin, accepted, pending proposal).
    public ReadOnlyObjectProperty<Section> sectionProperty() { return section.getReadOnlyProperty(); }
    /// The checks of the latest checked text ([SectionCheck#text()] may lag behind while the user types).
    public ReadOnlyObjectProperty<SectionCheck> checkProperty() { return check.getReadOnlyProperty(); }
    /// A draft is being written for this section (Cancel stops it).
    public ReadOnlyBooleanProperty draftingProperty() { return drafting.getReadOnlyProperty(); }
    /// The text the drafter has streamed so far (while drafting).
    public ReadOnlyStringProperty streamedProperty() { return streamed.getReadOnlyProperty(); }
    /// Why the last draft failed, or null.
    public ReadOnlyStringProperty draftErrorProperty() { return draftError.getReadOnlyProperty(); }

    public Section section() {
        return section.get();
    }

    public SectionCheck check() {
        return check.get();
    }

    void setSection(Section s) {
        section.set(s);
    }

    void setCheck(SectionCheck c) {
        check.set(c);
    }

    void startDraft() {
        draftError.set(null);
        streamed.set("");
        drafting.set(true);
    }

    void streamed(String soFar) {
        streamed.set(soFar);
    }

    void endDraft(String error) {
        drafting.set(false);
        streamed.set("");
        draftError.set(error);
    }
}
