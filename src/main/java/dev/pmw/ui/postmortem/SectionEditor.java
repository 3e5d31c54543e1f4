package dev.pmw.ui.postmortem;

import dev.pmw.ui.Shortcut;
import javafx.geometry.Bounds;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.PopupWindow;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.event.MouseOverTextEvent;
import org.fxmisc.richtext.model.StyleSpansBuilder;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/// One section's Markdown in a RichTextFX area. What the checks found is drawn over the text:
/// citations as chips (Ctrl+click shows the row in the timeline), unsupported and contradicted
/// sentences underlined, wrong values marked, blameless-lint findings underlined; hovering shows
/// why, and a right-click (or Alt+Enter) offers the neutral rewrite. Undo is the area's own for
/// typing (plain text changes only, so redrawing the marks is never an undo step); with no typing
/// left to undo, Ctrl+Z undoes the document's last draft, accept or reject.
///
/// Text the user types goes to `onUserText`; text from outside (a draft, an accepted proposal)
/// comes in through [#showText] and is not reported back as the user's.
final class SectionEditor extends StyleClassedTextArea {
    private final Consumer<String> onCitation;
    private final Tooltip tip = new Tooltip();
    private final ContextMenu menu = new ContextMenu();
    private SectionCheck check = SectionCheck.NONE;
    private boolean external;
    private Runnable undoElsewhere = () -> { };
    private Runnable redoElsewhere = () -> { };

