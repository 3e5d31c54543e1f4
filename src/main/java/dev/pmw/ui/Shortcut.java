package dev.pmw.ui;

import javafx.scene.input.KeyCombination;

/// Every keyboard shortcut of the window, in one place: the menus take their accelerators from
/// here and the help overlay (F1 or `?`) lists them, so the two cannot drift apart.
public enum Shortcut {
    OPEN_FILES("File", "Open files", "Shortcut+O", true),
    OPEN_FOLDER("File", "Open a folder", "Shortcut+Shift+O", true),
    CLOSE("File", "Close the incident", "Shortcut+W", true),
    QUIT("File", "Quit", "Shortcut+Q", true),

    FIND("Timeline", "Search (text, actor, kind, source)", "Shortcut+F", true),
    REGEX("Timeline", "Search with a regular expression on/off", "Alt+R", true),
    KEY_ONLY("Timeline", "Key events only / all rows", "Shortcut+K", true),
    NEXT_KEY("Timeline", "Next key event", "Alt+Down", true),
    PREVIOUS_KEY("Timeline", "Previous key event", "Alt+Up", true),
    CLEAR_FILTERS("Timeline", "Clear all filters and the time window", "Shortcut+Shift+X", true),
    FOCUS_TABLE("Timeline", "Go to the table", "Shortcut+T", true),
    ZONE_UTC("Timeline", "Times in UTC", "Shortcut+Shift+U", true),
    ZONE_LOCAL("Timeline", "Times in this computer's zone", "Shortcut+Shift+L", true),

    REVEAL("Selected row", "Reveal the source in the file manager", "Shortcut+Shift+R", true),
    EDIT("Selected row", "Edit", "F2", false),
    PIN("Selected row", "Pin", "Shortcut+P", false),
    PROMOTE("Selected row", "Promote to key event", "Shortcut+Shift+Up", false),
    DEMOTE("Selected row", "Demote to noise", "Shortcut+Shift+Down", false),
    UNDO("Editing", "Undo", "Shortcut+Z", false),
    REDO("Editing", "Redo", "Shortcut+Shift+Z", false),

    HELP("Help", "Show these shortcuts", "F1", true);

    private final String group;
    private final String description;
    private final String keys;
    private final boolean available;

    Shortcut(String group, String description, String keys, boolean available) {
        this.group = group;
        this.description = description;
        this.keys = keys;
        this.available = available;
    }

    public String group() {
        return group;
    }

    public String description() {
        return description;
    }

    public KeyCombination combination() {
        return KeyCombination.valueOf(keys);
    }

    /// "Ctrl+Shift+O" on Linux and Windows, "⇧⌘O" on macOS.
    public String display() {
        return combination().getDisplayText();
    }

    /// False for the editing shortcuts until the edit layer is wired.
    public boolean available() {
        return available;
    }
}
