package dev.pmw.export;

/// Choices the user makes when exporting.
///
/// @param includePersonalData keep e-mail addresses and phone numbers (secrets such as tokens are
///                            removed regardless)
public record ExportOptions(boolean includePersonalData) {
    public static final ExportOptions DEFAULT = new ExportOptions(false);
}
