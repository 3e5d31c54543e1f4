package dev.pmw.draft;

/// Something in a user template that pmw does not understand.
///
/// @param line        1-based line in the template file
/// @param placeholder the placeholder text without braces (`incident_commander`)
/// @param message     what happens to it ("unknown placeholder: left as it is")
public record TemplateProblem(int line, String placeholder, String message) {
    @Override
    public String toString() {
        return "line " + line + ": {{" + placeholder + "}} — " + message;
    }
}
