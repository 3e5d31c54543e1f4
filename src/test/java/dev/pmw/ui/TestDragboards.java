package dev.pmw.ui;

import com.sun.javafx.scene.input.DragboardHelper;
import com.sun.javafx.tk.TKClipboard;
import javafx.scene.image.Image;
import javafx.scene.input.DataFormat;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.util.Pair;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/// A synthetic [Dragboard] for firing drop events on JavaFX's Headless platform, which has no
/// drag-and-drop support of its own (toolchain.md §4). Internal API; fine on the class path.
public final class TestDragboards {
    private TestDragboards() {
    }

    public static Dragboard of(Map<DataFormat, Object> content, TransferMode... modes) {
        Map<DataFormat, Object> data = new HashMap<>(content);
        Set<TransferMode> tm = modes.length == 0 ? EnumSet.of(TransferMode.COPY) : EnumSet.of(modes[0], modes);
        TKClipboard peer = new TKClipboard() {
            private Image view;
            private double ox;
            private double oy;

            @Override public Set<DataFormat> getContentTypes() { return data.keySet(); }
            @SafeVarargs @Override public final boolean putContent(Pair<DataFormat, Object>... c) {
                for (Pair<DataFormat, Object> p : c) {
                    data.put(p.getKey(), p.getValue());
                }
                return true;
            }
            @Override public Object getContent(DataFormat f) { return data.get(f); }
            @Override public boolean hasContent(DataFormat f) { return data.containsKey(f); }
            @Override public Set<TransferMode> getTransferModes() { return tm; }
            @Override public void setDragView(Image i) { view = i; }
            @Override public void setDragViewOffsetX(double x) { ox = x; }
            @Override public void setDragViewOffsetY(double y) { oy = y; }
            @Override public Image getDragView() { return view; }
            @Override public double getDragViewOffsetX() { return ox; }
            @Override public double getDragViewOffsetY() { return oy; }
        };
        return DragboardHelper.createDragboard(peer);
    }
}
