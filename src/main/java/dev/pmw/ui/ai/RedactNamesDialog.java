package dev.pmw.ui.ai;

import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.LinkedHashSet;
import java.util.List;

/// The names the user wants replaced by placeholders before anything is sent to a model, one per
/// line: customers, partners, a colleague's nickname — what the detectors cannot know. The people
/// the timeline names are redacted anyway. Saved with the project.
final class RedactNamesDialog extends Dialog<List<String>> {

    RedactNamesDialog(List<String> current, Window owner) {
        setTitle("Names to Redact");
        setHeaderText("Names replaced by <NAME_n> placeholders before anything is sent");
        if (owner != null) {
            initOwner(owner);
        }
        Label what = new Label("One name per line. E-mail addresses, phone numbers, IPs, tokens, card numbers, IBANs, "
                + "user ids and the people the timeline names are redacted anyway; list here what only you know "
                + "(a customer, a partner, a nickname). The answer gets the names back.");
        what.setWrapText(true);
        what.setMinHeight(Region.USE_PREF_SIZE);
        what.setPrefWidth(440);
        TextArea names = new TextArea(String.join("\n", current));
        names.setId("redactNamesText");
        names.setPrefRowCount(8);
        names.setPromptText("Acme Corp\nJane Customer");
        getDialogPane().setContent(new VBox(8, what, names));
        getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        setResultConverter(b -> b == ButtonType.OK ? parse(names.getText()) : null);
        setOnShown(e -> names.requestFocus());
    }

    /// Trimmed, non-blank, each once, in the order written.
    static List<String> parse(String text) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (String line : text.split("\\R")) {
            String n = line.strip();
            if (!n.isEmpty()) {
                out.add(n);
            }
        }
        return List.copyOf(out);
    }
}
