package dev.pmw.ui.ai;

import dev.pmw.draft.privacy.Highlight;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
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
        payload.getStyleClass().add("payload");
        payload.setEditable(false);
        payload.setWrapText(true);
        payload.replaceText(request.payload().json());
        for (Highlight h : request.payload().highlights()) {
            payload.setStyleClass(h.start(), h.end(), REDACTION);
        }
        payload.moveTo(0);
        payload.requestFollowCaret();
        Tooltip tip = new Tooltip();
        payload.setMouseOverTextDelay(java.time.Duration.ofMillis(300));
        payload.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, e -> {
            for (Highlight h : request.payload().highlights()) {
                if (e.getCharacterIndex() >= h.start() && e.getCharacterIndex() < h.end()) {
                    tip.setText(h.placeholder() + ": a redacted " + h.category().count(1).substring(2));
                    tip.show(payload, e.getScreenPosition().getX(), e.getScreenPosition().getY() + 14);
                }
            }
        });
        payload.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, e -> tip.hide());
        VirtualizedScrollPane<StyleClassedTextArea> scroll = new VirtualizedScrollPane<>(payload);
        scroll.setPrefSize(760, 420);
        VBox.setVgrow(scroll, Priority.ALWAYS);

        Label endpoint = new Label("Endpoint: " + request.endpoint() + "   ·   " + request.payload().json().length()
                + " characters");
        endpoint.getStyleClass().add("muted");
        remember.setId("rememberConsent");
        remember.setSelected(true);

        VBox content = new VBox(8, what, scroll, endpoint, remember);
        content.setPadding(new Insets(4, 0, 0, 0));
        content.getStyleClass().add("consent-dialog");
        getDialogPane().setContent(content);
        getDialogPane().setId("consentDialog");
        getDialogPane().getButtonTypes().setAll(SEND, ButtonType.CANCEL);
        getDialogPane().lookupButton(SEND).setId("consentSend");
        setResizable(true);
        setResultConverter(b -> new Answer(b == SEND, b == SEND && remember.isSelected()));
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
