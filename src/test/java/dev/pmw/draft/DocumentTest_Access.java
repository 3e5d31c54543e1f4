package dev.pmw.draft;

/// Lets tests in other packages use the user template of [DocumentTest].
public final class DocumentTest_Access {
    public static final String USER_TEMPLATE = DocumentTest.USER_TEMPLATE;

    private DocumentTest_Access() {
    }
}
