package dev.pmw.ui.shell;

import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.function.Supplier;

/// The one place errors reach the user: a short message in plain words, and the technical details
/// (exception and stack trace) behind "Show details" with a button to copy them for a bug report.
/// Also the handler for exceptions nobody caught, so no failure goes unseen.
public final class ErrorReporter {
    private final Supplier<Window> owner;

    public ErrorReporter(Supplier<Window> owner) {
        this.owner = owner;
    }

    /// Routes uncaught exceptions of every thread to a dialog on the FX thread.
    public void installAsDefault() {
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> Platform.runLater(() -> show("Unexpected error",
                "Something went wrong that the workbench did not expect. Your incident is unchanged; "
                        + "the details say what happened.", e)));
    }

    /// @param cause null for a plain message without details
    public void show(String title, String message, Throwable cause) {
        Alert a = new Alert(cause == null ? Alert.AlertType.INFORMATION : Alert.AlertType.ERROR);
        a.setTitle(title);
        a.setHeaderText(title);
        Label text = new Label(message);
        text.setWrapText(true);
        text.setMaxWidth(520);
        a.getDialogPane().setContent(text);
        Window w = owner.get();
        if (w != null && w.isShowing()) {
            a.initOwner(w);
        }
        if (cause != null) {
            String details = details(cause);
            TextArea area = new TextArea(details);
            area.setEditable(false);
            area.setWrapText(false);
            area.getStyleClass().add("monospace");
            area.setPrefRowCount(14);
            VBox.setVgrow(area, Priority.ALWAYS);
            a.getDialogPane().setExpandableContent(new VBox(area));
            ButtonType copy = new ButtonType("Copy details", ButtonBar.ButtonData.LEFT);
            a.getButtonTypes().add(copy);
            a.getDialogPane().lookupButton(copy).addEventFilter(javafx.event.ActionEvent.ACTION, ev -> {
                ClipboardContent c = new ClipboardContent();
                c.putString(title + "\n" + message + "\n\n" + details);
                Clipboard.getSystemClipboard().setContent(c);
                ev.consume(); // keep the dialog open
            });
        }
        a.show();
    }

    static String details(Throwable e) {
        StringWriter sw = new StringWriter();
        e.printStackTrace(new PrintWriter(sw));
        return sw.toString();
    }
}
