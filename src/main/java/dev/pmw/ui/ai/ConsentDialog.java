package dev.pmw.ui.ai;

import dev.pmw.draft.privacy.Highlight;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.event.MouseOverTextEvent;

import java.util.Collection;
import java.util.List;

/// Asks before a request leaves the machine: the endpoint, the model, the exact JSON body that will
/// be sent (read-only, redaction placeholders highlighted, hovering one says what kind of value it
/// hides), and the redaction summary. Send or Cancel; "Don't ask again for this project and
/// endpoint" is ticked by default.
public final class ConsentDialog extends Dialog<ConsentDialog.Answer> {
    public static final ButtonType SEND = new ButtonType("Send", ButtonBar.ButtonData.OK_DONE);
    public static final String REDACTION = "redaction";

    /// @param send     the user pressed Send
    /// @param remember don't ask again for this project and endpoint
    public record Answer(boolean send, boolean remember) {
    }

    private final StyleClassedTextArea payload = new StyleClassedTextArea();
    private final CheckBox remember = new CheckBox("Don't ask again for this project and endpoint");
    private final ConsentRequest request;

    public ConsentDialog(ConsentRequest request, Window owner) {
        this.request = request;
        setTitle("Send to " + request.endpoint() + "?");
        setHeaderText(request.asked() == ConsentRequest.Reason.FIRST_REQUEST
                ? "The first request of this project to " + request.endpoint() + ": this is exactly what would be sent."
                : "This is exactly what would be sent to " + request.endpoint() + ".");
        if (owner != null) {
            initOwner(owner);
            if (owner.getScene() != null) {
                getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
            }
        }
        String summary = request.payload().summary();
        Label what = new Label("Section “" + request.heading() + "”, model " + request.model() + ". "
                + ("nothing redacted".equals(summary) ? "Nothing in it needed redacting."
                : "Redacted before sending: " + summary + ". The highlighted placeholders stand for them; the "
                + "answer is mapped back on this computer."));
        what.setWrapText(true);
        what.setId("consentSummary");

        payload.setId("consentPayload");
        show(payload, request.payload().json(), request.payload().highlights());
        StyleClassedTextArea readable = new StyleClassedTextArea();
        readable.setId("consentMessages");
        String messages = ReadablePayload.of(request.payload().json());
        show(readable, messages, ReadablePayload.highlights(messages, request.payload().highlights()));
        Tab exact = new Tab("Exact request (JSON)", new VirtualizedScrollPane<>(payload));
        Tab read = new Tab("The messages, unescaped", new VirtualizedScrollPane<>(readable));
        TabPane tabs = new TabPane(exact, read);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setPrefSize(780, 430);
        VBox.setVgrow(tabs, Priority.ALWAYS);

        Label endpoint = new Label("Endpoint: " + request.endpoint() + "   ·   " + request.payload().json().length()
                + " characters");
        endpoint.getStyleClass().add("muted");
        remember.setId("rememberConsent");
        remember.setSelected(true);

        VBox content = new VBox(8, what, tabs, endpoint, remember);
        content.setPadding(new Insets(4, 0, 0, 0));
        content.getStyleClass().add("consent-dialog");
        getDialogPane().setContent(content);
        getDialogPane().setId("consentDialog");
        getDialogPane().getButtonTypes().setAll(SEND, ButtonType.CANCEL);
        getDialogPane().lookupButton(SEND).setId("consentSend");
        setResizable(true);
        setResultConverter(b -> new Answer(b == SEND, b == SEND && remember.isSelected()));
    }

    /// Read-only, monospace, placeholders highlighted; hovering one says what kind of value it hides.
    private static void show(StyleClassedTextArea area, String text, List<Highlight> highlights) {
        area.getStyleClass().add("payload");
        area.setEditable(false);
        area.setWrapText(true);
        area.replaceText(text);
        for (Highlight h : highlights) {
            area.setStyleClass(h.start(), h.end(), REDACTION);
        }
        area.moveTo(0);
        area.requestFollowCaret();
        Tooltip tip = new Tooltip();
        area.setMouseOverTextDelay(java.time.Duration.ofMillis(300));
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, e -> {
            for (Highlight h : highlights) {
                if (e.getCharacterIndex() >= h.start() && e.getCharacterIndex() < h.end()) {
                    tip.setText(h.placeholder() + ": a redacted " + h.category().count(1).substring(2));
                    tip.show(area, e.getScreenPosition().getX(), e.getScreenPosition().getY() + 14);
                }
            }
        });
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, e -> tip.hide());
    }

    public ConsentRequest request() {
        return request;
    }

    /// The text shown (for tests: it must be the exact payload).
    public String shownPayload() {
        return payload.getText();
    }

    /// The style classes of a character of the payload (for tests).
    public Collection<String> classesAt(int position) {
        return payload.getStyleOfChar(position);
    }

    public List<Highlight> highlights() {
        return request.payload().highlights();
    }
}
