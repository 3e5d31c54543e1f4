package dev.pmw.ui;

import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.input.DataFormat;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.testfx.util.WaitForAsyncUtils;

import java.io.File;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/// What the window UI tests do again and again: wait for a condition checked on the FX thread,
/// read a value on it, and drop files on the window the way a file manager does.
public final class UiSteps {
    private UiSteps() {
    }

    /// Waits (at most 30 s) until `condition`, evaluated on the FX thread after pending events, holds.
    public static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get();
        });
    }

    /// `c`'s value, read on the FX thread.
    public static <T> T fx(Callable<T> c) {
        try {
            return WaitForAsyncUtils.asyncFx(c).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /// The style classes of one character of an editor.
    public static Collection<String> styles(StyleClassedTextArea area, int at) {
        return fx(() -> area.getStyleOfChar(at));
    }

    /// Drags `path` over `target` and drops it (the events a file manager's drop gives).
    public static void drop(Node target, Path path) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            Dragboard db = TestDragboards.of(Map.of(DataFormat.FILES, List.<File>of(path.toFile())), TransferMode.COPY);
            Event.fireEvent(target, new DragEvent(DragEvent.DRAG_OVER, db, 10, 10, 10, 10, TransferMode.COPY, null, null, null));
            Event.fireEvent(target, new DragEvent(DragEvent.DRAG_DROPPED, db, 10, 10, 10, 10, TransferMode.COPY, null, null, null));
        }).get();
    }
}
