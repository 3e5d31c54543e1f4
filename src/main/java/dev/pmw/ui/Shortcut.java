package dev.pmw.ui;

import javafx.scene.input.KeyCombination;

/// Every keyboard shortcut of the window, in one place: the menus take their accelerators from
/// here and the help overlay (F1 or `?`) lists them, so the two cannot drift apart.
public enum Shortcut {
    OPEN_PROJECT("File", "Open a project (*.pmw)", "Shortcut+O"),
    SAVE("File", "Save the project", "Shortcut+S"),
    SAVE_AS("File", "Save the project as…", "Shortcut+Shift+S"),
    IMPORT_FILES("File", "Add export files", "Shortcut+I"),
    IMPORT_FOLDER("File", "Add a folder of exports", "Shortcut+Shift+I"),
    CLOSE("File", "Close the incident", "Shortcut+W"),
    QUIT("File", "Quit", "Shortcut+Q"),

    FIND("Timeline", "Search (text, actor, kind, source)", "Shortcut+F"),
    REGEX("Timeline", "Search with a regular expression on/off", "Alt+R"),
    KEY_ONLY("Timeline", "Key events only / all rows", "Shortcut+K"),
    NEXT_KEY("Timeline", "Next key event", "Alt+Down"),
    PREVIOUS_KEY("Timeline", "Previous key event", "Alt+Up"),
    CLEAR_FILTERS("Timeline", "Clear all filters and the time window", "Shortcut+Shift+X"),
    FOCUS_TABLE("Timeline", "Go to the table", "Shortcut+T"),
    ZONE_UTC("Timeline", "Times in UTC", "Shortcut+Shift+U"),
    ZONE_LOCAL("Timeline", "Times in this computer's zone", "Shortcut+Shift+L"),
    ANALYSIS_PANEL("Timeline", "Show / hide the analysis panel", "Shortcut+Shift+A"),

    WORKSPACE_TIMELINE("Workspaces", "The timeline", "Shortcut+1"),
    WORKSPACE_POSTMORTEM("Workspaces", "The postmortem", "Shortcut+2"),
    EXPORT("Workspaces", "Export the postmortem…", "Shortcut+E"),
    DRAFT_ALL("Postmortem", "Draft every section offline (your text is kept; new drafts wait as proposals)", "Shortcut+Shift+Enter"),
    QUICK_FIX("Postmortem", "Quick fixes for the wording under the caret", "Alt+Enter"),
    AI_SETTINGS("Postmortem", "AI settings: endpoint, model, API key", "Shortcut+Comma"),

    EDIT("Selected row", "Edit its text (double-click a time, kind or actor to edit that)", "F2"),
    PIN("Selected row", "Pin / unpin", "Shortcut+P"),
    HIDE("Selected row", "Hide / show again", "Shortcut+H"),
    PROMOTE("Selected row", "Promote to key event (again: back to the rules)", "Shortcut+Shift+P"),
    DEMOTE("Selected row", "Demote to noise (again: back to the rules)", "Shortcut+Shift+D"),
    NOTE("Selected row", "Add or change a note", "Shortcut+Shift+N"),
    MERGE("Selected row", "Merge the selected rows into the earliest", "Shortcut+M"),
    SPLIT("Selected row", "Split a burst in two", "Shortcut+Shift+B"),
    REVERT("Selected row", "Revert to what the source says", "Shortcut+Shift+DELETE"),
    REVEAL("Selected row", "Reveal the source in the file manager", "Shortcut+Shift+R"),
    ADD_ROW("Editing", "Add a row", "Shortcut+N"),
    UNDO("Editing", "Undo", "Shortcut+Z"),
    REDO("Editing", "Redo", "Shortcut+Shift+Z"),

    HELP("Help", "Show these shortcuts", "F1");

    private final String group;
    private final String description;
    private final String keys;

    Shortcut(String group, String description, String keys) {
        this.group = group;
        this.description = description;
        this.keys = keys;
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
}
