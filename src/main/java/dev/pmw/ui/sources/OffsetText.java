package dev.pmw.ui.sources;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/// Clock offsets as people write them: `+1:00`, `-0:05:30`, `+90s`, `-2m`, `1h`.
public final class OffsetText {
    private static final Pattern CLOCK = Pattern.compile("([+−-])?\\s*(\\d{1,3}):(\\d{2})(?::(\\d{2}))?");
    private static final Pattern UNITS = Pattern.compile("([+−-])?\\s*(\\d{1,6})\\s*(h|m|min|s|sec)?");

    private OffsetText() {
    }

    /// The offset, or null when the text is not one.
    public static Duration parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty() || t.equals("0")) {
            return Duration.ZERO;
        }
        Matcher m = CLOCK.matcher(t);
        if (m.matches()) {
            long s = Long.parseLong(m.group(2)) * 3600 + Long.parseLong(m.group(3)) * 60
                    + (m.group(4) == null ? 0 : Long.parseLong(m.group(4)));
            return Duration.ofSeconds(negative(m.group(1)) ? -s : s);
        }
        m = UNITS.matcher(t);
        if (m.matches()) {
            long n = Long.parseLong(m.group(2));
            String u = m.group(3) == null ? "m" : m.group(3);
            long s = switch (u) {
                case "h" -> n * 3600;
                case "s", "sec" -> n;
                default -> n * 60;
            };
            return Duration.ofSeconds(negative(m.group(1)) ? -s : s);
        }
        return null;
    }

    /// `+1:00`, `−0:05:30`, `+0:00`.
    public static String format(Duration d) {
        long s = d.getSeconds();
        long a = Math.abs(s);
        String sign = s < 0 ? "−" : "+";
        return a % 60 == 0 ? String.format("%s%d:%02d", sign, a / 3600, (a / 60) % 60)
                : String.format("%s%d:%02d:%02d", sign, a / 3600, (a / 60) % 60, a % 60);
    }

    private static boolean negative(String sign) {
        return "-".equals(sign) || "−".equals(sign);
    }
}
