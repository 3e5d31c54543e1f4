package dev.pmw.analysis;

/// A suggested severity and why: the policy clause that chose it, naming the numbers
/// ("SEV2: 115 users affected (> 100)").
///
/// @param level  the level, e.g. `SEV2`
/// @param reason the clause and the figures that met it
public record Severity(String level, String reason) {
}
