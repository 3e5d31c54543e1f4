package dev.pmw.analysis;

/// A suggested severity and the policy clause that chose it.
public record Severity(String level, String reason) {
}