    /// @param onUserText receives the whole text after every change the user makes
    /// @param onCitation shows a cited row (its event id)
    SectionEditor(String text, Consumer<String> onUserText, Consumer<String> onCitation) {
        super(false); // undo follows the text only, not the style runs
        this.onCitation = onCitation;
        getStyleClass().add("section-editor");
        setWrapText(true);
        replaceText(text);
        getUndoManager().forgetHistory();
        textProperty().addListener((o, old, now) -> {
            if (!external) {
                onUserText.accept(now);
            }
        });

        tip.setWrapText(true);
        tip.setMaxWidth(520);
        tip.setAnchorLocation(PopupWindow.AnchorLocation.WINDOW_TOP_LEFT);
        setMouseOverTextDelay(Duration.ofMillis(350));
        addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, e -> {
            String why = explain(e.getCharacterIndex());
            if (!why.isEmpty()) {
                tip.setText(why);
                tip.show(this, e.getScreenPosition().getX() + 4, e.getScreenPosition().getY() + 16);
            }
        });
        addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, e -> tip.hide());

        setContextMenu(menu);
        addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() == MouseButton.SECONDARY) {
                // filled now, not on showing: ContextMenu.show() refuses a menu with no items
                fillMenu(hit(e.getX(), e.getY()).getCharacterIndex().orElse(getCaretPosition()));
            }
        });
        addEventFilter(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.isShortcutDown()) {
                int at = hit(e.getX(), e.getY()).getCharacterIndex().orElse(-1);
                citationAt(at).ifPresent(m -> {
                    onCitation.accept(m.citation());
                    e.consume();
                });
            }
        });
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (Shortcut.QUICK_FIX.combination().match(e)) {
                showQuickFixes();
                e.consume();
            } else if (Shortcut.UNDO.combination().match(e) && !getUndoManager().isUndoAvailable()) {
                undoElsewhere.run();
                e.consume();
            } else if (Shortcut.REDO.combination().match(e) && !getUndoManager().isRedoAvailable()) {
                redoElsewhere.run();
                e.consume();
            }
        });
    }

    /// Where Undo and Redo go when there is no typing to undo or redo here (the document's history
    /// of drafts, accepts and rejects).
    void setHistoryFallback(Runnable undo, Runnable redo) {
        this.undoElsewhere = undo;
        this.redoElsewhere = redo;
    }

    /// Text from outside (a draft, an accept, the document's undo): shown unless it is already there,
    /// not reported as the user's. It starts the editor's history afresh: undoing it is the
    /// document's business, so Ctrl+Z then goes to the document's history.
    void showText(String text) {
        if (text.equals(getText())) {
            return;
        }
        external = true;
        try {
            replaceText(text);
            getUndoManager().forgetHistory();
        } finally {
            external = false;
        }
        showCheck(check);
    }

    /// Draws the marks of a check, when it is of the text as it reads now (else the next one will be).
    void showCheck(SectionCheck c) {
        check = c;
        String text = getText();
        if (!c.text().equals(text) || text.isEmpty()) {
            return;
        }
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        for (Highlights.Run r : Highlights.runs(text.length(), c.marks())) {
            spans.add(r.styles(), r.length());
        }
        setStyleSpans(0, spans.create());
    }

    /// The quick-fix menu at the caret (Alt+Enter).
    void showQuickFixes() {
        fillMenu(Math.max(0, Math.min(getCaretPosition(), getLength() - 1)));
        Bounds b = getCaretBounds().orElse(null);
        if (b != null) {
            menu.show(this, b.getMinX(), b.getMaxY());
        } else {
            menu.show(this, javafx.geometry.Side.BOTTOM, 0, 0);
        }
    }

    private List<Mark> marksAt(int at) {
        return at < 0 || !check.text().equals(getText()) ? List.of() : check.at(at);
    }

    private java.util.Optional<Mark> citationAt(int at) {
        return marksAt(at).stream().filter(m -> m.citation() != null).findFirst();
    }

    /// The tooltip: a flagged sentence says all its reasons (its values' marks would repeat them).
    private String explain(int at) {
        List<Mark> here = marksAt(at);
        boolean sentence = here.stream().anyMatch(m -> m.kind() == Mark.Kind.CONTRADICTED || m.kind() == Mark.Kind.UNSUPPORTED);
        return String.join("\n\n", here.stream().filter(m -> !(sentence && m.kind() == Mark.Kind.WRONG_VALUE))
                .map(Mark::message).distinct().toList());
    }

    private void fillMenu(int at) {
        menu.getItems().clear();
        for (Mark m : marksAt(at)) {
            if (m.fixable()) {
                String phrase = getText(m.start(), m.end());
                MenuItem fix = new MenuItem(m.rewrite().isEmpty() ? "Delete “" + phrase.strip() + "”"
                        : "Rewrite as “" + m.rewrite() + "”");
                fix.getStyleClass().add("quick-fix");
                fix.setOnAction(e -> fix(m));
                menu.getItems().add(fix);
            } else if (m.kind() == Mark.Kind.LINT) {
                MenuItem none = new MenuItem("No neutral wording can be derived: rephrase it");
                none.setDisable(true);
                menu.getItems().add(none);
            } else if (m.kind() == Mark.Kind.CITATION) {
                MenuItem show = new MenuItem("Show " + m.citation() + " in the timeline");
                show.setOnAction(e -> onCitation.accept(m.citation()));
                menu.getItems().add(show);
            }
        }
        if (!menu.getItems().isEmpty()) {
            menu.getItems().add(new SeparatorMenuItem());
        }
        MenuItem undo = new MenuItem("Undo");
        undo.setDisable(!getUndoManager().isUndoAvailable());
        undo.setOnAction(e -> undo());
        MenuItem redo = new MenuItem("Redo");
        redo.setDisable(!getUndoManager().isRedoAvailable());
        redo.setOnAction(e -> redo());
        MenuItem cut = new MenuItem("Cut");
        cut.setOnAction(e -> cut());
        MenuItem copy = new MenuItem("Copy");
        copy.setOnAction(e -> copy());
        MenuItem paste = new MenuItem("Paste");
        paste.setOnAction(e -> paste());
        MenuItem all = new MenuItem("Select All");
        all.setOnAction(e -> selectAll());
        menu.getItems().addAll(undo, redo, new SeparatorMenuItem(), cut, copy, paste, new SeparatorMenuItem(), all);
    }

    /// Applies a lint fix in place (one undo step; the caret stays where it was).
    void fix(Mark m) {
        if (m.fixable() && check.text().equals(getText()) && m.end() <= getLength()) {
            replaceText(m.start(), m.end(), m.rewrite());
        }
    }
}
