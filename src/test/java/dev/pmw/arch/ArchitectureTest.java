package dev.pmw.arch;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/// The layering rules of ARCHITECTURE.md, enforced rather than hoped for.
class ArchitectureTest {
    private static JavaClasses main;

    @BeforeAll
    static void importClasses() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.pmw");
    }

    @Test
    void onlyTheUiUsesJavaFxRichTextFxOrControlsFx() {
        noClasses().that().resideOutsideOfPackage("dev.pmw.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.fxmisc..", "org.controlsfx..")
                .because("the whole product except the window runs and is tested without a toolkit")
                .check(main);
    }

    @Test
    void onlyTheOpenAiDrafterUsesTheOpenAiSdk() {
        noClasses().that().resideOutsideOfPackage("dev.pmw.draft.openai..")
                .should().dependOnClassesThat().resideInAPackage("com.openai..")
                .check(main);
    }

    @Test
    void viewModelsUseBeansAndCollectionsOnly() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "org.fxmisc..",
                        "org.controlsfx..")
                .because("view models are plain JUnit-testable classes")
                .allowEmptyShould(true)
                .check(main);
    }

    @Test
    void coreDoesNotDependOnTheCliOrTheUi() {
        noClasses().that().resideInAnyPackage("dev.pmw.model..", "dev.pmw.ingest..", "dev.pmw.timeline..",
                        "dev.pmw.analysis..", "dev.pmw.draft..", "dev.pmw.export..", "dev.pmw.project..", "dev.pmw.work..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.pmw.ui..", "dev.pmw.cli..")
                .check(main);
    }

    @Test
    void noAwtOrSwing() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("java.awt..", "javax.swing..")
                .check(main);
    }

    @Test
    void modelIsRecordsAndEnums() {
        classes().that().resideInAPackage("dev.pmw.model").and().areTopLevelClasses().and().arePublic()
                .should().beRecords().orShould().beEnums().orShould().haveModifier(com.tngtech.archunit.core.domain.JavaModifier.FINAL)
                .check(main);
    }
}
