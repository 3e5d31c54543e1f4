package dev.pmw.ui.analysis;

import java.util.Locale;

/// Durations the way people say them: "45 s", "8.9 min", "28 min", "1 h 7 min".
public final class Minutes {
    private Minutes() {
    }

    public static String text(double minutes) {
        double m = Math.abs(minutes);
        String sign = minutes < 0 ? "−" : "";
        if (m < 1) {
            return sign + Math.round(m * 60) + " s";
        }
        if (m < 10) {
            return sign + String.format(Locale.ROOT, "%.1f min", m);
        }
        if (m < 60) {
            return sign + Math.round(m) + " min";
        }
        long total = Math.round(m);
        return sign + (total / 60) + " h" + (total % 60 == 0 ? "" : " " + (total % 60) + " min");
    }
}
