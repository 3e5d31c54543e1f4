package dev.pmw.work;

/// Receives progress of long work. Implementations must be cheap and thread-safe: parsers call
/// [#update] every few thousand records. The UI adapter throttles what reaches the FX thread.
@FunctionalInterface
public interface Progress {
    Progress NONE = (fraction, message) -> { };

    /// @param fraction 0..1, or a negative value when the total is unknown
    /// @param message  short status text ("error-logs.json: 412,000 lines")
    void update(double fraction, String message);

    /// A view of this progress scaled into the sub-range [from, from+width].
    default Progress slice(double from, double width) {
        Progress parent = this;
        return (f, m) -> parent.update(f < 0 ? -1 : from + Math.min(1, f) * width, m);
    }
}
