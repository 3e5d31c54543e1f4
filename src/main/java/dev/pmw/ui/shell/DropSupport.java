package dev.pmw.ui.shell;

import dev.pmw.ui.Styles;
import javafx.scene.Node;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/// Accepts files and folders dropped anywhere on a node and hands their paths on.
public final class DropSupport {
    private DropSupport() {
    }

    public static void install(Node target, Consumer<List<Path>> onDrop) {
        target.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
                if (!target.getStyleClass().contains(Styles.DROP_TARGET)) {
                    target.getStyleClass().add(Styles.DROP_TARGET);
                }
            }
            e.consume();
        });
        target.addEventHandler(DragEvent.DRAG_EXITED, e -> target.getStyleClass().remove(Styles.DROP_TARGET));
        target.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            target.getStyleClass().remove(Styles.DROP_TARGET);
            Dragboard db = e.getDragboard();
            boolean ok = db.hasFiles();
            if (ok) {
                onDrop.accept(db.getFiles().stream().map(File::toPath).toList());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }
}
